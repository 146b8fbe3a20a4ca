package jp.policysearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import jp.policysearch.Json;
import jp.policysearch.compare.VersionChanges;

/**
 * Keeps {@code version_change} and {@code changed_figures} right after one document is added, replaced or removed:
 * the members of every version group the change touched are read from the index, compared again
 * ({@link VersionChanges}) and updated in place; a section left without versions loses both fields. (A full
 * {@code index} writes them with the sections, {@link SectionDocuments#withVersionChanges}.)
 */
final class VersionFields {

    static final String CHANGE = "version_change";
    static final String FIGURES = "changed_figures";
    private static final int LIMIT = 2000;
    private static final List<String> SOURCE = List.of("id", "group_key", "passages", "notes");

    private final ElasticsearchClient client;
    private final VersionChanges changes = new VersionChanges();

    VersionFields(ElasticsearchClient client) {
        this.client = client;
    }

    /** Recomputes the fields of every section in these groups (the live index, all generations visible or not). */
    void update(String index, Collection<String> groupKeys) throws IOException {
        if (groupKeys.isEmpty()) {
            return;
        }
        List<FieldValue> keys =
                groupKeys.stream().distinct().map(FieldValue::of).toList();
        List<Hit<IndexedSection>> hits = client.search(
                        s -> s.index(index)
                                .size(LIMIT)
                                .query(q -> q.terms(t -> t.field("group_key").terms(v -> v.value(keys))))
                                .source(src -> src.filter(f -> f.includes(SOURCE))),
                        IndexedSection.class)
                .hits()
                .hits();
        if (hits.isEmpty()) {
            return;
        }
        List<VersionChanges.Member> members = new ArrayList<>();
        for (Hit<IndexedSection> h : hits) {
            IndexedSection s = h.source();
            members.add(new VersionChanges.Member(s.id(), s.groupKey(), s.version()));
        }
        Map<String, VersionChanges.Change> computed = changes.compute(members);
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (Hit<IndexedSection> h : hits) {
            VersionChanges.Change c = computed.get(h.source().id());
            ObjectNode fields = Json.mapper().createObjectNode();
            if (c == null) {
                fields.putNull(CHANGE).putNull(FIGURES); // null removes the value from the index
            } else {
                fields.put(CHANGE, c.versionChange()).put(FIGURES, c.changedFigures());
            }
            bulk.operations(op -> op.update(u -> u.index(index).id(h.id()).action(a -> a.doc(fields))));
        }
        var response = client.bulk(bulk.build());
        if (response.errors()) {
            throw new IndexingException("Elasticsearch refused to update the version fields of "
                    + response.items().stream()
                            .filter(i -> i.error() != null)
                            .map(i -> i.id() + " (" + i.error().reason() + ")")
                            .toList());
        }
        client.indices().refresh(r -> r.index(index));
    }
}
