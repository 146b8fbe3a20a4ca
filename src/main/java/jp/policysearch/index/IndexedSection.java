package jp.policysearch.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import jp.policysearch.compare.Version;
import jp.policysearch.compare.VersionChanges;
import jp.policysearch.section.Passage;
import jp.policysearch.section.SourceRef;

/**
 * One section as the sections index stores it: the {@code _source} of its documents
 * ({@code index-mappings/sections.json}, strict). {@link SectionDocuments} writes it, and every reader of the index
 * (search hits, pages, the export, comparisons, the grouping and version updates of one added document) reads hits
 * into it, so its field names are spelled here once ({@link jp.policysearch.Json}: components in camelCase, fields in
 * snake_case). A search that fetches part of the source gets null for the fields it left out (empty for lists).
 *
 * @param docTitle       the document's title
 * @param docKind        the document's kind, as {@link jp.policysearch.corpus.DocumentKind#label()}
 * @param docInferred    the document's inferred values ({@link jp.policysearch.corpus.DocumentInfo#inferred()})
 * @param generation     the generation of the document's sections ({@link Generation})
 * @param sketch         the hashes that find near-identical sections ({@link jp.policysearch.section.SectionGrouper})
 * @param versionKey     the key of the section's passages and notes ({@link VersionChanges.Content#key}): equal for
 *                       the copies of one version, so that one of them stands for all when versions are compared
 * @param versionChange  what the section's other versions differ by ({@link VersionChanges}); null, and absent
 *                       from the stored document, for a section without versions
 * @param changedFigures how many figures differ, likewise
 * @param pageFirst      the first page the source prints, null where it prints none; {@code pageLast} likewise
 * @param pdfPage        the PDF page the section starts on, for a PDF
 * @see jp.policysearch.section.Section for the fields the section gives
 */
public record IndexedSection(
        String id,
        String doc,
        String docTitle,
        String docKind,
        Map<String, String> docInferred,
        String title,
        List<String> breadcrumb,
        List<String> areas,
        String card,
        String cardKey,
        String phase,
        List<String> ministries,
        int year,
        String date,
        String text,
        List<Passage> passages,
        List<String> notes,
        SourceRef source,
        int order,
        String groupKey,
        String generation,
        List<Integer> sketch,
        String versionKey,
        boolean reprint,
        @JsonInclude(JsonInclude.Include.NON_NULL) String versionChange,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer changedFigures,
        Integer pageFirst,
        Integer pageLast,
        Integer pdfPage) {

    public IndexedSection {
        docInferred = docInferred == null ? Map.of() : docInferred;
        breadcrumb = breadcrumb == null ? List.of() : breadcrumb;
        areas = areas == null ? List.of() : areas;
        ministries = ministries == null ? List.of() : ministries;
        passages = passages == null ? List.of() : passages;
        notes = notes == null ? List.of() : notes;
        sketch = sketch == null ? List.of() : sketch;
    }

    /** The {@code _id} of the index document. */
    public String documentId() {
        return Generation.documentId(id, generation);
    }

    /** The section's passages and notes, as the version comparison reads them. */
    public Version version() {
        return new Version(
                id,
                passages.stream()
                        .map(p -> new Version.Part(p.anchor(), p.heading(), p.text()))
                        .toList(),
                notes);
    }

    /**
     * This section with the group key and 再掲 mark the corpus-wide grouping gave it, and what its versions differ by
     * (null: it has no other version).
     */
    public IndexedSection grouped(String key, boolean repeats, VersionChanges.Change change) {
        return new IndexedSection(
                id,
                doc,
                docTitle,
                docKind,
                docInferred,
                title,
                breadcrumb,
                areas,
                card,
                cardKey,
                phase,
                ministries,
                year,
                date,
                text,
                passages,
                notes,
                source,
                order,
                key,
                generation,
                sketch,
                versionKey,
                repeats,
                change == null ? null : change.versionChange(),
                change == null ? null : change.changedFigures(),
                pageFirst,
                pageLast,
                pdfPage);
    }
}
