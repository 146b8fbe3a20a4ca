package jp.policysearch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import jp.policysearch.Config;
import jp.policysearch.Json;
import jp.policysearch.es.Cluster;
import jp.policysearch.testsupport.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A bad corpus never goes live: a build that loses a document or too many of its sections is refused (the alias
 * stays) unless forced; half-built indices of killed runs are deleted (never the live or previous one); a change of
 * the analysis plugin makes the index stale. On a copy of the project (corpus, mappings, plugin zip).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BuildSafetyIT {

    private static final String ALIAS = "guard-it";
    private static final String CUT_DOC = "growth-roadmap-2026";
    private static final String CUT_FILE = "000_3143894dff5fad24.txt";
    private static Path project;
    private static Config config;
    private static Cluster cluster;
    private static ElasticsearchClient client;
    private static CorpusIndexer indexer;

    @BeforeAll
    static void start() throws IOException {
        project = ProjectCopy.create(TestCluster.projectDir(), "guard-it");
        config = Config.fromMap(project, Map.of("INDEX_ALIAS", ALIAS))
                .withCluster(null, TestCluster.config().esPort());
        cluster = TestCluster.cluster();
        client = cluster.indexingClient();
        indexer = new CorpusIndexer(client, config);
        for (String index : indexer.aliases().family()) {
            client.indices().delete(d -> d.index(index));
        }
        indexer.index(total -> Progress.silent());
    }

    @AfterAll
    static void stop() throws Exception {
        for (String index : indexer.aliases().family()) {
            client.indices().delete(d -> d.index(index));
        }
        cluster.close();
    }

    @Test
    @Order(1)
    void a_document_cut_to_a_tenth_is_refused_naming_it_and_both_counts_and_the_alias_stays() throws Exception {
        String live = indexer.aliases().live().orElseThrow();
        long before = BuildGuard.counts(client, live).get(CUT_DOC);
        Path file = config.corpusDir().resolve(CUT_FILE);
        byte[] original = Files.readAllBytes(file);
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            Files.write(file, lines.subList(0, lines.size() / 10), StandardCharsets.UTF_8);
            assertThatThrownBy(() -> indexer.index(total -> Progress.silent()))
                    .isInstanceOf(IndexingException.class)
                    .hasMessageContaining("document '" + CUT_DOC + "' would go from " + before + " sections")
                    .hasMessageContaining("The alias stays on " + live)
                    .hasMessageContaining("--force");
            assertThat(indexer.aliases().live()).contains(live);
            assertThat(indexer.aliases().family()).containsExactly(live);
        } finally {
            Files.write(file, original);
        }
    }

    @Test
    @Order(2)
    void a_document_dropped_from_the_manifest_is_refused() throws Exception {
        String live = indexer.aliases().live().orElseThrow();
        Path manifest = config.corpusDir().resolve("manifest.json");
        String original = Files.readString(manifest);
        try {
            var root = (ObjectNode) Json.mapper().readTree(original);
            var docs = (ArrayNode) root.path("documents");
            docs.remove(docs.size() - 1);
            Files.writeString(manifest, Json.mapper().writeValueAsString(root));
            assertThatThrownBy(() -> indexer.index(total -> Progress.silent()))
                    .isInstanceOf(IndexingException.class)
                    .hasMessageContaining("would disappear");
            assertThat(indexer.aliases().live()).contains(live);
        } finally {
            Files.writeString(manifest, original);
        }
    }

    @Test
    @Order(3)
    void half_built_indices_of_a_killed_run_are_deleted_but_not_the_live_one_nor_one_still_being_built()
            throws Exception {
        String live = indexer.aliases().live().orElseThrow();
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        BuildMark dead = new BuildMark(BuildMark.ofThisProcess().host(), gone.pid(), "2000-01-01T00:00:00Z");
        String orphan = ALIAS + "-20000101-000000-000";
        String busy = ALIAS + "-20000101-000000-001";
        String unrelated = "guard-itx-20000101-000000-000"; // another alias family
        createMarked(orphan, dead);
        createMarked(busy, BuildMark.ofThisProcess());
        createMarked(unrelated, dead);
        try {
            assertThat(new OrphanIndices(client, indexer.aliases()).delete()).containsExactly(orphan);
            assertThat(indexer.aliases().family()).containsExactly(busy, live);
            assertThat(client.indices().exists(e -> e.index(unrelated)).value()).isTrue();
        } finally {
            client.indices().delete(d -> d.index(busy, unrelated).ignoreUnavailable(true));
        }
    }

    @Test
    @Order(4)
    void force_accepts_the_loss_and_keeps_the_previous_index_for_rollback() throws Exception {
        String live = indexer.aliases().live().orElseThrow();
        Path file = config.corpusDir().resolve(CUT_FILE);
        byte[] original = Files.readAllBytes(file);
        String orphan = ALIAS + "-20000101-000000-002";
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        createMarked(orphan, new BuildMark(BuildMark.ofThisProcess().host(), gone.pid(), "2000-01-01T00:00:00Z"));
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            Files.write(file, lines.subList(0, lines.size() / 10), StandardCharsets.UTF_8);
            SectionIndexer.Result forced = indexer.index(total -> Progress.silent(), true);
            assertThat(forced.previousIndex()).isEqualTo(live);
            assertThat(indexer.aliases().family()).containsExactly(live, forced.index());
            assertThat(BuildGuard.counts(client, forced.index()).get(CUT_DOC))
                    .isLessThan(BuildGuard.counts(client, live).get(CUT_DOC));
        } finally {
            Files.write(file, original);
        }
        indexer.aliases().rollback();
    }

    @Test
    @Order(5)
    void a_change_of_the_analysis_plugin_makes_the_index_stale() throws Exception {
        assertThat(indexer.staleReason()).isEmpty(); // rolled back to the index of the intact copy
        Path zip = AnalysisHash.pluginZip(config);
        Path saved = zip.resolveSibling("saved.zip");
        Files.copy(zip, saved, StandardCopyOption.REPLACE_EXISTING);
        try {
            ProjectCopy.addEntry(zip, "variants-extra.tsv", "髙\t高\n");
            assertThat(indexer.staleReason())
                    .hasValueSatisfying(reason -> assertThat(reason).contains("analysis plugin or its tables changed"));
        } finally {
            Files.move(saved, zip, StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(indexer.staleReason()).isEmpty();
    }

    private static void createMarked(String name, BuildMark mark) throws IOException {
        IndexMeta meta = new IndexMeta("now", "x", "y", "test", 0, 0);
        String body = IndexDefinition.load(config.mappingsDir()).body(1, 0, meta, mark.building());
        client.indices().create(c -> c.index(name).withJson(new StringReader(body)));
    }
}
