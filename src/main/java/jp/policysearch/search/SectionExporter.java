package jp.policysearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.policysearch.analysis.TextNormalizer;
import jp.policysearch.index.IndexedSection;

/**
 * Exports every section a search matches (no grouping, no 10,000 window): pages through a point in time with
 * {@code search_after}, one row per section handed to a callback, and closes the point in time at the end. The web
 * layer turns rows into CSV or NDJSON. The matches are the search's: the strict ones, and, where the search lists
 * looser matches below them (its strict matches fill less than a page of {@code size}), the same tiers, strict rows
 * first, each row marked strict or partial with the terms it lacks.
 */
public final class SectionExporter {

    private static final List<String> SOURCE = List.of(
            "id",
            "doc",
            "doc_title",
            "title",
            "areas",
            "ministries",
            "year",
            "date",
            "card",
            "phase",
            "doc_inferred",
            "page_first",
            "page_last");
    private static final String KEEP_ALIVE = "1m";

    /**
     * One exported section; the web layer adds its URL and 出典 line.
     *
     * @param inferred the document's inferred fields, as in {@link SearchResult.DocumentRef#inferred()}
     * @param pageFirst the page the source prints, or null; {@code pageLast} likewise
     * @param match {@link SearchResult.SectionHit#STRICT} or {@link SearchResult.SectionHit#PARTIAL}, as the search
     *     marks the hit
     * @param missingTerms for a partial match, the top-level terms it lacks, as in the search
     */
    public record Row(
            String id,
            String title,
            String document,
            int year,
            String date,
            List<String> ministries,
            List<String> areas,
            String card,
            String phase,
            Map<String, String> inferred,
            Integer pageFirst,
            Integer pageLast,
            String match,
            List<String> missingTerms) {}

    /** Receives the rows; {@link #begin()} comes once, after the search has succeeded, before the first row. */
    public interface RowSink {
        void begin() throws IOException;

        void row(Row row) throws IOException;
    }

    private final ElasticsearchClient client;
    private final String alias;
    private final QueryParser parser;
    private final QueryBuilder builder;
    private final FacetCounter facets = new FacetCounter();
    private final int batchSize;

    public SectionExporter(
            ElasticsearchClient client, String alias, Synonyms synonyms, TextNormalizer normalizer, int batchSize) {
        this.client = client;
        this.alias = alias;
        this.parser = new QueryParser(normalizer);
        this.builder = new QueryBuilder(synonyms);
        this.batchSize = batchSize;
    }

    /**
     * Streams every match of {@code query} to {@code sink}; its page is ignored, its size only decides, as in the
     * search, whether looser matches are listed. Order: the tier (strict first), then newest/oldest as asked, else
     * document order. Returns the number of rows. Bad parameters throw before {@code begin}.
     */
    public long export(SearchQuery query, RowSink sink) throws IOException {
        QueryNode node = parser.parse(query.q());
        FacetFilters filters = new FacetFilters(query);
        Query strict = node == null ? Query.of(q -> q.matchAll(m -> m)) : builder.build(node, false);
        if (node != null) {
            QueryBudget.check(strict, builder.expansions(node)); // before the point in time opens
        }
        Query chosen = strict;
        List<String> labels = null;
        if (SectionSearcher.tierable(node)) {
            Query tiered = builder.tiered(node, false, q -> q);
            if (SectionSearcher.underClauseLimit(tiered)
                    && SectionSearcher.tiersNeeded(query, node, strictCount(query, strict, filters))) {
                chosen = tiered;
                labels = SectionSearcher.labels(node);
            }
        }
        Query filtered = filtered(chosen, filters.all());
        boolean tiers = labels != null;
        String pit = openPointInTime();
        try {
            SearchResponse<IndexedSection> response = page(pit, filtered, query.sort(), tiers, null);
            sink.begin();
            long count = 0;
            while (true) {
                List<Hit<IndexedSection>> hits = response.hits().hits();
                for (Hit<IndexedSection> hit : hits) {
                    sink.row(row(hit.source(), HitReader.match(hit, labels), HitReader.missing(hit, labels)));
                    count++;
                }
                if (hits.size() < batchSize) {
                    return count;
                }
                pit = response.pitId() == null ? pit : response.pitId();
                response = page(
                        pit,
                        filtered,
                        query.sort(),
                        tiers,
                        hits.get(hits.size() - 1).sort());
            }
        } finally {
            closePointInTime(pit);
        }
    }

    /** The strict matches as the search counts them: groups of versions, or sections inside chosen documents. */
    private long strictCount(SearchQuery query, Query strict, FacetFilters filters) {
        boolean grouped = SectionSearcher.grouped(query);
        SearchResponse<IndexedSection> response = EsCalls.run(
                alias,
                () -> client.search(
                        r -> {
                            r.index(alias)
                                    .size(0)
                                    .trackTotalHits(t -> t.enabled(true))
                                    .query(strict)
                                    .postFilter(filters.all());
                            if (grouped) {
                                facets.addGroupCount(r, filters);
                            }
                            return r;
                        },
                        IndexedSection.class));
        return grouped ? facets.groupCount(response) : response.hits().total().value();
    }

    private static Query filtered(Query main, Query filters) {
        return Query.of(q -> q.bool(b -> b.must(main).filter(filters)));
    }

    private SearchResponse<IndexedSection> page(
            String pit, Query query, Sort sort, boolean tiers, List<FieldValue> after) {
        return EsCalls.run(
                alias,
                () -> client.search(
                        r -> {
                            r.pit(p -> p.id(pit).keepAlive(k -> k.time(KEEP_ALIVE)))
                                    .size(batchSize)
                                    .trackTotalHits(t -> t.enabled(false))
                                    .query(query)
                                    .source(s -> s.filter(f -> f.includes(SOURCE)))
                                    .sort(sort(sort, tiers));
                            if (after != null) {
                                r.searchAfter(after);
                            }
                            return r;
                        },
                        IndexedSection.class));
    }

    /** With tiers, the score first: each tier scores one constant, strict above partial (as the search sorts). */
    private static List<SortOptions> sort(Sort sort, boolean tiers) {
        List<SortOptions> out = new ArrayList<>();
        if (tiers) {
            out.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
        }
        if (sort != Sort.RELEVANCE) {
            SortOrder order = sort == Sort.NEWEST ? SortOrder.Desc : SortOrder.Asc;
            out.add(field("year", order));
            out.add(field("date", order));
        }
        out.add(field("doc", SortOrder.Asc));
        out.add(field("order", SortOrder.Asc));
        out.add(field("_shard_doc", SortOrder.Asc)); // the tiebreaker a point in time guarantees unique
        return out;
    }

    private static SortOptions field(String name, SortOrder order) {
        return SortOptions.of(s -> s.field(f -> {
            f.field(name).order(order);
            if (!name.equals("_shard_doc")) {
                f.missing("_last");
            }
            return f;
        }));
    }

    static Row row(IndexedSection s, String match, List<String> missingTerms) {
        return new Row(
                s.id(),
                s.title(),
                s.docTitle(),
                s.year(),
                s.date(),
                s.ministries(),
                s.areas(),
                s.card(),
                s.phase(),
                s.docInferred(),
                s.pageFirst(),
                s.pageLast(),
                match,
                missingTerms);
    }

    private String openPointInTime() {
        return EsCalls.run(
                        alias, () -> client.openPointInTime(o -> o.index(alias).keepAlive(k -> k.time(KEEP_ALIVE))))
                .id();
    }

    private void closePointInTime(String pit) {
        try {
            client.closePointInTime(c -> c.id(pit));
        } catch (IOException | RuntimeException e) {
            // it expires after KEEP_ALIVE anyway; a failed close must not hide the export's own outcome
        }
    }
}
