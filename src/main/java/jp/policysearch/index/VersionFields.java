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
 * ({@link VersionChanges}) and the sections whose values change are updated in place; a section left without
 * versions loses both fields. (A full
 * {@code index} writes them with the sections, {@link SectionDocuments#withVersionChanges}.)
 */
final class VersionFields {

    static final String CHANGE = "version_change";
    static final String FIGURES = "changed_figures";
    private static final int PAGE = 2000;
    private static final List<String> SOURCE = List.of("id", "group_key", "passages", "notes", CHANGE, FIGURES);

    private final ElasticsearchClient client;
    private final VersionChanges changes = new VersionChanges();

    VersionFields(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * Recomputes the fields of every section in these groups (the live index, all generations visible or not) and
     * writes those whose values change; returns how many it wrote.
     */
    long update(String index, Collection<String> groupKeys) throws IOException {
        if (groupKeys.isEmpty()) {
            return 0;
        }
        List<FieldValue> keys =
                groupKeys.stream().distinct().map(FieldValue::of).toList();
        List<Hit<IndexedSection>> hits = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) { // every member, page by page (a group of many copies is larger than one page)
            List<FieldValue> from = after;
            List<Hit<IndexedSection>> page = client.search(
                            s -> {
                                s.index(index)
                                        .size(PAGE)
                                        .query(q -> q.terms(
                                                t -> t.field("group_key").terms(v -> v.value(keys))))
                                        .source(src -> src.filter(f -> f.includes(SOURCE)))
                                        .sort(o -> o.field(f -> f.field("id")))
                                        .sort(o -> o.field(f -> f.field(DocumentIndexer.FIELD)));
                                return from == null ? s : s.searchAfter(from);
                            },
                            IndexedSection.class)
                    .hits()
                    .hits();
            hits.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).sort();
        }
        if (hits.isEmpty()) {
            return 0;
        }
        List<VersionChanges.Member> members = new ArrayList<>();
        for (Hit<IndexedSection> h : hits) {
            IndexedSection s = h.source();
            members.add(new VersionChanges.Member(s.id(), s.groupKey(), s.version()));
        }
        Map<String, VersionChanges.Change> computed = changes.compute(members);
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        long written = 0;
        for (Hit<IndexedSection> h : hits) {
            VersionChanges.Change c = computed.get(h.source().id());
            if (same(h.source(), c)) {
                continue; // only sections whose fields change are written
            }
            ObjectNode fields = Json.mapper().createObjectNode();
            if (c == null) {
                fields.putNull(CHANGE).putNull(FIGURES); // null removes the value from the index
            } else {
                fields.put(CHANGE, c.versionChange()).put(FIGURES, c.changedFigures());
            }
            bulk.operations(op -> op.update(u -> u.index(index).id(h.id()).action(a -> a.doc(fields))));
            written++;
        }
        if (written == 0) {
            return 0;
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
        return written;
    }

    /** True when a section's indexed fields are already these ({@code change} null: no fields). */
    private static boolean same(IndexedSection s, VersionChanges.Change change) {
        if (change == null) {
            return s.versionChange() == null && s.changedFigures() == null;
        }
        return change.versionChange().equals(s.versionChange())
                && Integer.valueOf(change.changedFigures()).equals(s.changedFigures());
    }
}
