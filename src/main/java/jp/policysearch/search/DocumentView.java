package jp.policysearch.search;

import java.util.List;

/** A document with its sections in order: {@code /api/documents/{id}} and the document page. */
public record DocumentView(String id, String url, String title, int year, String date, List<String> ministries,
                           String kind, long sectionCount, List<Entry> sections) {

    /** One line of the table of contents. */
    public record Entry(String id, String url, String title, List<String> breadcrumb, List<String> areas, String card,
                        String phase, int order) {
    }
}
