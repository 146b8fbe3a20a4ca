package jp.policysearch.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.policysearch.Json;
import jp.policysearch.compare.VersionChanges;
import jp.policysearch.corpus.DocumentInfo;
import jp.policysearch.section.Section;
import jp.policysearch.section.SectionGrouper;

/**
 * Turns sections into index documents: the section's own fields plus its document's title and kind, the
 * generation of the document's sections ({@link Generation}) and the sketch of its text that finds near-identical
 * sections when one document is added ({@link SectionGrouper#sketch}).
 */
public final class SectionDocuments {

    private final ObjectMapper json = Json.mapper();
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
        this.documents = java.util.stream.StreamSupport.stream(documents.spliterator(), false)
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

    /** The {@code _id} of an index document made here. */
    public static String documentId(ObjectNode document) {
        return Generation.documentId(
                document.path("id").asText(), document.path("generation").asText());
    }

    public ObjectNode toDocument(Section section) {
        ObjectNode node = json.valueToTree(section);
        // The bodies a section mentions are for the `sections` command's output; no search, page or export reads
        // them from the index, so the mapping has no such field (and, being strict, would refuse it).
        node.remove("mentioned");
        DocumentInfo doc = documents.get(section.doc());
        if (doc == null) {
            throw new IndexingException(
                    "section " + section.id() + " names an unknown document '" + section.doc() + "'");
        }
        node.put("doc_title", doc.title());
        node.put("doc_kind", doc.kind().label());
        ObjectNode inferred = node.putObject("doc_inferred");
        doc.inferred().forEach(inferred::put);
        node.put("generation", generations.apply(doc.id()));
        VersionChanges.Change change = changes.get(section.id());
        if (change != null) {
            node.put(VersionFields.CHANGE, change.versionChange());
            node.put(VersionFields.FIGURES, change.changedFigures());
        }
        ArrayNode sketch = node.putArray("sketch");
        for (int h : grouper.sketch(section.text())) {
            sketch.add(h);
        }
        return node;
    }

    public Iterator<ObjectNode> stream(Iterator<Section> sections) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return sections.hasNext();
            }

            @Override
            public ObjectNode next() {
                return toDocument(sections.next());
            }
        };
    }
}
