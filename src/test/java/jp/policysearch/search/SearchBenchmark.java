package jp.policysearch.search;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.concurrent.atomic.AtomicLong;
import jp.policysearch.Config;
import jp.policysearch.Json;
import jp.policysearch.analysis.TextNormalizer;
import jp.policysearch.es.Cluster;
import jp.policysearch.es.EsClients;
import jp.policysearch.index.CorpusBenchmark;
import jp.policysearch.index.CorpusIndexer;
import jp.policysearch.index.Progress;
import jp.policysearch.testsupport.TestCluster;
import jp.policysearch.web.Urls;
import jp.policysearch.web.WebServer;

/**
 * Not a test: the search service against Elasticsearch itself, side by side in one run. Starts a local node
 * (target/test-node), indexes the real corpus and a large one (the real files copied under new ids, through the real
 * indexer; 100 copies unless told), starts the server on each, then measures for every search of a realistic mix:
 *
 * <ul>
 *   <li>{@code floor}: a plain {@code multi_match} on title and text, 10 hits, no highlight (what the engine costs);
 *   <li>{@code floor+hl}: the same with default highlighting on {@code text};
 *   <li>{@code direct}: the very request bodies the service builds, sent straight to {@code /{alias}/_search};
 *   <li>{@code api}: {@code /api/search}; {@code page}: {@code /search}, the server-rendered page.
 * </ul>
 *
 * <p>With one client the targets are interleaved request by request (each search goes to every target in turn), so a
 * change in machine load hits all of them alike; with 16 and 64 clients each target runs on its own for the given
 * time. Prints p50, p99 and throughput, and the ratios the speed targets are stated in. Run:
 * {@code bin/policy-search bench search [seconds per measurement, default 10] [copies, default 100; 0 = real only]}.
 */
public final class SearchBenchmark {

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

    /** One unit of work: one search sent to one target. */
    interface Call {
        void run() throws Exception;
    }

    record Stats(int clients, long requests, double seconds, double p50, double p99, long failed) {
        double throughput() {
            return requests / seconds;
        }
    }

    /** The five targets for each search of the mix, in the order they are printed. */
    record Targets(String corpus, Map<String, List<Call>> calls) {}

    /** How the direct requests sign in to Elasticsearch (as the service does); null when the cluster is open. */
    private static String esAuthorization;

    static final List<String> TARGETS = List.of("floor", "floor+hl", "direct", "api", "page");

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path project = TestCluster.projectDir();
        // ES_URL set: measure that cluster (e.g. the three local nodes of src/test/scripts/cluster3.sh); else a node
        // of our own, as the tests start it
        Config environment = Config.fromEnvironment(project);
        boolean external = !environment.usesLocalNode();
        // many clients from one address: above the per-client allowance, which would answer 429
        Config real = (external ? environment.withPort(0) : TestCluster.config())
                .withIndexAlias("bench")
                .withSearchesPerClient(256);
        esAuthorization = external
                ? EsClients.authorization(environment.esApiKey(), environment.esUsername(), environment.esPassword())
                : TestCluster.authorization();
        List<Javalin> apps = new ArrayList<>();
        try (Cluster cluster = external ? Cluster.open(environment) : TestCluster.cluster()) {
            List<Targets> corpora = new ArrayList<>();
            corpora.add(prepare("real corpus", real, cluster, apps));
            if (copies > 0) {
                Path big = project.resolve("target/bench-search-corpus");
                Config large = real.withIndexAlias("bench-large").withCorpusDir(big);
                if (!Files.exists(big.resolve("manifest.json"))) {
                    CorpusBenchmark.copy(project.resolve("corpus"), big, copies);
                }
                corpora.add(prepare(5 * copies + " documents", large, cluster, apps));
            }
            report(corpora, seconds);
        } finally {
            apps.forEach(Javalin::stop);
        }
        System.exit(0); // the shared test node's shutdown hook stops it
    }

    private static Targets prepare(String name, Config config, Cluster cluster, List<Javalin> apps) throws Exception {
        CorpusIndexer indexer = new CorpusIndexer(cluster.indexingClient(), config);
        var stale = indexer.staleReason();
        if (stale.isPresent()) {
            System.out.println(
                    "Indexing the " + name + " into '" + config.indexAlias() + "' (" + stale.get() + ") ...");
            indexer.index(t -> Progress.silent(), true);
        }
        Javalin app = WebServer.create(config, cluster).start();
        apps.add(app);
        return targets(name, config, cluster, app.port());
    }

    private static Targets targets(String name, Config config, Cluster cluster, int port) throws Exception {
        TextNormalizer normalizer = TextNormalizer.withDefaultVariants();
        SectionSearcher searcher = new SectionSearcher(
                cluster.client(),
                config.indexAlias(),
                new Synonyms(config.mappingsDir().resolve("dictionaries").resolve("synonyms.txt"), normalizer),
                normalizer,
                Urls.LINKS);
        JacksonJsonpMapper mapper = new JacksonJsonpMapper(Json.mapper());
        URI esSearch = URI.create(cluster.url() + "/" + config.indexAlias() + "/_search");
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        Map<String, List<Call>> calls = new LinkedHashMap<>();
        TARGETS.forEach(t -> calls.put(t, new ArrayList<>()));
        int relaxed = 0;
        int versions = 0;
        for (Map<String, List<String>> params : mix()) {
            String q = params.getOrDefault("q", List.of("")).get(0);
            String floor = floorBody(q, false);
            String floorHl = floorBody(q, true);
            calls.get("floor").add(() -> post(http, esSearch, floor));
            calls.get("floor+hl").add(() -> post(http, esSearch, floorHl));
            List<String> bodies = new ArrayList<>();
            for (SearchRequest r : searcher.requests(toQuery(params))) {
                bodies.add(JsonpUtils.toJsonString(r, mapper));
                boolean readsVersions = Integer.valueOf(0).equals(r.size()); // the size-0 versions request
                versions += readsVersions ? 1 : 0;
                relaxed += !readsVersions && bodies.size() > 1 ? 1 : 0;
            }
            calls.get("direct").add(() -> {
                for (String body : bodies) {
                    post(http, esSearch, body);
                }
            });
            URI api = URI.create("http://127.0.0.1:" + port + "/api/search?" + queryString(params));
            URI page = URI.create("http://127.0.0.1:" + port + "/search?" + queryString(params));
            calls.get("api").add(() -> get(http, api));
            calls.get("page").add(() -> get(http, page));
        }
        System.out.printf(
                "%s: %d searches in the mix (%d also send a looser request, %d a request for other versions)%n",
                name, mix().size(), relaxed, versions);
        return new Targets(name, calls);
    }

    /** The engine's floor: a plain multi_match over title and text (match_all without words). */
    static String floorBody(String q, boolean highlight) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("size", 10);
        if (q.isBlank()) {
            body.putObject("query").putObject("match_all");
        } else {
            ObjectNode mm = body.putObject("query").putObject("multi_match");
            mm.put("query", q.replace("\"", " "));
            mm.putArray("fields").add("title").add("text");
        }
        if (highlight) {
            body.putObject("highlight").putObject("fields").putObject("text");
        }
        return body.toString();
    }

    private static void report(List<Targets> corpora, int seconds) throws Exception {
        System.out.println("Warming up ...");
        for (Targets t : corpora) {
            for (String target : TARGETS) {
                measure(t.calls().get(target), 4, Math.max(2, seconds / 3));
            }
        }
        Map<String, Map<String, Stats>> one = new LinkedHashMap<>();
        System.out.printf(
                "%n1 client, targets interleaved search by search, %d s per corpus%n%-16s %-9s %9s %9s %9s%n",
                seconds, "corpus", "target", "p50 ms", "p99 ms", "req/s");
        for (Targets t : corpora) {
            Map<String, Stats> stats = interleaved(t.calls(), seconds);
            one.put(t.corpus(), stats);
            stats.forEach((target, s) -> System.out.printf(
                    "%-16s %-9s %9.2f %9.2f %9.1f%n", t.corpus(), target, s.p50(), s.p99(), s.throughput()));
        }
        Map<String, Map<Integer, Stats>> many = new LinkedHashMap<>();
        System.out.printf(
                "%nMany clients, each target on its own for %d s%n%-16s %-9s %7s %9s %9s %9s %7s%n",
                seconds, "corpus", "target", "clients", "p50 ms", "p99 ms", "req/s", "failed");
        for (Targets t : corpora) {
            for (int clients : new int[] {16, 64}) {
                for (String target : List.of("floor", "direct", "api")) {
                    Stats s = measure(t.calls().get(target), clients, seconds);
                    if (target.equals("api")) {
                        many.computeIfAbsent(t.corpus(), k -> new LinkedHashMap<>())
                                .put(clients, s);
                    }
                    System.out.printf(
                            "%-16s %-9s %7d %9.2f %9.2f %9.1f %7d%n",
                            t.corpus(), target, clients, s.p50(), s.p99(), s.throughput(), s.failed());
                }
            }
        }
        Map<String, Stats> real = one.get(corpora.get(0).corpus());
        System.out.printf("%nTargets (2 cores, idle machine):%n");
        System.out.printf(
                "  api p50 / floor p50, real corpus, 1 client: %.2f (target <= 3)%n",
                real.get("api").p50() / real.get("floor").p50());
        System.out.printf(
                "  page p50 / api p50, real corpus, 1 client:  %.2f (target <= 1.2)%n",
                real.get("page").p50() / real.get("api").p50());
        if (corpora.size() > 1) {
            Map<String, Stats> large = one.get(corpora.get(1).corpus());
            System.out.printf(
                    "  api p50, large / real corpus, 1 client:     %.2f (target <= 1.3)%n",
                    large.get("api").p50() / real.get("api").p50());
        }
        Stats sixteen = many.get(corpora.get(0).corpus()).get(16);
        System.out.printf(
                "  api with 16 clients, real corpus: %.0f req/s (target >= 300), p99 %.1f ms (target <= 150)%n",
                sixteen.throughput(), sixteen.p99());
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                "%nServer JVM (also hosts the benchmark clients): heap used %d MB after GC (max %d MB), RSS %s%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20, rss());
    }

    /** A request straight to Elasticsearch, signed in as the service is. */
    private static void post(HttpClient http, URI uri, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (esAuthorization != null) {
            request.header("Authorization", esAuthorization);
        }
        expect200(http.send(request.build(), HttpResponse.BodyHandlers.ofString()), uri);
    }

    private static void get(HttpClient http, URI uri) throws Exception {
        expect200(http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()), uri);
    }

    private static void expect200(HttpResponse<String> r, URI uri) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + " → " + r.statusCode() + " " + r.body());
        }
    }

    /** One client: every search of the mix goes to each target in turn, round after round, until the time is up. */
    private static Map<String, Stats> interleaved(Map<String, List<Call>> calls, int seconds) throws Exception {
        Map<String, long[]> samples = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Long> busy = new LinkedHashMap<>();
        calls.keySet().forEach(t -> {
            samples.put(t, new long[200_000]);
            counts.put(t, 0);
            busy.put(t, 0L);
        });
        int size = calls.values().iterator().next().size();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        for (int i = 0; System.nanoTime() < deadline; i++) {
            for (var e : calls.entrySet()) {
                long t0 = System.nanoTime();
                e.getValue().get(i % size).run();
                long took = System.nanoTime() - t0;
                int n = counts.get(e.getKey());
                samples.get(e.getKey())[n] = took;
                counts.put(e.getKey(), n + 1);
                busy.merge(e.getKey(), took, Long::sum);
            }
        }
        Map<String, Stats> out = new LinkedHashMap<>();
        for (String t : calls.keySet()) {
            out.put(t, stats(1, Arrays.copyOf(samples.get(t), counts.get(t)), busy.get(t) / 1e9, 0));
        }
        return out;
    }

    /** Each client loops over the mix from its own offset until the time is up; latency per search. */
    private static Stats measure(List<Call> calls, int clients, int seconds) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<long[]> perClient = new ArrayList<>();
        int[] counts = new int[clients];
        CountDownLatch done = new CountDownLatch(clients);
        Throwable[] failure = new Throwable[1];
        AtomicLong failed = new AtomicLong();
        for (int c = 0; c < clients; c++) {
            long[] samples = new long[200_000];
            perClient.add(samples);
            int client = c;
            Thread.ofPlatform().start(() -> {
                int i = client * 7;
                try {
                    while (!stop.get()) {
                        long t0 = System.nanoTime();
                        try {
                            calls.get(i++ % calls.size()).run();
                        } catch (IllegalStateException answeredBadly) {
                            failed.incrementAndGet(); // counted and printed: a benchmark reports, it does not stop
                            if (failure[0] == null && failed.get() == 1) {
                                System.err.println("first failure: " + answeredBadly.getMessage());
                            }
                        }
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
        return stats(clients, all, elapsed, failed.get());
    }

    private static Stats stats(int clients, long[] nanos, double seconds, long failed) {
        Arrays.sort(nanos);
        int n = nanos.length;
        return new Stats(
                clients, n, seconds, nanos[n / 2] / 1e6, nanos[Math.min(n - 1, (int) (n * 0.99))] / 1e6, failed);
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
