package jp.policysearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.policysearch.section.Section;
import jp.policysearch.section.SectionGrouper;

/**
 * Version grouping for one document added, replaced or removed, without the whole corpus in memory: the sections of
 * other documents it may group with (same card and part, a shared text sketch, the groups its old version was in)
 * and the first section of each of their groups are read from the index, grouped with the document's new sections by
 * {@link SectionGrouper} in corpus order, and every group whose first section changed is renamed in the index.
 * Limitation: the 再掲 mark of another document's section is not cleared when the section it repeated goes.
 */
final class GroupJoiner {

    private static final int LIMIT = 2000;
    private static final List<String> FIELDS =
            List.of("id", "doc", "order", "card_key", "phase", "group_key", "reprint", "text");

    /**
     * Result: the document's sections with their group keys, renames of other documents' group keys, and every
     * group key the change touches (old and new), whose version fields must be computed again.
     */
    record Joined(List<Section> sections, Map<String, String> renamed, Set<String> touched) {}

    private final ElasticsearchClient client;
    private final SectionGrouper grouper = new SectionGrouper();

    GroupJoiner(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * @param position the manifest position of each document id (corpus order)
     */
    Joined join(String index, String docId, List<Section> sections, Map<String, Integer> position) throws IOException {
        Set<String> cardKeys = new LinkedHashSet<>();
        Set<Integer> sketches = new LinkedHashSet<>();
        for (Section s : sections) {
            if (s.cardKey() != null) {
                cardKeys.add(s.cardKey());
            }
            for (int h : grouper.sketch(s.text())) {
                sketches.add(h);
            }
        }
        List<Query> should = new ArrayList<>();
        if (!cardKeys.isEmpty()) {
            should.add(terms("card_key", cardKeys.stream().map(FieldValue::of).toList()));
        }
        if (!sketches.isEmpty()) {
            should.add(terms(
                    "sketch",
                    sketches.stream().map(h -> FieldValue.of((long) h)).toList()));
        }
        // the groups the document's old version was in (their first section may have been one of its own)
        Set<String> oldKeys = new LinkedHashSet<>();
        for (IndexedSection s :
                fetch(index, Query.of(q -> q.term(t -> t.field("doc").value(docId))), docId, true)) {
            oldKeys.add(s.groupKey());
        }
        if (!oldKeys.isEmpty()) {
            should.add(terms("group_key", oldKeys.stream().map(FieldValue::of).toList()));
        }
        Map<String, IndexedSection> others = new LinkedHashMap<>();
        if (!should.isEmpty()) {
            for (IndexedSection s :
                    fetch(index, Query.of(q -> q.bool(b -> b.should(should).minimumShouldMatch("1"))), docId, false)) {
                others.put(s.id(), s);
            }
        }
        Set<String> roots = new LinkedHashSet<>();
        others.values().forEach(s -> roots.add(s.groupKey()));
        roots.removeAll(others.keySet());
        if (!roots.isEmpty()) {
            for (IndexedSection s :
                    fetch(index, terms("id", roots.stream().map(FieldValue::of).toList()), docId, false)) {
                others.put(s.id(), s);
            }
        }
        List<Section> all = new ArrayList<>(sections);
        others.values().forEach(s -> all.add(section(s)));
        Comparator<Section> corpusOrder = Comparator.<Section>comparingInt(
                        s -> position.getOrDefault(s.doc(), Integer.MAX_VALUE))
                .thenComparingInt(Section::order);
        all.sort(corpusOrder);
        List<Section> grouped = grouper.group(all);
        Map<String, Section> byId = new HashMap<>();
        grouped.forEach(s -> byId.put(s.id(), s));
        List<Section> mine = new ArrayList<>();
        for (Section s : sections) {
            mine.add(byId.get(s.id()));
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        for (IndexedSection s : others.values()) {
            String before = s.groupKey();
            String after = byId.get(s.id()).groupKey();
            if (!before.equals(after)) {
                renamed.putIfAbsent(before, after);
            }
        }
        // a group whose first section was one of the document's own and is gone: its earliest member leads it
        for (String key : oldKeys) {
            if (key.startsWith(docId + "/") && !byId.containsKey(key) && !renamed.containsKey(key)) {
                others.values().stream()
                        .filter(s -> s.groupKey().equals(key))
                        .map(this::section)
                        .min(corpusOrder)
                        .ifPresent(first -> renamed.put(key, first.id()));
            }
        }
        Set<String> touched = new LinkedHashSet<>(oldKeys);
        mine.forEach(s -> touched.add(s.groupKey()));
        touched.addAll(renamed.values());
        return new Joined(mine, renamed, touched);
    }

    /** Gives every section of another document in a renamed group its new group key (partial updates). */
    void rename(String index, String docId, Map<String, String> renamed) throws IOException {
        for (Map.Entry<String, String> e : renamed.entrySet()) {
            List<Hit<Void>> hits = client.search(
                            s -> s.index(index)
                                    .size(10_000)
                                    .source(src -> src.fetch(false))
                                    .query(q -> q.bool(b -> b.filter(f -> f.term(
                                                    t -> t.field("group_key").value(e.getKey())))
                                            .mustNot(m ->
                                                    m.term(t -> t.field("doc").value(docId))))),
                            Void.class)
                    .hits()
                    .hits();
            if (hits.isEmpty()) {
                continue;
            }
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            Map<String, String> doc = Map.of("group_key", e.getValue());
            hits.forEach(h -> bulk.operations(
                    op -> op.update(u -> u.index(index).id(h.id()).action(a -> a.doc(doc)))));
            client.bulk(bulk.build());
        }
        if (!renamed.isEmpty()) {
            client.indices().refresh(r -> r.index(index));
        }
    }

    private List<IndexedSection> fetch(String index, Query query, String docId, boolean own) throws IOException {
        Query scoped = Query.of(q -> q.bool(b -> {
            b.filter(query);
            if (!own) {
                b.mustNot(m -> m.term(t -> t.field("doc").value(docId)));
            }
            return b;
        }));
        List<IndexedSection> out = new ArrayList<>();
        for (Hit<IndexedSection> h : client.search(
                        s -> s.index(index)
                                .size(LIMIT)
                                .query(scoped)
                                .source(src -> src.filter(f -> f.includes(FIELDS))),
                        IndexedSection.class)
                .hits()
                .hits()) {
            out.add(h.source());
        }
        return out;
    }

    /** The fields of another document's section that grouping reads ({@link #FIELDS}), as a section. */
    private Section section(IndexedSection s) {
        return new Section(
                s.id(),
                s.doc(),
                "",
                List.of(),
                List.of(),
                null,
                s.cardKey(),
                s.phase(),
                List.of(),
                0,
                null,
                s.text(),
                List.of(),
                List.of(),
                null,
                s.order(),
                s.groupKey(),
                s.reprint(),
                List.of());
    }

    private static Query terms(String field, List<FieldValue> values) {
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values))));
    }
}
