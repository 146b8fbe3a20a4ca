package jp.policysearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.util.NamedValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.policysearch.ErrorCode;
import jp.policysearch.analysis.TextNormalizer;
import jp.policysearch.index.IndexedSection;
import jp.policysearch.search.SearchResult.Expansion;
import jp.policysearch.search.SearchResult.Interpretation;
import jp.policysearch.search.SearchResult.QueryEcho;
import jp.policysearch.search.SearchResult.SectionHit;

/**
 * Runs a search: parses the query, builds one Elasticsearch request (query, facet filters as post_filter with
 * disjunctive facet aggregations, highlighting, grouping of versions); when the strict matches fill less than a
 * page, a second, tiered request lists looser matches below them, each marked with the terms it lacks.
 * No Javalin here: the web layer calls this.
 */
public final class SectionSearcher {

    static final List<String> SOURCE = List.of(
            "id",
            "doc",
            "doc_title",
            "title",
            "breadcrumb",
            "areas",
            "ministries",
            "year",
            "date",
            "card",
            "phase",
            "text",
            "passages.anchor",
            "passages.text",
            "group_key",
            "version_change",
            "changed_figures",
            "doc_inferred");

    /** What a hit shows of its other versions. */
    static final List<String> VERSION_SOURCE =
            List.of("id", "doc", "doc_title", "year", "date", "ministries", "doc_inferred");

    static final int VERSIONS_PER_GROUP = 5;
    private static final String TOP = "top";

    private static final Pattern YEAR = Pattern.compile("[12][0-9]{3}");

    private final ElasticsearchClient client;
    private final String alias;
    private final QueryParser parser;
    private final QueryBuilder builder;
    private final FacetCounter facets = new FacetCounter();
    private final HitReader reader;
    private final String serverTimeout;
    private final PassageKeys passageKeys;
    private final HeavySearches heavy;
    private final Synonyms synonyms;
    /**
     * The clause counts of recent queries, so that a query repeated past the budget is refused, and a heavy one
     * refused while the heavy slots are taken, before it is parsed and built again (building is most of the cost of
     * a refusal).
     */
    private final Map<CostKey, Integer> costs = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CostKey, Integer> eldest) {
            return size() > KNOWN_COSTS;
        }
    });

    private static final int KNOWN_COSTS = 1024;

    /** What a search's clause count depends on: its words, its filters and the synonym rules of the moment. */
    private record CostKey(String q, Map<String, List<String>> filters, int synonyms) {}

    public SectionSearcher(
            ElasticsearchClient client, String alias, Synonyms synonyms, TextNormalizer normalizer, Links links) {
        this(client, alias, synonyms, normalizer, links, Duration.ofSeconds(10), new HeavySearches(2));
    }

    /**
     * @param deadline how long the client waits for an answer; Elasticsearch is told to stop searching a little
     *                 before, so an abandoned search does not keep a busy node working
     * @param heavy    admits heavy searches (many clauses) only a few at once
     */
    public SectionSearcher(
            ElasticsearchClient client,
            String alias,
            Synonyms synonyms,
            TextNormalizer normalizer,
            Links links,
            Duration deadline,
            HeavySearches heavy) {
        this.heavy = heavy;
        this.reader = new HitReader(links);
        this.serverTimeout = Math.max(50, deadline.toMillis() * 9 / 10) + "ms";
        this.client = client;
        this.alias = alias;
        this.parser = new QueryParser(normalizer);
        this.passageKeys = new PassageKeys(normalizer);
        this.builder = new QueryBuilder(synonyms);
        this.synonyms = synonyms;
    }

    /** A search on behalf of no one in particular (benchmarks, tools): all such searches count as one client. */
    public SearchResult search(SearchQuery query) {
        return search(query, "");
    }

    /**
     * A search for {@code client} (its address): a heavy one is admitted only within {@link HeavySearches}' limits,
     * else {@link SearchBusyException}.
     */
    public SearchResult search(SearchQuery query, String client) {
        long start = System.nanoTime();
        validate(query);
        CostKey key = new CostKey(query.q(), query.filters(), synonyms.generation());
        Integer known = costs.get(key);
        HeavySearches.Permit admitted = known == null ? null : heavy.enter(QueryBudget.withinBudget(known), client);
        try {
            QueryParser.Reading reading = parser.read(query.q());
            QueryNode node = reading.node();
            if (node != null) {
                QueryBudget.check(null, builder.expansions(node));
            }
            SearchRequest first = request(query, node, false);
            int clauses = QueryBudget.clauses(first.query());
            costs.put(key, clauses);
            if (admitted == null) {
                admitted = heavy.enter(QueryBudget.withinBudget(clauses), client);
            }
            return search(query, start, reading, first);
        } finally {
            if (admitted != null) {
                admitted.close();
            }
        }
    }

    private SearchResult search(SearchQuery query, long start, QueryParser.Reading reading, SearchRequest first) {
        QueryNode node = reading.node();
        boolean grouped = grouped(query);
        SearchRequest shown = first;
        SearchResponse<IndexedSection> response = execute(shown);
        long strict = count(response, grouped);
        long partial = 0;
        if (tiersNeeded(query, node, strict)) {
            SearchRequest tiered = request(query, node, true);
            if (underClauseLimit(tiered.query())) {
                shown = tiered;
                response = execute(tiered);
                partial = count(response, grouped) - strict;
            }
        }
        List<String> labels = labels(node);
        Map<String, List<IndexedSection>> versions = grouped ? versions(shown, response) : Map.of();
        List<SectionHit> hits = new ArrayList<>();
        PassagePicker picker = node == null ? null : new PassagePicker(passageKeys, builder.expansions(node));
        for (Hit<IndexedSection> hit : response.hits().hits()) {
            List<IndexedSection> group = versions.getOrDefault(hit.source().groupKey(), List.of());
            hits.add(reader.read(hit, picker, partial > 0 ? labels : null, group));
        }
        return new SearchResult(
                new QueryEcho(query.q(), query.filters(), query.sort(), query.page(), query.size()),
                interpretation(reading, partial > 0),
                strict,
                partial,
                (System.nanoTime() - start) / 1_000_000,
                hits,
                facets.read(response, query));
    }

    /**
     * Looser matches are listed below the strict ones when these ({@code strict}: groups where versions are grouped,
     * as {@link #search} counts them) fill less than a page. The export asks the same.
     */
    static boolean tiersNeeded(SearchQuery query, QueryNode node, long strict) {
        return tierable(node) && strict < query.size();
    }

    /** Whether looser matches could be listed for {@code node} at all (before counting its strict matches). */
    static boolean tierable(QueryNode node) {
        return node != null && QueryBuilder.relaxable(node) && QueryBuilder.tierable(node);
    }

    /** A tiered query too large for Elasticsearch's clause limit is not sent: the strict matches stand alone. */
    static boolean underClauseLimit(Query tiered) {
        return QueryBudget.clauses(tiered) <= QueryBudget.MAX_CLAUSES;
    }

    /** The top-level terms as a partial match names the ones it lacks. */
    static List<String> labels(QueryNode node) {
        return node == null
                ? List.of()
                : QueryBuilder.positives(node).stream().map(QueryBuilder::label).toList();
    }

    private long count(SearchResponse<IndexedSection> response, boolean grouped) {
        return grouped ? facets.groupCount(response) : response.hits().total().value();
    }

    /**
     * How a query would be read (terms and the variants searched for them), without searching: the section page
     * marks these in the text when a reader arrives from a search.
     */
    public Interpretation interpret(String q) {
        return interpretation(parser.read(q == null ? "" : q), false);
    }

    private Interpretation interpretation(QueryParser.Reading reading, boolean relaxed) {
        QueryNode node = reading.node();
        List<String> terms = new ArrayList<>();
        List<Expansion> expansions = new ArrayList<>();
        if (node != null) {
            builder.expansions(node).forEach((term, variants) -> {
                terms.add(term);
                if (!variants.isEmpty()) {
                    expansions.add(new Expansion(term, variants));
                }
            });
        }
        return new Interpretation(terms, expansions, relaxed, reading.notes());
    }

    /**
     * The requests {@link #search} sends for {@code query}, in order: the strict one, then the tiered one when the
     * strict one fills less than a page. For the benchmark, which sends the same bodies straight to Elasticsearch.
     */
    List<SearchRequest> requests(SearchQuery query) {
        validate(query);
        QueryNode node = parser.parse(query.q());
        SearchRequest strict = request(query, node, false);
        List<SearchRequest> out = new ArrayList<>(List.of(strict));
        SearchResponse<IndexedSection> response = execute(strict);
        if (tiersNeeded(query, node, count(response, grouped(query)))) {
            out.add(request(query, node, true));
            response = execute(out.getLast());
        }
        if (grouped(query)) {
            versionsRequest(out.getLast(), response).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The versions of the shown groups that match the search (its query and filters), newest first, at most
     * {@link #VERSIONS_PER_GROUP} per group, by group key: what collapse's inner hits gave, in one request where
     * those send one search per shown hit. Only groups with several members are asked for; none, no request.
     */
    private Map<String, List<IndexedSection>> versions(SearchRequest shown, SearchResponse<IndexedSection> response) {
        Optional<SearchRequest> request = versionsRequest(shown, response);
        if (request.isEmpty()) {
            return Map.of();
        }
        // the shown search passed the budget; this one only adds the group filter
        SearchResponse<IndexedSection> answer =
                EsCalls.run(alias, () -> client.search(request.get(), IndexedSection.class));
        Map<String, List<IndexedSection>> out = new HashMap<>();
        for (StringTermsBucket bucket :
                answer.aggregations().get(HitReader.VERSIONS).sterms().buckets().array()) {
            List<IndexedSection> sources = new ArrayList<>();
            for (Hit<JsonData> h :
                    bucket.aggregations().get(TOP).topHits().hits().hits()) {
                sources.add(h.source().to(IndexedSection.class));
            }
            out.put(bucket.key().stringValue(), sources);
        }
        return out;
    }

    private Optional<SearchRequest> versionsRequest(SearchRequest shown, SearchResponse<IndexedSection> response) {
        List<FieldValue> keys = new ArrayList<>();
        for (Hit<IndexedSection> hit : response.hits().hits()) {
            FieldValue key = FieldValue.of(hit.source().groupKey());
            // the indexer gives version_change to exactly the sections whose group has another member (VersionChanges)
            boolean hasVersions = hit.source().versionChange() != null;
            if (hasVersions && !keys.contains(key)) {
                keys.add(key);
            }
        }
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SearchRequest.of(r -> r.index(alias)
                .timeout(serverTimeout)
                .size(0)
                .trackTotalHits(t -> t.enabled(false))
                .query(q -> q.bool(b -> b.filter(shown.query())
                        .filter(shown.postFilter())
                        .filter(f -> f.terms(t -> t.field("group_key").terms(v -> v.value(keys))))))
                .aggregations(
                        HitReader.VERSIONS,
                        a -> a.terms(t -> t.field("group_key").size(keys.size()))
                                .aggregations(
                                        TOP,
                                        top -> top.topHits(th -> th.size(VERSIONS_PER_GROUP)
                                                .source(s -> s.filter(f -> f.includes(VERSION_SOURCE)))
                                                .sort(so -> so.field(
                                                        fs -> fs.field("year").order(SortOrder.Desc))))))));
    }

    static void validate(SearchQuery query) {
        for (String year : query.selected(Facet.YEAR)) {
            if (!YEAR.matcher(year).matches()) {
                throw new BadRequestException(ErrorCode.INVALID_YEAR, "発行年（year）は西暦4桁の数字で指定してください（例: year=2025）。");
            }
        }
        if (query.page() < 1) {
            throw new BadRequestException(ErrorCode.INVALID_PAGE);
        }
        if (query.size() < 1 || query.size() > SearchQuery.MAX_SIZE) {
            throw new BadRequestException(
                    ErrorCode.INVALID_SIZE, "1ページの件数（size）は1から" + SearchQuery.MAX_SIZE + "までの整数で指定してください。");
        }
        if ((long) query.page() * query.size() > SearchQuery.MAX_WINDOW) {
            throw new BadRequestException(
                    ErrorCode.PAGE_TOO_DEEP, "表示できるのは上位10,000件までです。条件を絞り込むか、" + "エクスポート（/api/export）で全件を取得してください。");
        }
    }

    /** Versions of one section are shown as one hit, unless the user looks inside chosen documents. */
    static boolean grouped(SearchQuery query) {
        return query.selected(Facet.DOC).isEmpty();
    }

    /** The search for {@code query}: its strict matches, or with {@code tiered} the looser ones below them. */
    SearchRequest request(SearchQuery query, QueryNode node, boolean tiered) {
        FacetFilters filters = new FacetFilters(query);
        Query main = node == null
                ? Query.of(q -> q.matchAll(m -> m))
                : tiered
                        ? builder.tiered(node, query.sort() == Sort.RELEVANCE, SectionSearcher::scored)
                        : scored(builder.build(node, false));
        return SearchRequest.of(r -> {
            r.index(alias)
                    .timeout(serverTimeout)
                    .from((query.page() - 1) * query.size())
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .query(main)
                    .postFilter(filters.all())
                    .source(s -> s.filter(f -> f.includes(SOURCE)))
                    .sort(sort(query, node == null, tiered));
            facets.addAggregations(r, filters, grouped(query));
            if (node != null) {
                r.highlight(h -> h.preTags(Snippet.OPEN)
                        .postTags(Snippet.CLOSE)
                        .highlightQuery(builder.highlight(node))
                        .requireFieldMatch(false)
                        .fields(NamedValue.of(
                                "passages.text",
                                HighlightField.of(f -> f.type("fvh")
                                        .matchedFields("passages.text", "passages.text.bg")
                                        .fragmentSize(120)
                                        .numberOfFragments(2)
                                        .order(HighlighterOrder.Score)))));
            }
            if (grouped(query)) {
                r.collapse(c -> c.field("group_key")); // the versions of each shown group: see versionsRequest
            }
            return r;
        });
    }

    /**
     * Summary pages (方向性, 未来社会) and repeated slides weigh less than the sections they repeat; summaries only
     * slightly (0.9, was 0.6: a summary that holds the answer lost to siblings sharing its title, docs/relevance.md).
     */
    private static Query scored(Query query) {
        return Query.of(q -> q.functionScore(fs -> fs.query(query)
                .functions(f -> f.filter(t -> t.terms(tt -> tt.field("phase")
                                .terms(v -> v.value(List.of(FieldValue.of("方向性"), FieldValue.of("未来社会"))))))
                        .weight(0.9))
                .functions(f -> f.filter(t -> t.term(tt -> tt.field("reprint").value(true)))
                        .weight(0.8))
                .scoreMode(FunctionScoreMode.Multiply)
                .boostMode(FunctionBoostMode.Multiply)));
    }

    private static List<SortOptions> sort(SearchQuery query, boolean browsing, boolean tiered) {
        List<SortOptions> sort = new ArrayList<>();
        if (tiered && query.sort() != Sort.RELEVANCE) {
            sort.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc)))); // the tier, then the date
        }
        switch (query.sort()) {
            case NEWEST -> {
                sort.add(field("year", SortOrder.Desc));
                sort.add(field("date", SortOrder.Desc));
            }
            case OLDEST -> {
                sort.add(field("year", SortOrder.Asc));
                sort.add(field("date", SortOrder.Asc));
            }
            case RELEVANCE -> {
                if (!browsing) {
                    sort.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
                }
            }
        }
        sort.add(field("doc", SortOrder.Asc));
        sort.add(field("order", SortOrder.Asc));
        return sort;
    }

    private static SortOptions field(String name, SortOrder order) {
        return SortOptions.of(s -> s.field(f -> f.field(name).order(order).missing("_last")));
    }

    private SearchResponse<IndexedSection> execute(SearchRequest request) {
        QueryBudget.check(request.query(), Map.of()); // every search passes here, whoever built its query
        return EsCalls.run(alias, () -> client.search(request, IndexedSection.class)); // a timed-out search is a 503
    }
}
