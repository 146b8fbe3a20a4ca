package jp.policysearch.testsupport;

import io.javalin.Javalin;
import java.io.IOException;
import jp.policysearch.Config;
import jp.policysearch.es.Cluster;
import jp.policysearch.index.CorpusIndexer;
import jp.policysearch.index.Progress;
import jp.policysearch.search.HeavySearches;
import jp.policysearch.web.WebServer;

/**
 * The real corpus indexed under a test's own alias on the shared node, and the web server on a random port reading
 * it. One per test class; closing stops the server and leaves the index (the node is thrown away after the run).
 */
public final class CorpusServer implements AutoCloseable {

    private final Cluster cluster;
    private final Javalin app;
    private final Config config;

    private CorpusServer(Config config, Cluster cluster, Javalin app) {
        this.config = config;
        this.cluster = cluster;
        this.app = app;
    }

    public static CorpusServer start(String alias) {
        return start(alias, null);
    }

    /** As {@link #start(String)}, admitting heavy searches through {@code heavy} (null: the server's own). */
    public static CorpusServer start(String alias, HeavySearches heavy) {
        Config config = TestCluster.config().withIndexAlias(alias);
        Cluster cluster = TestCluster.cluster();
        CorpusIndexer indexer = new CorpusIndexer(cluster.indexingClient(), config);
        try {
            // the test node's files outlive a run: an index still matching corpus/ and the mappings is reused
            if (indexer.staleReason().isPresent()) {
                indexer.index(t -> Progress.silent());
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not prepare the " + alias + " index: " + e.getMessage(), e);
        }
        return new CorpusServer(
                config,
                cluster,
                (heavy == null ? WebServer.create(config, cluster) : WebServer.create(config, cluster, heavy)).start());
    }

    public String base() {
        return "http://localhost:" + app.port();
    }

    public int port() {
        return app.port();
    }

    public Config config() {
        return config;
    }

    public Cluster cluster() {
        return cluster;
    }

    @Override
    public void close() {
        app.stop();
        cluster.close();
    }
}
