package jp.policysearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.AggregationProfile;
import co.elastic.clients.elasticsearch.core.search.Collector;
import co.elastic.clients.elasticsearch.core.search.FetchProfile;
import co.elastic.clients.elasticsearch.core.search.QueryProfile;
import co.elastic.clients.elasticsearch.core.search.SearchProfile;
import co.elastic.clients.elasticsearch.core.search.ShardProfile;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.policysearch.Config;
import jp.policysearch.Json;
import jp.policysearch.analysis.TextNormalizer;
import jp.policysearch.es.Cluster;
import jp.policysearch.index.CorpusIndexer;
import jp.policysearch.index.Progress;
import jp.policysearch.testsupport.TestCluster;
import jp.policysearch.web.Urls;
import jp.policysearch.web.WebServer;

/**
 * Not a test: where a search's time goes. Indexes the real corpus on the test node (or uses {@code ES_URL}), then,
 * for every search of {@link SearchBenchmark#mix()}, sends the very requests the service builds with Elasticsearch's
 * {@code profile: true} and adds up, over a number of rounds, the time the engine reports for each part: the query
 * (by top-level query type), rewriting, collectors, each aggregation, and each fetch sub-phase (highlighting, inner
 * hits of the version collapse, source). Beside it the client-side view of the same searches: the requests sent
 * straight to Elasticsearch, {@code /api/search} and the {@code /search} page, so the app's own share shows as the
 * difference. Ends with the node's hot threads under a loop of these searches. Run: {@code bin/policy-search bench
 * profile [rounds, default 20]}.
 */
public final class ProfileBenchmark {

    private ProfileBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Config environment = Config.fromEnvironment(TestCluster.projectDir());
        boolean external = !environment.usesLocalNode();
        Config config = (external ? environment.withPort(0) : TestCluster.config())
                .withIndexAlias("bench")
                .withSearchesPerClient(256);
        try (Cluster cluster = external ? Cluster.open(environment) : TestCluster.cluster()) {
            CorpusIndexer indexer = new CorpusIndexer(cluster.indexingClient(), config);
            if (indexer.staleReason().isPresent()) {
                System.out.println("Indexing the real corpus into '" + config.indexAlias() + "' ...");
                indexer.index(t -> Progress.silent(), true);
            }
            var app = WebServer.create(config, cluster).start();
            try {
                run(cluster.client(), config, app.port(), rounds);
            } finally {
                app.stop();
            }
        }
        System.exit(0); // the shared test node's shutdown hook stops it
    }

    private static void run(ElasticsearchClient client, Config config, int port, int rounds) throws Exception {
        TextNormalizer normalizer = TextNormalizer.withDefaultVariants();
        SectionSearcher searcher = new SectionSearcher(
                client,
                config.indexAlias(),
                new Synonyms(config.mappingsDir().resolve("dictionaries").resolve("synonyms.txt"), normalizer),
                normalizer,
                Urls.LINKS);
        JacksonJsonpMapper mapper = new JacksonJsonpMapper(Json.mapper());
        List<List<SearchRequest>> profiled = new ArrayList<>();
        List<URI> apis = new ArrayList<>();
        List<URI> pages = new ArrayList<>();
        for (Map<String, List<String>> params : SearchBenchmark.mix()) {
            List<SearchRequest> requests = new ArrayList<>();
            for (SearchRequest r : searcher.requests(SearchBenchmark.toQuery(params))) {
                String body = JsonpUtils.toJsonString(r, mapper);
                requests.add(SearchRequest.of(b -> b.withJson(new StringReader(body))
                        .index(config.indexAlias())
                        .profile(true)));
            }
            profiled.add(requests);
            String query = SearchBenchmark.queryString(params);
            apis.add(URI.create("http://127.0.0.1:" + port + "/api/search?" + query));
            pages.add(URI.create("http://127.0.0.1:" + port + "/search?" + query));
        }
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Breakdown engine = new Breakdown();
        Map<String, Long> seen = new LinkedHashMap<>();
        for (int round = 0; round <= rounds; round++) {
            boolean counted = round > 0; // round 0 warms caches and the JIT
            for (int i = 0; i < profiled.size(); i++) {
                long start = System.nanoTime();
                for (SearchRequest r : profiled.get(i)) {
                    SearchResponse<JsonData> response = client.search(r, JsonData.class);
                    if (counted) {
                        engine.add(response);
                    }
                }
                long direct = System.nanoTime() - start;
                long api = get(http, apis.get(i));
                long page = get(http, pages.get(i));
                if (counted) {
                    seen.merge("requests sent straight to Elasticsearch (profiled)", direct, Long::sum);
                    seen.merge("/api/search", api, Long::sum);
                    seen.merge("/search page", page, Long::sum);
                }
            }
        }
        int searches = rounds * profiled.size();
        System.out.printf(
                "%nWhere the engine's time goes: %d searches (%d rounds of the %d-search mix), %d requests, "
                        + "1 shard per index assumed (times are summed over shards)%n",
                searches, rounds, profiled.size(), engine.requests);
        engine.print(searches);
        System.out.printf("%nThe same searches seen from the client (ms per search)%n");
        seen.forEach((what, nanos) -> System.out.printf("  %-52s %8.2f%n", what, nanos / 1e6 / searches));
        System.out.printf("  %-52s %8.2f%n", "engine 'took' (sum per search)", engine.took / (double) searches);
        hotThreads(client, profiled);
    }

    /** The node's hot threads while another thread keeps sending the mix's requests. */
    private static void hotThreads(ElasticsearchClient client, List<List<SearchRequest>> profiled) throws Exception {
        var stop = new AtomicBoolean();
        Thread load = Thread.ofPlatform().daemon().start(() -> {
            while (!stop.get()) {
                for (List<SearchRequest> requests : profiled) {
                    for (SearchRequest r : requests) {
                        try {
                            client.search(r, JsonData.class);
                        } catch (Exception e) {
                            return;
                        }
                    }
                }
            }
        });
        try {
            String text = client.nodes()
                    .hotThreads(h -> h.threads(3L).interval(i -> i.time("500ms")))
                    .value();
            System.out.printf("%nHot threads of the node under a loop of these searches (first lines)%n");
            text.lines().limit(40).forEach(l -> System.out.println("  " + l));
        } finally {
            stop.set(true);
            load.join();
        }
    }

    private static long get(HttpClient http, URI uri) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r =
                http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + " → " + r.statusCode());
        }
        return System.nanoTime() - start;
    }

    /** Engine time per part, in nanoseconds, summed over every profiled response. */
    private static final class Breakdown {
        private final Map<String, Long> parts = new LinkedHashMap<>();
        private long took;
        private int requests;

        void add(SearchResponse<?> response) {
            requests++;
            took += response.took();
            for (ShardProfile shard : response.profile().shards()) {
                for (SearchProfile search : shard.searches()) {
                    for (QueryProfile q : search.query()) {
                        parts.merge("query: " + q.type(), q.timeInNanos(), Long::sum);
                    }
                    parts.merge("query rewrite", search.rewriteTime(), Long::sum);
                    for (Collector c : search.collector()) {
                        parts.merge("collector: " + c.name(), c.timeInNanos(), Long::sum);
                    }
                }
                for (AggregationProfile a : shard.aggregations()) {
                    parts.merge("aggregation: " + a.description() + " (" + a.type() + ")", a.timeInNanos(), Long::sum);
                }
                FetchProfile fetch = shard.fetch();
                if (fetch != null) {
                    long children = 0;
                    for (FetchProfile phase : fetch.children()) {
                        parts.merge("fetch: " + phase.type(), phase.timeInNanos(), Long::sum);
                        children += phase.timeInNanos();
                    }
                    parts.merge("fetch: loading stored fields etc.", fetch.timeInNanos() - children, Long::sum);
                }
            }
        }

        void print(int searches) {
            long total = parts.values().stream().mapToLong(Long::longValue).sum();
            System.out.printf("  %-80s %9s %6s%n", "part", "ms/search", "share");
            parts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> System.out.printf(
                            "  %-80s %9.3f %5.1f%%%n",
                            shorten(e.getKey()), e.getValue() / 1e6 / searches, 100.0 * e.getValue() / total));
            System.out.printf("  %-80s %9.3f%n", "sum of the parts", total / 1e6 / searches);
        }

        private static String shorten(String s) {
            return s.length() <= 80 ? s : s.substring(0, 77) + "...";
        }
    }
}
