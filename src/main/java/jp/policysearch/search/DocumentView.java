package jp.policysearch.search;

import java.util.List;
import java.util.Map;

/**
 * A document with its sections in order: {@code /api/documents/{id}} and the document page.
 *
 * @param inferred the inferred metadata fields ({@code title}, {@code issuers}, {@code date}, {@code year},
 *                 {@code kind}) and, for each, the Japanese reason shown to users; empty when nothing was inferred
 */
public record DocumentView(
        String id,
        String url,
        String title,
        int year,
        String date,
        List<String> ministries,
        String kind,
        Map<String, String> inferred,
        long sectionCount,
        List<Entry> sections) {

    /** One line of the table of contents. */
    public record Entry(
            String id,
            String url,
            String title,
            List<String> breadcrumb,
            List<String> areas,
            String card,
            String phase,
            int order) {}
}
