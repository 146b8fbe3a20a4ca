package jp.policysearch.index;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import jp.policysearch.compare.VersionChanges;
import jp.policysearch.corpus.DocumentInfo;
import jp.policysearch.section.PageRange;
import jp.policysearch.section.Section;
import jp.policysearch.section.SectionGrouper;

/**
 * Turns sections into index documents ({@link IndexedSection}): the section's own fields plus its document's title
 * and kind, the generation of the document's sections ({@link Generation}) and the sketch of its text that finds
 * near-identical sections when one document is added ({@link SectionGrouper#sketch}).
 */
public final class SectionDocuments {

    private final SectionGrouper grouper = new SectionGrouper();
    private final Map<String, DocumentInfo> documents;
    private final Function<String, String> generations;
    private final Map<String, VersionChanges.Change> changes;

    /** Documents whose generation is unknown (benchmarks and tests): a later {@code add} re-indexes them. */
    public SectionDocuments(Iterable<DocumentInfo> documents) {
        this(documents, id -> id + "@unversioned");
    }

    /** @param generations the generation of each document, by id */
    public SectionDocuments(Iterable<DocumentInfo> documents, Function<String, String> generations) {
        this.documents = StreamSupport.stream(documents.spliterator(), false)
                .collect(Collectors.toMap(DocumentInfo::id, Function.identity()));
        this.generations = generations;
        this.changes = Map.of();
    }

    private SectionDocuments(
            Map<String, DocumentInfo> documents,
            Function<String, String> generations,
            Map<String, VersionChanges.Change> changes) {
        this.documents = documents;
        this.generations = generations;
        this.changes = changes;
    }

    /**
     * What the sections' versions differ by ({@link VersionChanges}), by section id; a section it does not name (no
     * other version) gets neither {@code version_change} nor {@code changed_figures}.
     */
    public SectionDocuments withVersionChanges(Map<String, VersionChanges.Change> changes) {
        return new SectionDocuments(documents, generations, Map.copyOf(changes));
    }

    public IndexedSection toDocument(Section section) {
        DocumentInfo doc = documents.get(section.doc());
        if (doc == null) {
            throw new IndexingException(
                    "section " + section.id() + " names an unknown document '" + section.doc() + "'");
        }
        // The bodies a section mentions are for the `sections` command's output; no search, page or export reads
        // them from the index, so the mapping has no such field.
        VersionChanges.Change change = changes.get(section.id());
        PageRange pages = section.pages();
        return new IndexedSection(
                section.id(),
                section.doc(),
                doc.title(),
                doc.kind().label(),
                doc.inferred(),
                section.title(),
                section.breadcrumb(),
                section.areas(),
                section.card(),
                section.cardKey(),
                section.phase(),
                section.ministries(),
                section.year(),
                section.date(),
                section.text(),
                section.passages(),
                section.notes(),
                section.source(),
                section.order(),
                section.groupKey(),
                generations.apply(doc.id()),
                Arrays.stream(grouper.sketch(section.text())).boxed().toList(),
                VersionChanges.Content.of(VersionChanges.version(section)).key(),
                section.reprint(),
                change == null ? null : change.versionChange(),
                change == null ? null : change.changedFigures(),
                pages == null ? null : pages.first(),
                pages == null ? null : pages.last(),
                pages == null ? null : pages.pdfPage());
    }

    public Iterator<IndexedSection> stream(Iterator<Section> sections) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return sections.hasNext();
            }

            @Override
            public IndexedSection next() {
                return toDocument(sections.next());
            }
        };
    }
}
