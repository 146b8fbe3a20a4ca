package jp.policysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.policysearch.BuildInfo;
import jp.policysearch.Config;
import jp.policysearch.corpus.CorpusException;
import jp.policysearch.es.Cluster;
import jp.policysearch.es.LocalNode;
import jp.policysearch.es.NodeSettings;
import jp.policysearch.index.IndexAliases;
import jp.policysearch.index.ProjectCopy;
import jp.policysearch.testsupport.TestCluster;
import org.junit.jupiter.api.Test;

/** The commands fail safe: a port in use is refused before anything is indexed; a broken corpus file is named. */
class CliSafetyIT {

    @Test
    void a_second_serve_on_a_taken_port_refuses_before_it_indexes_anything() throws Exception {
        Config config = TestCluster.config()
                .withCluster(TestCluster.node().url().toString(), 0)
                .withIndexAlias("serve-port-it");
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            assertThatThrownBy(() -> new ServeCommand(config.withPort(taken.getLocalPort())).run())
                    .isInstanceOf(Config.ConfigException.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + " is already in use");
        }
        try (Cluster cluster = TestCluster.cluster()) {
            IndexAliases aliases = new IndexAliases(cluster.indexingClient(), "serve-port-it");
            assertThat(aliases.family()).isEmpty();
            assertThat(aliases.live()).isEmpty();
        }
    }

    @Test
    void index_with_a_broken_kinds_file_names_file_and_line_and_exits_1() throws Exception {
        Path project = ProjectCopy.create(TestCluster.projectDir(), "cli-broken-kinds");
        Path kinds = project.resolve("corpus/kinds/report.json");
        Files.writeString(kinds, Files.readString(kinds).replaceFirst("\\{", "{\n  oops,"));
        Map<String, String> env = new HashMap<>(TestCluster.esEnvironment());
        env.put("INDEX_ALIAS", "cli-kinds-it");
        Config config = Config.fromMap(project, env);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new IndexCommand(config)
                .run(
                        List.of(),
                        new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(1);
        assertThat(message).containsPattern("kinds/report\\.json:2: ").doesNotContain("\tat ");
    }

    @Test
    void serve_with_a_broken_areas_file_stops_the_node_it_started() throws Exception {
        Path project = ProjectCopy.create(TestCluster.projectDir(), "cli-broken-areas");
        Files.createSymbolicLink(
                project.resolve("target/elasticsearch"),
                TestCluster.projectDir().resolve("target/elasticsearch"));
        Files.writeString(project.resolve("corpus/areas.json"), "{\"areas\": [");
        int port = TestCluster.freePortPair();
        Config config =
                Config.fromMap(project, Map.of("ES_PORT", String.valueOf(port), "PORT", "0", "ES_HEAP", "256m"));
        assertThatThrownBy(() -> new ServeCommand(config).run())
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("areas.json");
        NodeSettings settings = NodeSettings.from(config, BuildInfo.load());
        assertThat(LocalNode.status(settings)).startsWith("not running");
        try (ServerSocket free = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(free.getLocalPort()).isEqualTo(port); // nothing of ours listens there any more
        } catch (IOException e) {
            throw new AssertionError("the node serve started still holds port " + port, e);
        }
    }
}
