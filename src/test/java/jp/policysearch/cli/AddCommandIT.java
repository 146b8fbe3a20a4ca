package jp.policysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.policysearch.Config;
import jp.policysearch.Json;
import jp.policysearch.es.Cluster;
import jp.policysearch.index.CorpusIndexer;
import jp.policysearch.index.DocumentIndexer;
import jp.policysearch.index.IndexAliases;
import jp.policysearch.index.IndexMeta;
import jp.policysearch.index.Progress;
import jp.policysearch.testsupport.CorpusFolder;
import jp.policysearch.testsupport.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/policy-search add} as a person runs it, against the real node: a duplicate of a document already in the
 * corpus is refused naming the file and the document (exit 1, nothing changed); a roadmap added again under its id
 * keeps the parsing hints of its manifest entry; a change to an index built with other mappings is refused; a
 * failure injected after the switch is reported as what it left (the new version live, the rest owed), and the next
 * add finishes it.
 */
class AddCommandIT {

    private static final String ALIAS = "add-cli-it";
    private static final String COUNCIL = "003_a080c5afe313da11.txt";
    private static final String ROADMAP = "001_0dddb960a8ba646a.txt";
    private static final String ROADMAP_ID = "digital-cyber-roadmap-2026";
    private static final String ROADMAP_AREA = "デジタル・サイバーセキュリティ";

    @TempDir
    static Path temp;

    private static Path corpus;
    private static Path inbox;
    private static Config config;
    private static Cluster cluster;
    private static ElasticsearchClient client;

    @BeforeAll
    static void start() throws IOException {
        corpus = CorpusFolder.copy(temp.resolve("corpus"), name -> true);
        inbox = Files.createDirectories(temp.resolve("inbox"));
        config = TestCluster.config()
                .withCluster(TestCluster.node().url().toString(), 0)
                .withIndexAlias(ALIAS)
                .withCorpusDir(corpus);
        cluster = TestCluster.cluster();
        client = cluster.indexingClient();
        new CorpusIndexer(client, config).index(total -> Progress.silent());
    }

    @AfterAll
    static void stop() throws IOException {
        CorpusFolder.dropIndices(client, ALIAS);
        cluster.close();
    }

    @Test
    void a_duplicate_of_a_corpus_document_is_refused_naming_the_file_and_the_document_and_changes_nothing()
            throws IOException {
        Path copy = Files.copy(corpus.resolve(COUNCIL), inbox.resolve("council-copy.txt"));
        String manifestBefore = Files.readString(corpus.resolve("manifest.json"));
        List<String> filesBefore = CorpusFolder.listing(corpus);
        long sectionsBefore = client.count(c -> c.index(ALIAS)).count();
        String liveBefore = new IndexAliases(client, ALIAS).live().orElseThrow();

        for (List<String> flags : List.<List<String>>of(List.of(), List.of("--id", "council-copy"))) {
            List<String> args = new ArrayList<>(List.of(copy.toString()));
            args.addAll(flags);
            Run run = add(args);

            assertThat(run.exit).as(run.err).isEqualTo(1);
            assertThat(run.err)
                    .contains("council-copy.txt")
                    .contains("'meti-council-materials-2025'")
                    .contains("remove meti-council-materials-2025")
                    .doesNotContain("\tat ");
            assertThat(run.out).doesNotContain("Added");
            assertThat(Files.readString(corpus.resolve("manifest.json"))).isEqualTo(manifestBefore);
            assertThat(CorpusFolder.listing(corpus)).isEqualTo(filesBefore);
            assertThat(client.count(c -> c.index(ALIAS)).count()).isEqualTo(sectionsBefore);
            assertThat(new IndexAliases(client, ALIAS).live()).contains(liveBefore);
        }
    }

    @Test
    void a_roadmap_added_again_under_its_id_keeps_its_parsing_hints() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(corpus.resolve(ROADMAP)));
        int middle = lines.size() / 2;
        lines.set(middle, lines.get(middle) + "（改訂）");
        Path revised = Files.write(inbox.resolve("digital-roadmap-revised.txt"), lines, StandardCharsets.UTF_8);

        Run run = add(List.of(revised.toString(), "--id", ROADMAP_ID, "--kind", "roadmap"));

        assertThat(run.exit).as(run.err).isEqualTo(0);
        assertThat(run.out).startsWith("Replaced " + ROADMAP_ID);
        JsonNode entry = entry(ROADMAP_ID);
        assertThat(entry.path("file").asText()).isNotEqualTo(ROADMAP);
        assertThat(entry.path("parsing").path("area").asText()).isEqualTo(ROADMAP_AREA);
        long sections = count(ROADMAP_ID, null);
        assertThat(sections).isGreaterThan(10);
        assertThat(count(ROADMAP_ID, ROADMAP_AREA)).isEqualTo(sections);
    }

    @Test
    void a_change_to_an_index_built_with_other_mappings_is_refused_until_it_is_rebuilt() throws IOException {
        String live = new IndexAliases(client, ALIAS).live().orElseThrow();
        IndexMeta meta = new CorpusIndexer(client, config).meta(live);
        DocumentIndexer documents = new DocumentIndexer(client, ALIAS);
        documents.updateMeta(
                live,
                new IndexMeta(
                        meta.buildTime(),
                        meta.corpusHash(),
                        "mappings-of-an-older-version",
                        meta.projectVersion(),
                        meta.sectionCount(),
                        meta.documentCount(),
                        meta.analysisHash()));
        try {
            Path note = Files.writeString(
                    inbox.resolve("mappings-note.md"), "# 地域交通の手引き\n\n国土交通省\n\n## 1. 方針\n\n路線の再編と運転士の確保を一体で進める。\n");
            String manifestBefore = Files.readString(corpus.resolve("manifest.json"));
            long sectionsBefore = client.count(c -> c.index(ALIAS)).count();

            for (Run run : List.of(add(List.of(note.toString())), remove(ROADMAP_ID))) {
                assertThat(run.exit).as(run.err).isEqualTo(1);
                assertThat(run.err)
                        .contains("was built with other mappings")
                        .contains("bin/policy-search index")
                        .hasSizeLessThan(400);
            }
            assertThat(Files.readString(corpus.resolve("manifest.json"))).isEqualTo(manifestBefore);
            assertThat(client.count(c -> c.index(ALIAS)).count()).isEqualTo(sectionsBefore);
        } finally {
            documents.updateMeta(live, meta);
        }
    }

    @Test
    void a_failure_after_the_switch_says_what_it_left_and_the_next_add_finishes_it() throws IOException {
        String id = "late-failure-note";
        Path note = Files.writeString(
                inbox.resolve("late-failure.md"),
                "# 港湾物流の手引き\n\n国土交通省\n\n## 1. 方針\n\n荷役の自動化と脱炭素化を一体で進める。\n\n" + "## 2. 施策\n\n遠隔操作クレーンの導入を支援する。\n");
        assertThat(add(List.of(note.toString(), "--id", id)).exit).isZero();
        for (DocumentIndexer.Stage stage : List.of(DocumentIndexer.Stage.SWITCHED, DocumentIndexer.Stage.REPLACED)) {
            String revision = "遠隔操作クレーンの導入を" + stage.name().length() + "港で支援する。";
            Path revised = Files.writeString(
                    inbox.resolve("late-failure-" + stage + ".md"),
                    Files.readString(note).replace("遠隔操作クレーンの導入を支援する。", revision));
            Run failed = run((command, out, err) -> new AddCommand(config, reached -> {
                        if (reached == stage) {
                            throw new IllegalStateException("injected failure at " + reached);
                        }
                    })
                    .add(List.of(revised.toString(), "--id", id), out, err));

            assertThat(failed.exit).as(failed.err).isEqualTo(1);
            assertThat(failed.err)
                    .as(failed.err)
                    .contains("injected failure at " + stage)
                    .contains("the corpus folder and the live index have the new version of '" + id + "'")
                    .contains("the next add, remove or index finishes that")
                    .doesNotContain("not changed")
                    .doesNotContain("\tat ");
            // what the message says: the corpus and the searches have the new version, the rest is owed
            assertThat(entry(id).path("file").asText()).startsWith("late-failure-" + stage);
            assertThat(visibleText(id)).contains(revision);
            String live = new IndexAliases(client, ALIAS).live().orElseThrow();
            DocumentIndexer documents = new DocumentIndexer(client, ALIAS);
            assertThat(documents.hidden(live).isEmpty())
                    .as("old sections left hidden after a failure at " + stage)
                    .isEqualTo(stage == DocumentIndexer.Stage.REPLACED);
            assertThat(Files.exists(corpus.resolve(".policy-search-pending.json")))
                    .isTrue();
            assertThat(new CorpusIndexer(client, config).staleReason()).isPresent(); // build information owed

            // the next add (of another document) repairs it
            Path other = Files.writeString(
                    inbox.resolve("after-" + stage + ".md"),
                    "# 空港運用の手引き\n\n国土交通省\n\n## 1. 方針\n\n" + stage + " の後の文書。\n");
            Run next = add(
                    List.of(other.toString(), "--id", "after-" + stage.name().toLowerCase()));
            assertThat(next.exit).as(next.err).isZero();
            assertThat(documents.hidden(live)).isEmpty();
            assertThat(client.count(c -> c.index(live)
                                    .query(q -> q.term(t -> t.field("doc").value(id))))
                            .count())
                    .as("no old sections of " + id + " left in " + live)
                    .isEqualTo(count(id, null));
            assertThat(Files.exists(corpus.resolve(".policy-search-pending.json")))
                    .isFalse();
            assertThat(new CorpusIndexer(client, config).staleReason()).isEmpty();
        }
    }

    /** The text of every visible section of {@code doc}, joined. */
    private static String visibleText(String doc) throws IOException {
        StringBuilder out = new StringBuilder();
        client.search(
                        s -> s.index(ALIAS)
                                .size(100)
                                .query(q -> q.term(t -> t.field("doc").value(doc))),
                        JsonNode.class)
                .hits()
                .hits()
                .forEach(h -> out.append(h.source().path("text").asText()).append('\n'));
        return out.toString();
    }

    /** Sections of {@code doc} in the live index, with {@code area} among their areas when not null. */
    private static long count(String doc, String area) throws IOException {
        return client.count(c -> c.index(ALIAS)
                        .query(q -> q.bool(b -> {
                            b.filter(f -> f.term(t -> t.field("doc").value(doc)));
                            if (area != null) {
                                b.filter(f -> f.term(t -> t.field("areas").value(area)));
                            }
                            return b;
                        })))
                .count();
    }

    private static JsonNode entry(String id) throws IOException {
        for (JsonNode e :
                Json.mapper().readTree(corpus.resolve("manifest.json").toFile()).path("documents")) {
            if (e.path("id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no manifest entry " + id);
    }

    private record Run(int exit, String out, String err) {}

    private static Run add(List<String> args) {
        return run((command, out, err) -> command.add(args, out, err));
    }

    private static Run remove(String id) {
        return run((command, out, err) -> command.remove(List.of(id), out, err));
    }

    private interface Invocation {
        int run(AddCommand command, PrintStream out, PrintStream err);
    }

    private static Run run(Invocation invocation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = invocation.run(
                new AddCommand(config),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
