package jp.policysearch.index;

import java.util.Map;

/**
 * What an index records about how it was built, in its mapping's {@code _meta}: enough to tell whether the corpus,
 * the mappings or the analysis (plugin and its tables, {@link AnalysisHash}) changed since, and to show on
 * {@code /api/status}.
 */
public record IndexMeta(
        String buildTime,
        String corpusHash,
        String mappingsHash,
        String projectVersion,
        long sectionCount,
        int documentCount,
        String analysisHash) {

    /** A meta without the analysis hash (tests and benchmarks that build indices of their own). */
    public IndexMeta(
            String buildTime,
            String corpusHash,
            String mappingsHash,
            String projectVersion,
            long sectionCount,
            int documentCount) {
        this(buildTime, corpusHash, mappingsHash, projectVersion, sectionCount, documentCount, "");
    }

    Map<String, Object> asMap() {
        return Map.of(
                "build_time",
                buildTime,
                "corpus_hash",
                corpusHash,
                "mappings_hash",
                mappingsHash,
                "project_version",
                projectVersion,
                "section_count",
                sectionCount,
                "document_count",
                documentCount,
                "analysis_hash",
                analysisHash);
    }

    static IndexMeta fromMap(Map<String, ?> meta) {
        if (meta == null) {
            return null;
        }
        return new IndexMeta(
                text(meta.get("build_time")),
                text(meta.get("corpus_hash")),
                text(meta.get("mappings_hash")),
                text(meta.get("project_version")),
                number(meta.get("section_count")),
                (int) number(meta.get("document_count")),
                text(meta.get("analysis_hash")));
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value).replaceAll("^\"|\"$", "");
    }

    private static long number(Object value) {
        try {
            return value == null ? 0 : Long.parseLong(text(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
