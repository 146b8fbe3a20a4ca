package jp.policysearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.get_alias.IndexAliases;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Changes one document in the live index without a rebuild, so that a search running meanwhile sees the old or
 * the new version of the document, never a mix.
 *
 * <p>Every section carries its document's {@link Generation}. The search alias has a filter that hides a short
 * list of generations (normally none); searches, section pages and exports all read through the alias, so the filter
 * applies everywhere with no change to the query code. Replacing a document: (1) hide the new generation, (2) write
 * its sections and refresh, (3) let the caller write the corpus, (4) in one alias update, hide the old generations
 * instead (the switch), (5) delete the old sections, refresh, and clear the list. A process killed at any point
 * leaves the old or the new version visible; the hidden list names exactly what is left over, and {@link #repair}
 * deletes it. The filter stays cheap: a {@code must_not terms} on a keyword with at most a few values.
 */
public final class DocumentIndexer {

    /** Where a change stands; a test can stop the process at each point. */
    public enum Stage {
        HIDDEN,
        SECTIONS_WRITTEN,
        CORPUS_WRITTEN,
        SWITCHED,
        /** The old sections are deleted; the other documents' group keys and version fields follow (FollowUps). */
        REPLACED
    }

    /** Called at each stage; the default does nothing. */
    public interface Checkpoint {
        void reached(Stage stage);
    }

    /** What a change did. */
    public record Change(String index, List<String> removedGenerations, long sectionsWritten, long sectionsDeleted) {}

    static final String FIELD = "generation";
    private static final int PAGE = 1000;

    private final ElasticsearchClient client;
    private final String alias;
    private final Checkpoint checkpoint;

    public DocumentIndexer(ElasticsearchClient client, String alias, Checkpoint checkpoint) {
        this.client = client;
        this.alias = alias;
        this.checkpoint = checkpoint;
    }

    public DocumentIndexer(ElasticsearchClient client, String alias) {
        this(client, alias, stage -> {});
    }

    /** The index behind the alias. */
    public String liveIndex() throws IOException {
        Optional<String> live = new jp.policysearch.index.IndexAliases(client, alias).live();
        return live.orElseThrow(() -> new IndexingException(
                "there is no index behind the alias '" + alias + "' yet; build one with: bin/policy-search index"));
    }

    /** The generations the alias hides now. */
    public List<String> hidden(String index) throws IOException {
        Map<String, IndexAliases> aliases =
                client.indices().getAlias(g -> g.index(index).name(alias)).aliases();
        IndexAliases record = aliases.get(index);
        if (record == null
                || record.aliases().get(alias) == null
                || record.aliases().get(alias).filter() == null) {
            return List.of();
        }
        Query filter = record.aliases().get(alias).filter();
        List<String> out = new ArrayList<>();
        if (filter.isBool()) {
            for (Query q : filter.bool().mustNot()) {
                if (q.isTerms() && FIELD.equals(q.terms().field())) {
                    q.terms().terms().value().forEach(v -> out.add(v.stringValue()));
                }
            }
        }
        return out;
    }

    /** Makes the alias hide exactly these generations: one atomic alias update. */
    void hide(String index, Collection<String> generations) throws IOException {
        Action action;
        if (generations.isEmpty()) {
            action = Action.of(a -> a.add(ad -> ad.index(index).alias(alias)));
        } else {
            List<FieldValue> values = generations.stream().map(FieldValue::of).toList();
            Query filter = Query.of(q ->
                    q.bool(b -> b.mustNot(m -> m.terms(t -> t.field(FIELD).terms(v -> v.value(values))))));
            action = Action.of(a -> a.add(ad -> ad.index(index).alias(alias).filter(filter)));
        }
        client.indices().updateAliases(u -> u.actions(action));
    }

    /** Deletes what an interrupted change left hidden; returns the generations it deleted. */
    public List<String> repair() throws IOException {
        String index = liveIndex();
        List<String> hidden = hidden(index);
        if (!hidden.isEmpty()) {
            delete(index, hidden);
            hide(index, List.of());
        }
        return hidden;
    }

    /** The live generation of every document in the index, by document id (hidden ones left out). */
    public Map<String, String> liveGenerations() throws IOException {
        String index = liveIndex();
        List<String> hidden = hidden(index);
        var response = client.search(
                s -> s.index(index)
                        .size(0)
                        .query(q -> q.bool(b -> b.mustNot(m -> m.terms(t -> t.field(FIELD)
                                .terms(v -> v.value(
                                        hidden.stream().map(FieldValue::of).toList()))))))
                        .aggregations("g", a -> a.terms(t -> t.field(FIELD).size(65_000))),
                Void.class);
        Map<String, String> out = new LinkedHashMap<>();
        response.aggregations().get("g").sterms().buckets().array().forEach(b -> {
            String generation = b.key().stringValue();
            out.put(Generation.document(generation), generation);
        });
        return out;
    }

    /**
     * Puts a new generation of a document in place of its old ones.
     *
     * @param sections   the index documents of the new generation (every one with this {@code generation})
     * @param beforeSwitch runs after the sections are written and before they become visible (writes the corpus);
     *                     when it throws, the old version stays
     */
    public Change replace(String docId, String generation, List<IndexedSection> sections, Runnable beforeSwitch)
            throws IOException {
        String index = liveIndex();
        repairIn(index);
        List<String> old = generationsOf(index, docId);
        old.remove(generation);
        hide(index, List.of(generation));
        checkpoint.reached(Stage.HIDDEN);
        try {
            write(index, generation, sections);
            checkpoint.reached(Stage.SECTIONS_WRITTEN);
            beforeSwitch.run();
            checkpoint.reached(Stage.CORPUS_WRITTEN);
        } catch (IOException | RuntimeException e) {
            undo(index, List.of(generation));
            throw e;
        }
        return switchAndDelete(index, old, sections.size());
    }

    /** Takes a document out: after {@code beforeSwitch} (which changes the corpus), its sections disappear at once. */
    public Change remove(String docId, Runnable beforeSwitch) throws IOException {
        String index = liveIndex();
        repairIn(index);
        List<String> old = generationsOf(index, docId);
        beforeSwitch.run();
        checkpoint.reached(Stage.CORPUS_WRITTEN);
        return switchAndDelete(index, old, 0);
    }

    private Change switchAndDelete(String index, List<String> old, long written) throws IOException {
        hide(index, old);
        checkpoint.reached(Stage.SWITCHED);
        long deleted = old.isEmpty() ? 0 : delete(index, old);
        hide(index, List.of());
        return new Change(index, old, written, deleted);
    }

    private void repairIn(String index) throws IOException {
        List<String> hidden = hidden(index);
        if (!hidden.isEmpty()) {
            delete(index, hidden);
            hide(index, List.of());
        }
    }

    private void undo(String index, List<String> generations) {
        try {
            delete(index, generations);
            hide(index, List.of());
        } catch (IOException | RuntimeException e) {
            // left hidden: the next add, remove or index deletes it (repair)
        }
    }

    /** Every generation of the document in the index, hidden or not. */
    private List<String> generationsOf(String index, String docId) throws IOException {
        var response = client.search(
                s -> s.index(index)
                        .size(0)
                        .query(q -> q.term(t -> t.field("doc").value(docId)))
                        .aggregations("g", a -> a.terms(t -> t.field(FIELD).size(100))),
                Void.class);
        List<String> out = new ArrayList<>();
        response.aggregations()
                .get("g")
                .sterms()
                .buckets()
                .array()
                .forEach(b -> out.add(b.key().stringValue()));
        return out;
    }

    private void write(String index, String generation, List<IndexedSection> sections) throws IOException {
        for (int from = 0; from < sections.size(); from += PAGE) {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (IndexedSection doc : sections.subList(from, Math.min(sections.size(), from + PAGE))) {
                if (!generation.equals(doc.generation())) {
                    throw new IllegalArgumentException("section " + doc.id() + " is not of " + generation);
                }
                bulk.operations(
                        op -> op.index(i -> i.index(index).id(doc.documentId()).document(doc)));
            }
            check(client.bulk(bulk.build()));
        }
        client.indices().refresh(r -> r.index(index));
        long stored = count(index, List.of(generation));
        if (stored != sections.size()) {
            throw new IndexingException("the index holds " + stored + " sections of " + generation + ", but "
                    + sections.size() + " were sent (duplicate section ids?)");
        }
    }

    private long count(String index, List<String> generations) throws IOException {
        return client.count(c -> c.index(index).query(terms(generations))).count();
    }

    /** Deletes every section of these generations (no delete-by-query here: ids page by page, then bulk delete). */
    private long delete(String index, List<String> generations) throws IOException {
        long deleted = 0;
        while (true) {
            List<Hit<Void>> hits = client.search(
                            s -> s.index(index)
                                    .size(PAGE)
                                    .source(src -> src.fetch(false))
                                    .query(terms(generations)),
                            Void.class)
                    .hits()
                    .hits();
            if (hits.isEmpty()) {
                return deleted;
            }
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            hits.forEach(h ->
                    bulk.operations(op -> op.delete(d -> d.index(index).id(h.id()))));
            check(client.bulk(bulk.build()));
            deleted += hits.size();
            client.indices().refresh(r -> r.index(index));
        }
    }

    private static Query terms(List<String> generations) {
        List<FieldValue> values = generations.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(FIELD).terms(v -> v.value(values))));
    }

    private static void check(BulkResponse response) {
        if (!response.errors()) {
            return;
        }
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null) {
                throw new IndexingException("Elasticsearch refused section " + item.id() + ": "
                        + item.error().reason());
            }
        }
    }

    /** Records the corpus hash and counts in the index's {@code _meta} after a change, so serve sees it current. */
    public void updateMeta(String index, IndexMeta meta) throws IOException {
        Map<String, JsonData> values = new LinkedHashMap<>();
        meta.asMap().forEach((k, v) -> values.put(k, JsonData.of(v)));
        try {
            client.indices().putMapping(p -> p.index(index).meta(values));
        } catch (ElasticsearchException e) {
            throw new IndexingException(
                    "Elasticsearch refused to update the build information of " + index + ": " + e.getMessage(), e);
        }
    }

    /** The number of visible sections (through the alias). */
    public long visibleSections() throws IOException {
        return client.count(c -> c.index(alias)).count();
    }
}
