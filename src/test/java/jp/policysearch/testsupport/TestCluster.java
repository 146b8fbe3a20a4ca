package jp.policysearch.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import jp.policysearch.BuildInfo;
import jp.policysearch.Config;
import jp.policysearch.es.Cluster;
import jp.policysearch.es.LocalNode;
import jp.policysearch.es.NodeSettings;

/**
 * One real local Elasticsearch per test run, started by the product's own {@link LocalNode} code and shared by every
 * integration test. A test that cannot get one fails with the reason; it never skips.
 */
public final class TestCluster {

    private static LocalNode node;
    private static Config config;
    private static RuntimeException failure;

    private TestCluster() {}

    public static Path projectDir() {
        return Path.of(System.getProperty("policysearch.project.dir", "."))
                .toAbsolutePath()
                .normalize();
    }

    /**
     * The configuration of a test, from no environment variables at all: what the developer's shell exports
     * ({@code ES_URL}, {@code PORT}, {@code CORPUS_DIR}, ...) cannot change what a test runs against.
     */
    public static Config baseConfig() {
        return Config.fromMap(projectDir(), Map.of());
    }

    /** The configuration tests run with: the test node, a random web port. */
    public static synchronized Config config() {
        start();
        return config;
    }

    /** A client on the shared node; closing it leaves the node running for the other tests. */
    public static Cluster cluster() {
        return Cluster.attach(node(), config());
    }

    /** The {@code Authorization} header value of the test node's user, for tests that ask the node directly. */
    public static String authorization() {
        LocalNode n = node();
        return "Basic "
                + Base64.getEncoder().encodeToString((n.user() + ":" + n.password()).getBytes(StandardCharsets.UTF_8));
    }

    /** The environment a child command needs to use the test node as an external cluster. */
    public static Map<String, String> esEnvironment() {
        LocalNode n = node();
        return Map.of("ES_URL", n.url().toString(), "ES_USERNAME", n.user(), "ES_PASSWORD", n.password());
    }

    public static synchronized LocalNode node() {
        start();
        return node;
    }

    private static void start() {
        if (node != null) {
            return;
        }
        if (failure != null) {
            throw failure;
        }
        try {
            Config base = baseConfig().withPort(0);
            // port 0: the node binds free ports itself and names them in its ports file, so no other program (another
            // test run on the machine) can take a port between our choosing it and the node binding it
            node = LocalNode.start(NodeSettings.from(base, BuildInfo.load())
                    .withBaseDir(projectDir().resolve("target").resolve("test-node"))
                    .withHttpPort(0));
            // The node's password rides along, so a test that points ES_URL at the node (or a forwarder to it)
            // signs in as the app does.
            config = base.withCluster(null, node.url().getPort()).withCredentials(node.user(), node.password());
            Runtime.getRuntime().addShutdownHook(new Thread(node::close, "stop-test-node"));
        } catch (RuntimeException e) {
            failure = new IllegalStateException(
                    "integration tests need a local Elasticsearch and could not start one: " + e.getMessage(), e);
            throw failure;
        }
    }

    /**
     * A free port whose neighbour 100 above (the node's transport port) is free too, for tests that must name the
     * port to a child command (ES_PORT); it may be taken again before that command binds it.
     */
    public static int freePortPair() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port;
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = s.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            if (port + 100 > 65535) {
                continue;
            }
            try (ServerSocket t = new ServerSocket(port + 100, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException e) {
                // taken; try another
            }
        }
        throw new IllegalStateException("no free port pair for the test node");
    }
}
