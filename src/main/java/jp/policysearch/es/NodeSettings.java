package jp.policysearch.es;

import java.nio.file.Path;
import java.time.Duration;
import jp.policysearch.BuildInfo;
import jp.policysearch.Config;

/**
 * What the local node needs: the distribution and plugin zips the Maven build produced, where its files live, its
 * port and heap, and the JDK it runs on.
 *
 * @param version         the Elasticsearch version
 * @param distributionZip Elasticsearch's integ-test-zip, copied by the build to {@code target/elasticsearch/}
 * @param pluginZip       our analysis plugin zip in {@code target/}
 * @param baseDir         where the node's files go (home, config, data, logs); may be moved when run as root
 * @param httpPort        the node's HTTP port; the transport port is this plus 100; 0: any free ports, which the
 *                        node binds itself and writes to its ports file (no window for another program to take them)
 * @param heap            JVM heap, e.g. {@code 512m}
 * @param javaHome        the JDK (21+) the node runs on
 * @param startTimeout    how long to wait for the cluster to become ready
 * @param security        the node's password (and HTTPS), or null (the default: a generated password, plain HTTP on
 *                        127.0.0.1; see {@link NodePassword})
 */
public record NodeSettings(
        String version,
        Path distributionZip,
        Path pluginZip,
        Path baseDir,
        int httpPort,
        String heap,
        Path javaHome,
        Duration startTimeout,
        NodeSecurity security) {

    /** How long the local node may take to become ready. */
    public static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    public NodeSettings(
            String version,
            Path distributionZip,
            Path pluginZip,
            Path baseDir,
            int httpPort,
            String heap,
            Path javaHome,
            Duration startTimeout) {
        this(version, distributionZip, pluginZip, baseDir, httpPort, heap, javaHome, startTimeout, null);
    }

    public static NodeSettings from(Config config, BuildInfo build) {
        Path target = config.projectDir().resolve("target");
        return new NodeSettings(
                build.elasticsearchVersion(),
                target.resolve("elasticsearch").resolve("elasticsearch-" + build.elasticsearchVersion() + ".zip"),
                target.resolve(build.pluginName() + "-" + build.version() + ".zip"),
                config.dataDir().resolve("node"),
                config.esPort(),
                config.esHeap(),
                Path.of(System.getProperty("java.home")),
                START_TIMEOUT);
    }

    public NodeSettings withBaseDir(Path dir) {
        return new NodeSettings(
                version, distributionZip, pluginZip, dir, httpPort, heap, javaHome, startTimeout, security);
    }

    public NodeSettings withHttpPort(int port) {
        return new NodeSettings(
                version, distributionZip, pluginZip, baseDir, port, heap, javaHome, startTimeout, security);
    }

    public NodeSettings withSecurity(NodeSecurity newSecurity) {
        return new NodeSettings(
                version, distributionZip, pluginZip, baseDir, httpPort, heap, javaHome, startTimeout, newSecurity);
    }

    public String scheme() {
        return security != null && security.tls() ? "https" : "http";
    }

    public int transportPort() {
        return httpPort == 0 ? 0 : httpPort + 100;
    }
}
