package jp.policysearch.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchQuery}: what the JSON API returns and the pages render. {@code total} counts the
 * sections holding every term; {@code partialTotal} the looser matches listed after them (0 unless the strict ones
 * fill less than a page). Facets count both; pages run over both.
 */
public record SearchResult(
        QueryEcho query,
        Interpretation interpretation,
        long total,
        long partialTotal,
        long tookMs,
        List<SectionHit> hits,
        Map<String, List<FacetCount>> facets) {

    /** Every result listed over the pages: strict and partial matches. */
    public long listed() {
        return total + partialTotal;
    }

    /** The request as understood, echoed back. */
    public record QueryEcho(String q, Map<String, List<String>> filters, Sort sort, int page, int size) {}

    /**
     * How the query was read: its terms, the variants searched, whether the AND was relaxed, and notes on the syntax
     * (a lowercase {@code or} read as OR), in Japanese.
     */
    public record Interpretation(List<String> terms, List<Expansion> expansions, boolean relaxed, List<String> notes) {}

    public record Expansion(String term, List<String> variants) {}

    public record FacetCount(String value, long count, boolean selected) {}

    /**
     * One result: a section, or a group of versions of it shown as one. {@code versionChange} (変更あり or 変更なし)
     * and {@code changedFigures} (the most figures that differ from one other version) are null for a section
     * without other versions. A partial match names the top-level terms it lacks in every form
     * ({@code missingTerms}, possibly empty when it holds them only apart or inflected).
     */
    public record SectionHit(
            String id,
            String url,
            String title,
            List<String> breadcrumb,
            DocumentRef document,
            List<String> areas,
            List<String> ministries,
            int year,
            String card,
            String phase,
            List<Snippet> snippets,
            String passageUrl,
            Double score,
            List<OtherVersion> otherVersions,
            String versionChange,
            Integer changedFigures,
            String match,
            List<String> missingTerms) {

        /** {@code match}: the hit holds every term, or (listed below those) lacks some. */
        public static final String STRICT = "strict";

        public static final String PARTIAL = "partial";
    }

    /**
     * The document a hit belongs to.
     *
     * @param inferred fields ({@code title}, {@code issuers}, {@code date}, {@code year}) the project inferred, each
     *                 with the Japanese reason shown to users; empty when everything is printed in the document
     */
    public record DocumentRef(
            String id, String title, int year, String date, List<String> ministries, Map<String, String> inferred) {

        public DocumentRef {
            inferred = inferred == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(inferred));
        }

        public DocumentRef(String id, String title, int year, String date, List<String> ministries) {
            this(id, title, year, date, ministries, Map.of());
        }
    }

    public record OtherVersion(String id, String url, DocumentRef document) {}
}
