package jp.policysearch.search;

import java.util.List;
import java.util.Map;

/** The answer to a {@link SearchQuery}: what the JSON API returns and the pages render. */
public record SearchResult(QueryEcho query, Interpretation interpretation, long total, long tookMs,
                           List<SectionHit> hits, Map<String, List<FacetCount>> facets) {

    /** The request as understood, echoed back. */
    public record QueryEcho(String q, Map<String, List<String>> filters, Sort sort, int page, int size) {
    }

    /** How the query was read: its terms, the variants searched, and whether the AND was relaxed. */
    public record Interpretation(List<String> terms, List<Expansion> expansions, boolean relaxed) {
    }

    public record Expansion(String term, List<String> variants) {
    }

    public record FacetCount(String value, long count, boolean selected) {
    }

    /** One result: a section, or a group of versions of it shown as one. */
    public record SectionHit(String id, String url, String title, List<String> breadcrumb, DocumentRef document,
                             List<String> areas, List<String> ministries, int year, String card, String phase,
                             List<String> snippets, String passageUrl, Double score, List<OtherVersion> otherVersions) {
    }

    public record DocumentRef(String id, String title, int year, String date, List<String> ministries) {
    }

    public record OtherVersion(String id, String url, DocumentRef document) {
    }
}
