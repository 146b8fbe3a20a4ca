package jp.policysearch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import jp.policysearch.Config;
import jp.policysearch.corpus.CorpusException;
import jp.policysearch.es.Cluster;
import jp.policysearch.testsupport.CorpusFolder;
import jp.policysearch.testsupport.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * add / replace / remove of one document in the live index, on a copy of the real corpus: searches running
 * meanwhile never fail, never come back empty and never see two generations of a document; an add killed at each
 * stage leaves one version visible and is repaired; bad files are refused and change nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorpusUpdaterIT {

    private static final String ALIAS = "updater-it";
    private static final String DOC = "council-materials-copy";
    private static final String SOURCE = "003_a080c5afe313da11.txt";

    @TempDir
    static Path temp;

    private static Path corpus;
    private static Path inbox;
    private static Config config;
    private static Cluster cluster;
    private static ElasticsearchClient client;
    private static CorpusUpdater updater;

    @BeforeAll
    static void start() throws IOException {
        corpus = temp.resolve("corpus");
        inbox = temp.resolve("inbox");
        Files.createDirectories(inbox);
        CorpusFolder.copy(corpus, name -> true);
        config = TestCluster.config().withIndexAlias(ALIAS).withCorpusDir(corpus);
        cluster = TestCluster.cluster();
        client = cluster.indexingClient();
        new CorpusIndexer(client, config).index(total -> Progress.silent());
        updater = new CorpusUpdater(client, config);
    }

    @AfterAll
    static void stop() throws IOException {
        CorpusFolder.dropIndices(client, ALIAS);
        cluster.close();
    }

    @Test
    @Order(1)
    void add_replace_and_remove_while_searching_never_fail_never_come_back_empty_and_never_mix_versions()
            throws Exception {
        List<String> lines = Files.readAllLines(corpus.resolve(SOURCE));
        Path first = write("council-v1.txt", changed(lines, "第一版", lines.size()));
        Path second = write("council-v2.txt", changed(lines, "第二版", lines.size() * 2 / 3));

        SearchLoad load = new SearchLoad();
        load.start();
        CorpusUpdater.Added added = updater.add(request(first));
        load.await(20);
        // a near-copy of 003: its sections join the version groups of 003's sections, which still lead them
        long grouped = client.count(c -> c.index(ALIAS)
                        .query(q -> q.bool(b -> b.filter(
                                        f -> f.term(t -> t.field("doc").value(DOC)))
                                .filter(f ->
                                        f.prefix(p -> p.field("group_key").value("meti-council-materials-2025/"))))))
                .count();
        assertThat(grouped).isGreaterThan(added.sections() / 2);
        CorpusUpdater.Added replaced = updater.add(request(second));
        load.await(20);
        Map<String, Long> afterReplace = visible();
        updater.remove(DOC);
        load.await(20);
        load.stop();

        assertThat(load.failures).isEmpty();
        assertThat(load.searches.get()).isGreaterThan(60);
        assertThat(added.sections()).isGreaterThan(replaced.sections()).isGreaterThan(0);
        assertThat(replaced.replaced()).isTrue();
        assertThat(afterReplace.values()).containsExactly(replaced.sections());
        assertThat(visible()).isEmpty();
        assertThat(new DocumentIndexer(client, ALIAS).hidden(new DocumentIndexer(client, ALIAS).liveIndex()))
                .isEmpty();
        assertThat(Files.readString(corpus.resolve("manifest.json"))).doesNotContain(DOC);
        assertThat(new CorpusIndexer(client, config).staleReason()).isEmpty();
    }

    /** Generations of the test document visible through the alias, with their section counts. */
    private static Map<String, Long> visible() throws IOException {
        SearchResponse<Void> r = client.search(
                s -> s.index(ALIAS)
                        .size(0)
                        .query(q -> q.term(t -> t.field("doc").value(DOC)))
                        .aggregations(
                                "g", a -> a.terms(t -> t.field("generation").size(10))),
                Void.class);
        Map<String, Long> out = new TreeMap<>();
        r.aggregations()
                .get("g")
                .sterms()
                .buckets()
                .array()
                .forEach(b -> out.put(b.key().stringValue(), b.docCount()));
        return out;
    }

    /** Searches in a loop: each must succeed, find something, and see at most one generation of the document. */
    private static final class SearchLoad {
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger searches = new AtomicInteger();
        final AtomicBoolean running = new AtomicBoolean(true);
        Thread thread;

        void start() {
            thread = Thread.ofPlatform().start(() -> {
                while (running.get()) {
                    try {
                        SearchResponse<Void> r = cluster.client()
                                .search(
                                        s -> s.index(ALIAS)
                                                .size(0)
                                                .query(q -> q.match(
                                                        m -> m.field("text").query("経済産業省")))
                                                .aggregations(
                                                        "g",
                                                        a -> a.filter(f -> f.term(t -> t.field("doc")
                                                                        .value(DOC)))
                                                                .aggregations(
                                                                        "gen",
                                                                        g -> g.terms(t -> t.field("generation")))),
                                        Void.class);
                        if (r.hits().total().value() == 0) {
                            failures.add("empty result");
                        }
                        int generations = r.aggregations()
                                .get("g")
                                .filter()
                                .aggregations()
                                .get("gen")
                                .sterms()
                                .buckets()
                                .array()
                                .size();
                        if (generations > 1) {
                            failures.add("saw " + generations + " generations of " + DOC + " at once");
                        }
                        searches.incrementAndGet();
                    } catch (Exception e) {
                        failures.add(e.toString());
                    }
                }
            });
        }

        /** Lets at least {@code n} more searches run (a count, not a time). */
        void await(int n) throws InterruptedException {
            int target = searches.get() + n;
            while (searches.get() < target && thread.isAlive() && failures.size() < 100) {
                Thread.sleep(5);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }
    }

    @Test
    @Order(2)
    void an_add_killed_at_any_stage_leaves_one_version_visible_and_the_next_run_repairs_it() throws Exception {
        List<String> lines = Files.readAllLines(corpus.resolve(SOURCE));
        updater.add(request(write("killed-base.txt", changed(lines, "基準版", lines.size()))));
        Map<String, Long> base = visible();
        int round = 0;
        for (DocumentIndexer.Stage stage : DocumentIndexer.Stage.values()) {
            Path next = write("killed-" + stage + ".txt", changed(lines, "中断" + round++, lines.size() / 2));
            Process child = childAdd(next, stage);
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue())
                    .as("the child was stopped at " + stage + ": "
                            + Files.readString(temp.resolve("child-" + stage + ".log")))
                    .isEqualTo(137);

            Map<String, Long> seen = visible();
            boolean switched = stage.compareTo(DocumentIndexer.Stage.SWITCHED) >= 0;
            assertThat(seen).as("after a kill at " + stage).hasSize(1);
            assertThat(seen.equals(base))
                    .as("the old version is visible after a kill at " + stage)
                    .isEqualTo(!switched);

            CorpusUpdater.Repaired repaired = updater.repair();
            assertThat(repaired.any()).as("something to repair after " + stage).isTrue();
            assertThat(new DocumentIndexer(client, ALIAS).hidden(new DocumentIndexer(client, ALIAS).liveIndex()))
                    .isEmpty();
            Map<String, Long> after = visible();
            boolean corpusHasNew =
                    Files.readString(corpus.resolve("manifest.json")).contains("killed-" + stage);
            assertThat(corpusHasNew).isEqualTo(stage.compareTo(DocumentIndexer.Stage.CORPUS_WRITTEN) >= 0);
            // the index follows the corpus: the new version once the corpus has it, else the old one
            assertThat(after).hasSize(1);
            assertThat(after.equals(base))
                    .as("old version after repairing " + stage)
                    .isEqualTo(!corpusHasNew);
            assertThat(new CorpusIndexer(client, config).staleReason()).isEmpty();
            base = after;
        }
        updater.remove(DOC);
    }

    private static Process childAdd(Path file, DocumentIndexer.Stage stage) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "-Dpolicysearch.project.dir=" + TestCluster.projectDir(),
                "-Dpolicysearch.halt-at=" + stage.name(),
                "jp.policysearch.cli.Main",
                "add",
                file.toString(),
                "--id",
                DOC,
                "--kind",
                "slide-deck",
                "--issuer",
                "経済産業省",
                "--date",
                "2025-07",
                "--title",
                "参考資料（写し）");
        pb.environment().putAll(TestCluster.esEnvironment());
        pb.environment().put("CORPUS_DIR", corpus.toString());
        pb.environment().put("INDEX_ALIAS", ALIAS);
        pb.environment().put("POLICY_SEARCH_CORPUS_USER", "root"); // the halted JVM is this one, not a child
        pb.redirectErrorStream(true)
                .redirectOutput(temp.resolve("child-" + stage + ".log").toFile());
        return pb.start();
    }

    @Test
    @Order(3)
    void bad_files_are_refused_naming_the_file_and_nothing_changes() throws Exception {
        Path empty = write("empty.txt", List.of("", "  "));
        Path binary = inbox.resolve("binary.txt");
        Files.write(binary, new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, 7, 8});
        Path latin1 = inbox.resolve("latin1.txt");
        Files.write(latin1, String.join("\n", "caf\u00e9", "r\u00e9sum\u00e9").getBytes(Charset.forName("ISO-8859-1")));
        Path duplicate = inbox.resolve("same-as-003.txt");
        Files.copy(corpus.resolve(SOURCE), duplicate);
        Path missing = inbox.resolve("missing.txt");

        String manifestBefore = Files.readString(corpus.resolve("manifest.json"));
        List<String> filesBefore = CorpusFolder.listing(corpus);
        long sectionsBefore = client.count(c -> c.index(ALIAS)).count();
        String liveBefore = new IndexAliases(client, ALIAS).live().orElseThrow();

        for (Path bad : List.of(empty, binary, latin1, duplicate, missing)) {
            assertThatThrownBy(() -> updater.add(request(bad)))
                    .as(bad.getFileName().toString())
                    .isInstanceOf(CorpusException.class)
                    .hasMessageContaining(bad.getFileName().toString());
            assertThat(Files.readString(corpus.resolve("manifest.json"))).isEqualTo(manifestBefore);
            assertThat(CorpusFolder.listing(corpus)).isEqualTo(filesBefore);
            assertThat(client.count(c -> c.index(ALIAS)).count()).isEqualTo(sectionsBefore);
            assertThat(new IndexAliases(client, ALIAS).live()).contains(liveBefore);
        }
        assertThatThrownBy(() -> updater.add(request(duplicate))).hasMessageContaining("meti-council-materials-2025");
    }

    private static CorpusUpdater.Request request(Path file) {
        return new CorpusUpdater.Request(file, DOC, "参考資料（写し）", List.of("経済産業省"), "2025-07", "slide-deck");
    }

    private static List<String> changed(List<String> lines, String mark, int keep) {
        List<String> out = new ArrayList<>(lines.subList(0, keep));
        out.set(keep / 2, out.get(keep / 2) + mark);
        return out;
    }

    private static Path write(String name, List<String> lines) throws IOException {
        Path file = inbox.resolve(name);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
