package jp.policysearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.policysearch.Config;
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
 * {@code version_change} and {@code changed_figures} in the index: written by a full index, and computed again for
 * the other document's sections when a version is replaced or removed with add/remove (on a copy of the corpus).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VersionFieldsIT {

    private static final String ALIAS = "version-fields-it";
    private static final String DIGITAL = "digital-cyber-roadmap-2026";
    private static final String DIGITAL_FILE = "001_0dddb960a8ba646a.txt";
    private static final String GOAL = "growth-roadmap-2026/c05/goal";

    @TempDir
    static Path temp;

    private static Path corpus;
    private static Cluster cluster;
    private static ElasticsearchClient client;
    private static CorpusUpdater updater;

    @BeforeAll
    static void start() throws IOException {
        corpus = temp.resolve("corpus");
        CorpusFolder.copy(corpus, name -> true);
        Config config = TestCluster.config().withIndexAlias(ALIAS).withCorpusDir(corpus);
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

    private static JsonNode section(String id) throws IOException {
        var hits = client.search(
                        s -> s.index(ALIAS).query(q -> q.term(t -> t.field("id").value(id))), ObjectNode.class)
                .hits()
                .hits();
        assertThat(hits).as(id).hasSize(1);
        return hits.get(0).source();
    }

    @Test
    @Order(1)
    void a_full_index_writes_the_fields_of_sections_with_versions_only() throws IOException {
        assertThat(section(GOAL).path("version_change").asText()).isEqualTo("変更あり");
        assertThat(section(GOAL).path("changed_figures").asInt()).isEqualTo(7);
        assertThat(section(DIGITAL + "/c06/goal").path("changed_figures").asInt())
                .isEqualTo(7);
        // the cyber-security card's path: reworded, no figure changed
        assertThat(section("growth-roadmap-2026/c02/path")
                        .path("version_change")
                        .asText())
                .isEqualTo("変更あり");
        assertThat(section("growth-roadmap-2026/c02/path")
                        .path("changed_figures")
                        .asInt())
                .isZero();
        // a 再掲 slide with the same text
        assertThat(section("semiconductor-digital-strategy-2023/p094")
                        .path("version_change")
                        .asText())
                .isEqualTo("変更なし");
        assertThat(section("growth-roadmap-2026/c01/goal").has("version_change"))
                .isFalse();
        assertThat(section("growth-roadmap-2026/c01/goal").has("changed_figures"))
                .isFalse();
    }

    @Test
    @Order(2)
    void re_indexing_one_version_updates_the_other_documents_sections() throws IOException {
        // the new draft agrees with 000 on the shipment value (001:775 約70兆円 → 約72兆円): one figure fewer differs
        List<String> lines = Files.readAllLines(corpus.resolve(DIGITAL_FILE));
        int line = 774;
        assertThat(lines.get(line)).contains("約70兆円");
        lines.set(line, lines.get(line).replace("約70兆円", "約72兆円"));
        // edited in place, as staff edit a listed file: the watcher's repair re-indexes it (its manifest entry kept)
        Files.write(corpus.resolve(DIGITAL_FILE), lines);
        assertThat(updater.repair().reindexed()).containsExactly(DIGITAL);
        assertThat(section(DIGITAL + "/c06/goal").path("changed_figures").asInt())
                .isEqualTo(6);
        assertThat(section(GOAL).path("changed_figures").asInt()).isEqualTo(6);
        assertThat(section(GOAL).path("version_change").asText()).isEqualTo("変更あり");
    }

    @Test
    @Order(3)
    void removing_the_other_version_clears_the_fields() throws IOException {
        updater.remove(DIGITAL);
        JsonNode goal = section(GOAL);
        assertThat(goal.path("version_change").isMissingNode()
                        || goal.path("version_change").isNull())
                .as(goal.toString())
                .isTrue();
        assertThat(goal.path("changed_figures").isMissingNode()
                        || goal.path("changed_figures").isNull())
                .isTrue();
        // the reprints of the semiconductor deck keep theirs
        assertThat(section("semiconductor-digital-strategy-2023/p094")
                        .path("version_change")
                        .asText())
                .isEqualTo("変更なし");
    }
}
