package jp.policysearch.web;

import static jp.policysearch.testsupport.Http.enc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import jp.policysearch.testsupport.PagesFixture;

/**
 * Not a test: times the search page against the JSON API for the same searches (warm, many rounds, the two
 * interleaved so both see the same Elasticsearch caches) and prints both and their ratio; the target is at most 1.2.
 * Uses the integration tests' kind of node and index. Run with {@code bin/policy-search bench pages [rounds]}.
 */
public final class PageBenchmark {

    private static final List<String> SEARCHES = List.of(
            "q=" + enc("量子"),
            "q=" + enc("量子 暗号") + "&area=" + enc("情報通信"),
            "q=GX",
            "q=" + enc("半導体") + "&ministry=" + enc("経済産業省") + "&sort=newest",
            "q=" + enc("サイバーセキュリティ 人材"),
            "q=" + enc("データセンター") + "&year=2026",
            "area=" + enc("AI・半導体"),
            "q=" + enc("蓄電池") + "&page=2",
            "q=" + enc("\"生成AI\" -規制"),
            "q=" + enc("宇宙 OR 海洋") + "&phase=" + enc("目標"));

    private PageBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        String base = PagesFixture.baseUrl();
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 30; i++) {
            for (String s : SEARCHES) {
                get(client, base + "/search?" + s);
                get(client, base + "/api/search?" + s);
            }
        }
        long[] page = new long[rounds * SEARCHES.size()];
        long[] api = new long[rounds * SEARCHES.size()];
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            for (String s : SEARCHES) {
                boolean pageFirst = (r + n) % 2 == 0;
                if (pageFirst) {
                    page[n] = get(client, base + "/search?" + s);
                    api[n] = get(client, base + "/api/search?" + s);
                } else {
                    api[n] = get(client, base + "/api/search?" + s);
                    page[n] = get(client, base + "/search?" + s);
                }
                n++;
            }
        }
        System.out.printf("%d searches x %d rounds, warm, one client%n", SEARCHES.size(), rounds);
        System.out.printf(
                "JSON API    : mean %.2f ms, p50 %.2f ms, p99 %.2f ms%n", mean(api), pct(api, 50), pct(api, 99));
        System.out.printf(
                "search page : mean %.2f ms, p50 %.2f ms, p99 %.2f ms%n", mean(page), pct(page, 50), pct(page, 99));
        System.out.printf(
                "ratio page/API: mean %.3f, p50 %.3f (target <= 1.2)%n",
                mean(page) / mean(api), pct(page, 50) / pct(api, 50));
        System.exit(0);
    }

    private static long get(HttpClient client, String url) throws Exception {
        long start = System.nanoTime();
        HttpResponse<byte[]> r = client.send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        long took = System.nanoTime() - start;
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
        return took;
    }

    private static double mean(long[] nanos) {
        return Arrays.stream(nanos).average().orElse(0) / 1e6;
    }

    private static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
