package jp.policysearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import jp.policysearch.Config;
import jp.policysearch.es.Cluster;
import jp.policysearch.index.CorpusIndexer;
import jp.policysearch.index.CorpusUpdater;
import jp.policysearch.index.Progress;
import jp.policysearch.testsupport.CorpusFolder;
import jp.policysearch.testsupport.Http;
import jp.policysearch.testsupport.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents are added, replaced and removed while a few clients keep searching the running service over HTTP for
 * terms that other documents hold: not one answer fails and not one comes back empty.
 */
class LiveChangesIT {

    private static final String ALIAS = "live-changes-it";
    private static final String COUNCIL = "003_a080c5afe313da11.txt";
    private static final String REPORT = "004_2a231ee40087f7f5.txt";
    private static final String REPORT_ID = "ict-rd-trends-report-2025";
    private static final String EXTRA_ID = "council-materials-extra";
    private static final List<String> TERMS = List.of("研究開発", "デジタル", "経済産業省");
    private static final int CLIENTS = 3;
    /** Searches each change must overlap at least (a count, not a time). */
    private static final int SEARCHES_PER_CHANGE = 40;

    @TempDir
    static Path temp;

    private static Path corpus;
    private static Path inbox;
    private static Cluster cluster;
    private static CorpusUpdater updater;
    private static Javalin app;

    @BeforeAll
    static void start() throws IOException {
        corpus = CorpusFolder.copy(temp.resolve("corpus"), name -> true);
        inbox = Files.createDirectories(temp.resolve("inbox"));
        Config config = TestCluster.config().withIndexAlias(ALIAS).withCorpusDir(corpus);
        cluster = TestCluster.cluster();
        new CorpusIndexer(cluster.indexingClient(), config).index(total -> Progress.silent());
        updater = new CorpusUpdater(cluster.indexingClient(), config);
        app = WebServer.create(config, cluster).start();
    }

    @AfterAll
    static void stop() throws IOException {
        app.stop();
        CorpusFolder.dropIndices(cluster.indexingClient(), ALIAS);
        cluster.close();
    }

    @Test
    void add_replace_and_remove_under_search_load_give_no_failed_and_no_empty_answer() throws Exception {
        List<String> council = Files.readAllLines(corpus.resolve(COUNCIL));
        List<String> report = Files.readAllLines(corpus.resolve(REPORT));
        Load load = new Load("http://localhost:" + app.port());
        load.start();
        try {
            load.await(SEARCHES_PER_CHANGE);
            updater.add(extra(write("extra-v1.txt", revised(council, "（追補）", council.size()))));
            load.await(SEARCHES_PER_CHANGE);
            updater.add(extra(write("extra-v2.txt", revised(council, "（追補二）", council.size() / 2))));
            load.await(SEARCHES_PER_CHANGE);
            CorpusUpdater.Added replaced = updater.add(new CorpusUpdater.Request(
                    write("report-revised.txt", revised(report, "（改訂版）", report.size() * 3 / 4)),
                    REPORT_ID,
                    null,
                    List.of("総務省"),
                    "2025-03",
                    "report"));
            assertThat(replaced.replaced()).isTrue();
            load.await(SEARCHES_PER_CHANGE);
            updater.remove(EXTRA_ID);
            load.await(SEARCHES_PER_CHANGE);
            updater.remove(REPORT_ID);
            load.await(SEARCHES_PER_CHANGE);
        } finally {
            load.stop();
        }
        assertThat(load.failed).as("failed answers").isEmpty();
        assertThat(load.empty).as("empty answers").isEmpty();
        assertThat(load.searches.get()).isGreaterThanOrEqualTo(6 * SEARCHES_PER_CHANGE);
        assertThat(Files.readString(corpus.resolve("manifest.json")))
                .doesNotContain(EXTRA_ID)
                .doesNotContain(REPORT_ID);
    }

    private static CorpusUpdater.Request extra(Path file) {
        return new CorpusUpdater.Request(file, EXTRA_ID, "参考資料（追補）", List.of("経済産業省"), "2025-07", "slide-deck");
    }

    /** The first {@code keep} lines, one of them marked so the file differs from the original. */
    private static List<String> revised(List<String> lines, String mark, int keep) {
        List<String> out = new ArrayList<>(lines.subList(0, keep));
        out.set(keep / 2, out.get(keep / 2) + mark);
        return out;
    }

    private static Path write(String name, List<String> lines) throws IOException {
        return Files.write(inbox.resolve(name), lines, StandardCharsets.UTF_8);
    }

    /** {@value #CLIENTS} clients searching in a loop until stopped; every answer is counted. */
    private static final class Load {
        final List<String> failed = Collections.synchronizedList(new ArrayList<>());
        final List<String> empty = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger searches = new AtomicInteger();
        final AtomicBoolean running = new AtomicBoolean(true);
        final List<Thread> threads = new ArrayList<>();
        final String base;

        Load(String base) {
            this.base = base;
        }

        void start() {
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                threads.add(Thread.ofPlatform().name("search-load-" + c).start(() -> run(client)));
            }
        }

        private void run(int client) {
            for (int n = client; running.get(); n++) {
                String term = TERMS.get(n % TERMS.size());
                String url = base + "/api/search?q=" + URLEncoder.encode(term, StandardCharsets.UTF_8);
                try {
                    Http.Response r = Http.get(url);
                    if (r.status() != 200) {
                        failed.add(term + ": " + r.status() + " " + r.body());
                    } else if (r.json().path("total").asLong() == 0
                            || r.json().path("hits").isEmpty()) {
                        empty.add(term);
                    }
                } catch (AssertionError e) {
                    failed.add(term + ": " + e.getMessage());
                }
                searches.incrementAndGet();
            }
        }

        /** Lets at least {@code n} more searches finish (a count, not a time); stops early when they all fail. */
        void await(int n) throws InterruptedException {
            int target = searches.get() + n;
            while (searches.get() < target && failed.size() < 100) {
                Thread.sleep(5);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread t : threads) {
                t.join();
            }
        }
    }
}
