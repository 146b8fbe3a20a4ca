package jp.policysearch.index;

import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.policysearch.Json;
import jp.policysearch.corpus.DocumentInfo;
import jp.policysearch.section.Section;

/** Turns sections into index documents: the section's own fields plus its document's title and kind. */
public final class SectionDocuments {

    private final ObjectMapper json = Json.mapper();
    private final Map<String, DocumentInfo> documents;

    public SectionDocuments(Iterable<DocumentInfo> documents) {
        this.documents = java.util.stream.StreamSupport.stream(documents.spliterator(), false)
                .collect(Collectors.toMap(DocumentInfo::id, Function.identity()));
    }

    public ObjectNode toDocument(Section section) {
        ObjectNode node = json.valueToTree(section);
        DocumentInfo doc = documents.get(section.doc());
        if (doc == null) {
            throw new IndexingException("section " + section.id() + " names an unknown document '" + section.doc() + "'");
        }
        node.put("doc_title", doc.title());
        node.put("doc_kind", doc.kind().label());
        ObjectNode inferred = node.putObject("doc_inferred");
        doc.inferred().forEach(inferred::put);
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
