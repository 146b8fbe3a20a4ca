package jp.policysearch.search;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.policysearch.Config;
import jp.policysearch.Json;
import jp.policysearch.analysis.TextNormalizer;
import jp.policysearch.es.Cluster;
import jp.policysearch.index.CorpusIndexer;
import jp.policysearch.index.Progress;
import jp.policysearch.testsupport.TestCluster;
import jp.policysearch.web.WebServer;

/**
 * Not a test: the search service against Elasticsearch itself. Starts a local node (target/test-node), indexes the
 * corpus, starts the server, then with 1 and 16 concurrent clients runs a realistic mix of queries and filters
 * through {@code /api/search} and sends the very request bodies the searcher builds straight to
 * {@code /{alias}/_search}; prints p50/p99 latency and throughput side by side, and the JVM's memory. Run:
 * {@code bin/policy-search bench search [seconds per measurement, default 15]}.
 */
public final class SearchBenchmark {

    private static final String ALIAS = "bench";

    private SearchBenchmark() {}

    /** Queries staff, researchers and journalists type, with the filters they click. */
    static List<Map<String, List<String>>> mix() {
        List<Map<String, List<String>>> out = new ArrayList<>();
        String[][] cases = {
            {"q", "量子"},
            {"q", "量子 暗号"},
            {"q", "\"量子暗号\""},
            {"q", "AI"},
            {"q", "生成AI 人材"},
            {"q", "半導体 サプライチェーン"},
            {"q", "GX"},
            {"q", "サーバー"},
            {"q", "５Ｇ"},
            {"q", "データセンター 電力"},
            {"q", "クラウド"},
            {"q", "サイバーセキュリティ"},
            {"q", "量子 OR 半導体"},
            {"q", "(量子 OR 半導体) 人材"},
            {"q", "AI -半導体"},
            {"q", "バーティカルAI"},
            {"q", "リスキリング"},
            {"q", "宇宙 ロケット"},
            {"q", "蓄電池"},
            {"q", "水素 アンモニア"},
            {"q", "量子 ぬぴょろん"},
            {"q", "鍵"},
            {"q", "量子", "ministry", "総務省"},
            {"q", "AI", "ministry", "経済産業省", "ministry", "内閣官房"},
            {"q", "AI", "area", "AI・半導体", "year", "2026"},
            {"q", "GX", "sort", "newest"},
            {"q", "クラウド", "doc", "growth-roadmap-2026"},
            {"q", "AI", "page", "3"},
            {"q", "半導体", "size", "50"},
            {"ministry", "総務省"},
            {"doc", "growth-roadmap-2026"},
            {"year", "2025", "sort", "oldest"},
        };
        for (String[] c : cases) {
            Map<String, List<String>> params = new LinkedHashMap<>();
            for (int i = 0; i < c.length; i += 2) {
                params.computeIfAbsent(c[i], k -> new ArrayList<>()).add(c[i + 1]);
            }
            out.add(params);
        }
        return out;
    }

    static SearchQuery toQuery(Map<String, List<String>> params) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (Facet f : Facet.values()) {
            if (params.containsKey(f.param())) {
                filters.put(f.param(), params.get(f.param()));
            }
        }
        return new SearchQuery(
                params.getOrDefault("q", List.of("")).get(0),
                filters,
                Sort.fromParam(params.getOrDefault("sort", List.of("relevance")).get(0)),
                Integer.parseInt(params.getOrDefault("page", List.of("1")).get(0)),
                Integer.parseInt(params.getOrDefault("size", List.of("10")).get(0)));
    }

    static String queryString(Map<String, List<String>> params) {
        List<String> parts = new ArrayList<>();
        params.forEach((k, vs) -> vs.forEach(v -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return String.join("&", parts);
    }

    /** One unit of work: a service call, or the same search's request bodies sent to Elasticsearch in order. */
    interface Call {
        void run() throws Exception;
    }

    record Stats(int clients, long requests, double seconds, double p50, double p99) {
        double throughput() {
            return requests / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        // 16 clients from one address: above the per-client allowance, which would answer 429
        Config config = TestCluster.config().withIndexAlias(ALIAS).withSearchesPerClient(64);
        try (Cluster cluster = TestCluster.cluster()) {
            System.out.println("Indexing the corpus into '" + ALIAS + "' on " + cluster.url() + " ...");
            new CorpusIndexer(cluster.indexingClient(), config).index(t -> Progress.silent());
            Javalin app = WebServer.create(config, cluster).start();
            try {
                run(config, cluster, app.port(), seconds);
            } finally {
                app.stop();
            }
        }
        System.exit(0); // the shared test node's shutdown hook stops it
    }

    private static void run(Config config, Cluster cluster, int port, int seconds) throws Exception {
        TextNormalizer normalizer = TextNormalizer.withDefaultVariants();
        SectionSearcher searcher = new SectionSearcher(
                cluster.client(),
                ALIAS,
                new Synonyms(config.mappingsDir().resolve("dictionaries").resolve("synonyms.txt"), normalizer),
                normalizer);
        JacksonJsonpMapper mapper = new JacksonJsonpMapper(Json.mapper());
        List<Map<String, List<String>>> mix = mix();
        List<URI> serviceUris = new ArrayList<>();
        List<List<String>> directBodies = new ArrayList<>();
        int relaxedCount = 0;
        for (Map<String, List<String>> params : mix) {
            serviceUris.add(URI.create("http://127.0.0.1:" + port + "/api/search?" + queryString(params)));
            List<String> bodies = new ArrayList<>();
            for (SearchRequest r : searcher.requests(toQuery(params))) {
                bodies.add(JsonpUtils.toJsonString(r, mapper));
            }
            relaxedCount += bodies.size() - 1;
            directBodies.add(bodies);
        }
        URI esSearch = URI.create(cluster.url() + "/" + ALIAS + "/_search");
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        System.out.printf(
                "%d searches in the mix (%d also send the relaxed request); %d s per run%n",
                mix.size(), relaxedCount, seconds);

        List<Call> service = new ArrayList<>();
        for (URI uri : serviceUris) {
            service.add(() -> expect200(
                    http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()), uri));
        }
        List<Call> direct = new ArrayList<>();
        for (List<String> bodies : directBodies) {
            direct.add(() -> {
                for (String body : bodies) {
                    expect200(
                            http.send(
                                    HttpRequest.newBuilder(esSearch)
                                            .header("Content-Type", "application/json")
                                            .POST(HttpRequest.BodyPublishers.ofString(body))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString()),
                            esSearch);
                }
            });
        }

        System.out.println("Warming up ...");
        measure(service, 4, Math.max(3, seconds / 3));
        measure(direct, 4, Math.max(3, seconds / 3));

        System.out.printf(
                "%n%-8s %-9s %10s %10s %10s %10s%n", "clients", "target", "requests", "p50 ms", "p99 ms", "req/s");
        for (int clients : new int[] {1, 16}) {
            Stats d = measure(direct, clients, seconds);
            Stats s = measure(service, clients, seconds);
            print("direct", d);
            print("service", s);
            System.out.printf(
                    "         service/direct: p50 × %.2f (target ≤ 1.30), throughput %.0f %% (target ≥ 70 %%)%n",
                    s.p50() / d.p50(), 100 * s.throughput() / d.throughput());
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                "%nServer JVM (also hosts the benchmark clients): heap used %d MB after GC (max %d MB), " + "RSS %s%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20, rss());
    }

    private static void print(String target, Stats s) {
        System.out.printf(
                "%-8d %-9s %10d %10.2f %10.2f %10.1f%n",
                s.clients(), target, s.requests(), s.p50(), s.p99(), s.throughput());
    }

    private static void expect200(HttpResponse<String> r, URI uri) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + " → " + r.statusCode() + " " + r.body());
        }
    }

    /** Each client loops over the mix from its own offset until the time is up; latency per search. */
    private static Stats measure(List<Call> calls, int clients, int seconds) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<long[]> perClient = new ArrayList<>();
        int[] counts = new int[clients];
        CountDownLatch done = new CountDownLatch(clients);
        Throwable[] failure = new Throwable[1];
        for (int c = 0; c < clients; c++) {
            long[] samples = new long[200_000];
            perClient.add(samples);
            int client = c;
            Thread.ofPlatform().start(() -> {
                int i = client * 7;
                try {
                    while (!stop.get()) {
                        long t0 = System.nanoTime();
                        calls.get(i++ % calls.size()).run();
                        samples[counts[client]++] = System.nanoTime() - t0;
                    }
                } catch (Throwable t) {
                    failure[0] = t;
                } finally {
                    done.countDown();
                }
            });
        }
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (failure[0] != null) {
            throw new IllegalStateException("a benchmark client failed", failure[0]);
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perClient.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return new Stats(
                clients,
                total,
                elapsed,
                all[(int) (total * 0.50)] / 1e6,
                all[Math.min(total - 1, (int) (total * 0.99))] / 1e6);
    }

    private static String rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return line.substring(6).strip();
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return "n/a";
    }
}
