package jp.policysearch.es;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.policysearch.BuildInfo;
import jp.policysearch.testsupport.Http;
import jp.policysearch.testsupport.TestCluster;
import org.junit.jupiter.api.Test;

class LocalNodeIT {

    @Test
    void the_node_is_green_and_has_our_analysis_plugin() {
        LocalNode node = TestCluster.node();
        assertThat(Http.get(node.url() + "/_cluster/health", TestCluster.authorization())
                        .json()
                        .path("status")
                        .asText())
                .isIn("green", "yellow");
        String plugins = Http.get(node.url() + "/_cat/plugins?h=component", TestCluster.authorization())
                .body();
        assertThat(plugins.strip()).isEqualTo(BuildInfo.load().pluginName());
    }

    @Test
    void starting_again_on_the_same_port_reuses_the_running_node_and_leaves_it_running() {
        LocalNode shared = TestCluster.node();
        NodeSettings settings = settings()
                .withBaseDir(TestCluster.projectDir().resolve("target/test-node"))
                .withHttpPort(shared.url().getPort());
        try (LocalNode again = LocalNode.start(settings)) {
            assertThat(again.owned()).isFalse();
            assertThat(again.url()).isEqualTo(shared.url());
        }
        assertThat(Http.get(shared.url() + "/_cluster/health", TestCluster.authorization())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void a_port_taken_by_another_program_is_a_clear_error() throws IOException {
        try (ServerSocket other = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread responder = Thread.ofVirtual().start(() -> answerGarbage(other));
            NodeSettings settings = settings()
                    .withBaseDir(TestCluster.projectDir().resolve("target/it-port-taken"))
                    .withHttpPort(other.getLocalPort());
            assertThatThrownBy(() -> LocalNode.start(settings))
                    .isInstanceOf(NodeException.class)
                    .hasMessageContaining("port " + other.getLocalPort() + " is in use by another program")
                    .hasMessageContaining("ES_PORT");
            responder.interrupt();
        }
    }

    @Test
    void a_corrupted_download_is_named_with_what_to_do() throws IOException {
        Path dir = Files.createDirectories(TestCluster.projectDir().resolve("target/it-corrupt"));
        Path zip = dir.resolve("elasticsearch-9.5.3.zip");
        Files.write(zip, "this is not a zip file".getBytes(StandardCharsets.UTF_8));
        NodeSettings base = settings();
        NodeSettings settings = new NodeSettings(
                base.version(),
                zip,
                base.pluginZip(),
                dir.resolve("node"),
                TestCluster.freePortPair(),
                base.heap(),
                base.javaHome(),
                base.startTimeout());
        assertThatThrownBy(() -> LocalNode.start(settings))
                .isInstanceOf(NodeException.class)
                .hasMessageContaining("is corrupted")
                .hasMessageContaining("download it afresh");
    }

    @Test
    void a_data_folder_that_cannot_be_created_is_a_clear_error() {
        NodeSettings settings = settings()
                .withBaseDir(Path.of("/proc/policy-search-cannot-write-here"))
                .withHttpPort(TestCluster.freePortPair());
        assertThatThrownBy(() -> LocalNode.start(settings))
                .isInstanceOf(NodeException.class)
                .hasMessageContaining("could not prepare the local Elasticsearch")
                .hasMessageContaining("POLICY_SEARCH_DATA");
    }

    private static NodeSettings settings() {
        return NodeSettings.from(TestCluster.baseConfig(), BuildInfo.load());
    }

    private static void answerGarbage(ServerSocket server) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.getOutputStream().write("SSH-2.0-not-elasticsearch\r\n".getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                return;
            }
        }
    }
}
