package jp.policysearch.corpus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
 * @param note       a developer's note on the entry (English, e.g. the lines a value was read from); else null
 * @param parsing    per-document hints for the kind's generic parser from the manifest's {@code parsing} object
 *                   (e.g. {@code area} for a roadmap without area lines); empty when none
 * @param inferred   the values that were inferred rather than given or printed as such: key one of
 *                   {@link #INFERABLE} ({@code title}, {@code issuers}, {@code date}, {@code year}, {@code kind}),
 *                   value a short Japanese reason shown to users, e.g. 「表紙の記載から推定」; empty when none
 */
public record DocumentInfo(
        String id,
        String file,
        String title,
        List<String> ministries,
        String date,
        int year,
        DocumentKind kind,
        String note,
        Map<String, String> parsing,
        Map<String, String> inferred) {

    /** The keys {@link #inferred} may hold. */
    public static final Set<String> INFERABLE = Set.of("title", "issuers", "date", "year", "kind");

    public DocumentInfo {
        ministries = List.copyOf(ministries);
        parsing = parsing == null ? Map.of() : Map.copyOf(parsing);
        inferred = inferred == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(inferred));
        for (String key : inferred.keySet()) {
            if (!INFERABLE.contains(key)) {
                throw new IllegalArgumentException("unknown inferred field '" + key + "' (expected one of "
                        + String.join(", ", new TreeSet<>(INFERABLE)) + ")");
            }
        }
    }

    /** An entry with parsing hints and nothing inferred. */
    public DocumentInfo(
            String id,
            String file,
            String title,
            List<String> ministries,
            String date,
            int year,
            DocumentKind kind,
            String note,
            Map<String, String> parsing) {
        this(id, file, title, ministries, date, year, kind, note, parsing, Map.of());
    }

    /** An entry without parsing hints and nothing inferred. */
    public DocumentInfo(
            String id,
            String file,
            String title,
            List<String> ministries,
            String date,
            int year,
            DocumentKind kind,
            String note) {
        this(id, file, title, ministries, date, year, kind, note, Map.of(), Map.of());
    }

    /** True when {@code field} (a key of {@link #INFERABLE}) was inferred. */
    public boolean isInferred(String field) {
        return inferred.containsKey(field);
    }

    /** This entry under another id and file name (the copy {@code add} writes into the corpus folder). */
    public DocumentInfo withIdAndFile(String newId, String newFile) {
        return new DocumentInfo(newId, newFile, title, ministries, date, year, kind, note, parsing, inferred);
    }

    /** This entry with {@code hints} as its parsing hints where it has none of the same name. */
    public DocumentInfo withParsingDefaults(Map<String, String> hints) {
        Map<String, String> merged = new LinkedHashMap<>(hints);
        merged.putAll(parsing);
        return new DocumentInfo(id, file, title, ministries, date, year, kind, note, merged, inferred);
    }
}
