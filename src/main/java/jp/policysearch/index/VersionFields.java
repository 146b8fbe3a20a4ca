package jp.policysearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.policysearch.Json;
import jp.policysearch.compare.Version;
import jp.policysearch.compare.VersionChanges;

/**
 * Keeps {@code version_change} and {@code changed_figures} right after one document is added, replaced or removed:
 * for every version group the change touched, one member per distinct version ({@code version_key}) is read from the
 * index, the distinct versions are compared again ({@link VersionChanges}), and only the sections whose values
 * change are looked up (ids only) and updated in place; a section left without versions loses both fields. So the
 * work follows the number of distinct versions, not of copies (a hundred copies of a card are one version). (A full
 * {@code index} writes them with the sections, {@link SectionDocuments#withVersionChanges}.)
 */
final class VersionFields {

    static final String CHANGE = "version_change";
    static final String FIGURES = "changed_figures";
    static final String KEY = "version_key";
    private static final String GROUP = "group_key";
    /** Groups (and then targets) per request. */
    private static final int GROUPS = 100;
    /** The most distinct versions of one group that are compared (pairwise). */
    private static final int VERSIONS = 1000;

    private static final int PAGE = 2000;

    private final ElasticsearchClient client;
    private final VersionChanges changes = new VersionChanges();

    VersionFields(ElasticsearchClient client) {
        this.client = client;
    }

    /** The fields one set of sections must have: a group's members with one version key, or all of a group. */
    private record Target(String groupKey, String versionKey, VersionChanges.Change change) {}

    /**
     * Recomputes the fields of every section in these groups (the live index, all generations visible or not) and
     * writes those whose values change; returns how many it wrote.
     */
    long update(String index, Collection<String> groupKeys) throws IOException {
        List<String> keys = groupKeys.stream().distinct().toList();
        long written = 0;
        for (int from = 0; from < keys.size(); from += GROUPS) {
            List<Target> targets = targets(index, keys.subList(from, Math.min(keys.size(), from + GROUPS)));
            written += write(index, targets);
        }
        if (written > 0) {
            client.indices().refresh(r -> r.index(index));
        }
        return written;
    }

    /** Per group, its distinct versions (one member of each) and what each must record. */
    private List<Target> targets(String index, List<String> keys) throws IOException {
        List<FieldValue> values = keys.stream().map(FieldValue::of).toList();
        var response = client.search(
                s -> s.index(index)
                        .size(0)
                        .query(q -> q.terms(t -> t.field(GROUP).terms(v -> v.value(values))))
                        .aggregations(
                                "groups",
                                a -> a.terms(t -> t.field(GROUP).size(keys.size()))
                                        .aggregations(
                                                "versions",
                                                v -> v.terms(t -> t.field(KEY).size(VERSIONS))
                                                        .aggregations(
                                                                "one",
                                                                o -> o.topHits(h -> h.size(1)
                                                                        .source(src -> src.filter(f ->
                                                                                f.includes("passages", "notes"))))))),
                Void.class);
        List<Target> out = new ArrayList<>();
        for (StringTermsBucket group :
                response.aggregations().get("groups").sterms().buckets().array()) {
            String groupKey = group.key().stringValue();
            if (group.docCount() < 2) {
                out.add(new Target(groupKey, null, null)); // alone: neither field
                continue;
            }
            var versions = group.aggregations().get("versions").sterms();
            if (versions.sumOtherDocCount() != null && versions.sumOtherDocCount() > 0) {
                throw new IndexingException("the version group " + groupKey + " has more than " + VERSIONS
                        + " distinct versions; rebuild the index with bin/policy-search index");
            }
            Map<VersionChanges.Content, Version> distinct = new LinkedHashMap<>();
            Map<String, VersionChanges.Content> byKey = new LinkedHashMap<>();
            for (StringTermsBucket version : versions.buckets().array()) {
                var one = version.aggregations().get("one").topHits().hits();
                Version v =
                        one.hits().getFirst().source().to(IndexedSection.class).version();
                VersionChanges.Content content = VersionChanges.Content.of(v);
                distinct.putIfAbsent(content, v);
                byKey.put(version.key().stringValue(), content);
            }
            Map<VersionChanges.Content, VersionChanges.Change> computed = changes.changes(distinct);
            byKey.forEach((key, content) -> out.add(new Target(groupKey, key, computed.get(content))));
        }
        return out;
    }

    /** Looks up the sections of these targets whose fields differ (ids and keys only) and updates them. */
    private long write(String index, List<Target> targets) throws IOException {
        long written = 0;
        for (int from = 0; from < targets.size(); from += GROUPS) {
            List<Target> batch = targets.subList(from, Math.min(targets.size(), from + GROUPS));
            Map<String, Target> byKey = new HashMap<>();
            batch.forEach(t -> byKey.put(key(t.groupKey(), t.versionKey()), t));
            Query differing = Query.of(q -> q.bool(
                    b -> b.should(batch.stream().map(VersionFields::differing).toList())
                            .minimumShouldMatch("1")));
            List<FieldValue> after = null;
            while (true) { // page by page: a group of many copies is larger than one page
                List<FieldValue> last = after;
                List<Hit<IndexedSection>> page = client.search(
                                s -> {
                                    s.index(index)
                                            .size(PAGE)
                                            .query(differing)
                                            .source(src -> src.filter(f -> f.includes(GROUP, KEY)))
                                            .sort(o -> o.field(f -> f.field("id")))
                                            .sort(o -> o.field(f -> f.field(DocumentIndexer.FIELD)));
                                    return last == null ? s : s.searchAfter(last);
                                },
                                IndexedSection.class)
                        .hits()
                        .hits();
                if (!page.isEmpty()) {
                    BulkRequest.Builder bulk = new BulkRequest.Builder();
                    for (Hit<IndexedSection> h : page) {
                        Target t =
                                byKey.get(key(h.source().groupKey(), h.source().versionKey()));
                        ObjectNode fields =
                                fields(t == null ? byKey.get(key(h.source().groupKey(), null)) : t);
                        bulk.operations(
                                op -> op.update(u -> u.index(index).id(h.id()).action(a -> a.doc(fields))));
                    }
                    check(client.bulk(bulk.build()));
                    written += page.size();
                }
                if (page.size() < PAGE) {
                    break;
                }
                after = page.get(page.size() - 1).sort();
            }
        }
        return written;
    }

    private static String key(String groupKey, String versionKey) {
        return versionKey == null ? groupKey : groupKey + "\u0000" + versionKey;
    }

    /** The partial document that gives a section the target's fields; null removes a value from the index. */
    private static ObjectNode fields(Target target) {
        ObjectNode fields = Json.mapper().createObjectNode();
        if (target.change() == null) {
            fields.putNull(CHANGE).putNull(FIGURES);
        } else {
            fields.put(CHANGE, target.change().versionChange())
                    .put(FIGURES, target.change().changedFigures());
        }
        return fields;
    }

    private static void check(BulkResponse response) {
        if (response.errors()) {
            throw new IndexingException("Elasticsearch refused to update the version fields of "
                    + response.items().stream()
                            .filter(i -> i.error() != null)
                            .map(i -> i.id() + " (" + i.error().reason() + ")")
                            .toList());
        }
    }

    /** The target's sections whose indexed fields are not yet the target's. */
    private static Query differing(Target target) {
        Query members = target.versionKey() == null
                ? term(GROUP, FieldValue.of(target.groupKey()))
                : Query.of(q -> q.bool(b -> b.filter(term(GROUP, FieldValue.of(target.groupKey())))
                        .filter(term(KEY, FieldValue.of(target.versionKey())))));
        if (target.change() == null) {
            return Query.of(q -> q.bool(b -> b.filter(members)
                    .should(s -> s.exists(e -> e.field(CHANGE)))
                    .should(s -> s.exists(e -> e.field(FIGURES)))
                    .minimumShouldMatch("1")));
        }
        Query already = Query.of(q ->
                q.bool(b -> b.filter(term(CHANGE, FieldValue.of(target.change().versionChange())))
                        .filter(term(FIGURES, FieldValue.of(target.change().changedFigures())))));
        return Query.of(q -> q.bool(b -> b.filter(members).mustNot(already)));
    }

    private static Query term(String field, FieldValue value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
