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
import jp.policysearch.es.NodeException;
import jp.policysearch.es.NodeSettings;

/**
 * One real local Elasticsearch per test run, started by the product's own {@link LocalNode} code and shared by every
 * integration test. A test that cannot get one fails with the reason; it never skips.
 */
public final class TestCluster {

    private static LocalNode node;
    private static Config config;
    private static RuntimeException failure;
    private static final int START_ATTEMPTS = 5;

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
            node = startOnFreePorts(NodeSettings.from(base, BuildInfo.load())
                    .withBaseDir(projectDir().resolve("target").resolve("test-node")));
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
     * Starts a node on a port pair that was free a moment ago. Between the check and the node binding its ports,
     * another program (another test run on the machine) may take one: then the start is tried again on another pair,
     * and only a start that failed for another reason, or {@link #START_ATTEMPTS} times, fails.
     */
    static LocalNode startOnFreePorts(NodeSettings settings) {
        NodeException last = null;
        for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
            try {
                return LocalNode.start(settings.withHttpPort(freePortPair()));
            } catch (NodeException e) {
                if (!portTaken(e)) {
                    throw e;
                }
                last = e;
            }
        }
        throw last;
    }

    /** Whether a failed start was a port taken after it was found free (our check, or the node's own bind). */
    static boolean portTaken(NodeException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("is in use by another program")
                || m.contains("BindException")
                || m.contains("Address already in use");
    }

    /** A free port whose neighbour 100 above (the node's transport port) is free too. */
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
