package jp.policysearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jp.policysearch.Config;
import jp.policysearch.corpus.DocumentInfo;
import jp.policysearch.corpus.ManifestReader;
import jp.policysearch.es.Cluster;
import jp.policysearch.testsupport.CorpusFolder;
import jp.policysearch.testsupport.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Markdown file dropped into the corpus folder while the watcher runs is added and becomes searchable. */
class CorpusWatcherIT {

    private static final String ALIAS = "watcher-it";

    @TempDir
    static Path temp;

    private static Config config;
    private static Cluster cluster;
    private static ElasticsearchClient client;

    @BeforeAll
    static void start() throws IOException {
        Path corpus = CorpusFolder.copy(temp.resolve("corpus"), name -> !name.startsWith("00")); // rules only
        Files.writeString(corpus.resolve("manifest.json"), "{\"documents\": []}\n");
        config = TestCluster.config().withIndexAlias(ALIAS).withCorpusDir(corpus);
        cluster = TestCluster.cluster();
        client = cluster.indexingClient();
    }

    @AfterAll
    static void stop() throws IOException {
        CorpusFolder.dropIndices(client, ALIAS);
        cluster.close();
    }

    /** Sections of the document that match 量子暗号; 0 while there is no index yet. */
    private static long found(String doc) throws IOException {
        if (new IndexAliases(client, ALIAS).live().isEmpty()) {
            return 0;
        }
        return client.search(
                        s -> s.index(ALIAS)
                                .size(0)
                                .query(q -> q.bool(b -> b.filter(
                                                f -> f.term(t -> t.field("doc").value(doc)))
                                        .must(m ->
                                                m.match(mm -> mm.field("text").query("量子暗号"))))),
                        Void.class)
                .hits()
                .total()
                .value();
    }

    @Test
    void a_dropped_markdown_file_is_parsed_inferred_and_indexed_and_a_broken_one_is_left_alone() throws Exception {
        Path corpus = config.corpusDir();
        try (CorpusWatcher watcher = new CorpusWatcher(client, config, Duration.ofMillis(200)).start()) {
            Files.write(corpus.resolve("broken.txt"), new byte[] {0, 0, 1, 2, 3, (byte) 0xff, 0});
            Files.writeString(
                    corpus.resolve("dx-guide.md"),
                    String.join(
                            "\n",
                            "# 地域デジタル化推進の手引き",
                            "",
                            "令和7年6月",
                            "",
                            "デジタル庁",
                            "",
                            "## 1. はじめに",
                            "",
                            "地域の中小企業が量子暗号を含む新しい技術を使えるよう、支援の考え方をまとめる。",
                            "",
                            "## 2. 支援の方針",
                            "",
                            "相談窓口を設け、専門家の派遣と補助金の案内を一体で行う。",
                            ""),
                    StandardCharsets.UTF_8);

            DocumentInfo added = null;
            long found = 0;
            for (int round = 0; round < 1200 && found == 0; round++) { // a bounded wait on a condition
                added = new ManifestReader()
                        .read(corpus.resolve(ManifestReader.MANIFEST)).entries().stream()
                                .filter(e -> e.file().equals("dx-guide.md"))
                                .findFirst()
                                .orElse(null);
                found = added == null ? 0 : found(added.id());
                if (found == 0) {
                    Thread.sleep(100);
                }
            }
            assertThat(added).as("the dropped file is in the manifest").isNotNull();
            assertThat(found).as("its sections are searchable").isPositive();
            assertThat(added.inferred()).containsKey("title");
            assertThat(added.title()).contains("地域デジタル化推進の手引き");
        }
        List<String> listed = new ManifestReader()
                .read(corpus.resolve(ManifestReader.MANIFEST)).entries().stream()
                        .map(DocumentInfo::file)
                        .toList();
        assertThat(listed).containsExactly("dx-guide.md");
        assertThat(corpus.resolve("broken.txt")).exists();
    }
}
