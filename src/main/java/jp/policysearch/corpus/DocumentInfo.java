package jp.policysearch.corpus;

import java.util.List;
import java.util.Map;

/**
 * One document of the corpus as its manifest entry describes it: the metadata every section of it inherits.
 *
 * @param id         ASCII slug used in URLs and section ids, e.g. {@code roadmap-2026}
 * @param file       file name inside {@code corpus/}
 * @param title      the document's own title
 * @param ministries issuing bodies (the ministry facet); bodies merely mentioned in the text are not listed here
 * @param date       ISO date ({@code 2026-04-06}) or month ({@code 2025-03}) where known, else null
 * @param year       calendar year of issue
 * @param kind       how the document is split into sections
 * @param note       where a value is inferred rather than printed, how; else null
 * @param parsing    per-document hints for the kind's generic parser from the manifest's {@code parsing} object
 *                   (e.g. {@code area} for a roadmap without area lines); empty when none
 */
public record DocumentInfo(String id, String file, String title, List<String> ministries, String date, int year,
                           DocumentKind kind, String note, Map<String, String> parsing) {

    public DocumentInfo {
        ministries = List.copyOf(ministries);
        parsing = parsing == null ? Map.of() : Map.copyOf(parsing);
    }

    /** An entry without parsing hints. */
    public DocumentInfo(String id, String file, String title, List<String> ministries, String date, int year,
                        DocumentKind kind, String note) {
        this(id, file, title, ministries, date, year, kind, note, Map.of());
    }
}
