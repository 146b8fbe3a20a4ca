package jp.policysearch.cli;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import jp.policysearch.Config;
import jp.policysearch.es.Cluster;
import jp.policysearch.es.NodeSettings;
import jp.policysearch.index.CorpusIndexer;
import jp.policysearch.index.CorpusWatcher;
import jp.policysearch.index.IndexingException;
import jp.policysearch.index.Progress;
import jp.policysearch.index.SectionIndexer;
import jp.policysearch.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve}: Elasticsearch (local or {@code ES_URL}), then the web server, until Ctrl-C or SIGTERM, which stop
 * the web server first and then the node this command started.
 */
final class ServeCommand {

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    private final Config config;
    private final boolean awaitNode;

    ServeCommand(Config config) {
        this(config, false);
    }

    /**
     * @param awaitNode the cluster is a local node still starting (the root process hands it to this unprivileged
     *                  JVM as soon as it launched it): wait for it before looking at the index
     */
    ServeCommand(Config config, boolean awaitNode) {
        this.config = config;
        this.awaitNode = awaitNode;
    }

    int run() {
        requirePortFree(config.port()); // before anything else: a second serve must not re-index the live alias
        Cluster cluster = Cluster.open(config);
        // Ctrl-C from here on stops what has started so far, the local node last: the JVM halts when the hook ends
        AtomicReference<Javalin> web = new AtomicReference<>();
        AtomicReference<CorpusWatcher> watching = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread shutdown = new Thread(
                () -> {
                    Optional.ofNullable(watching.get()).ifPresent(CorpusWatcher::close);
                    Optional.ofNullable(web.get()).ifPresent(started -> {
                        log.info("Shutting down");
                        started.stop();
                    });
                    cluster.close();
                    stopped.countDown();
                },
                "shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        Javalin app;
        try {
            app = WebServer.create(config, cluster); // reads no index: built while a starting node gets ready
            if (awaitNode) {
                awaitCluster(cluster);
            }
            indexIfStale(cluster);
            app.start();
            web.set(app);
        } catch (RuntimeException e) {
            cluster.close();
            try {
                Runtime.getRuntime().removeShutdownHook(shutdown);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs anyway; closing the cluster twice is harmless
            }
            if (causedBy(e, BindException.class)) {
                throw new Config.ConfigException("port " + config.port() + " is already in use (another policy-search "
                        + "serve?); stop that program or set PORT to a free port");
            }
            throw e; // a corpus or configuration error: the node this command started is stopped above
        }
        watching.set(new CorpusWatcher(cluster.indexingClient(), config, Duration.ofSeconds(2)).start());
        log.info("policy-search is serving on http://localhost:{} (Elasticsearch at {})", app.port(), cluster.url());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The web server listens on every interface; a port someone holds there is refused before the node starts. */
    static void requirePortFree(int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new Config.ConfigException("port " + port + " is already in use (another policy-search serve?); "
                    + "stop that program or set PORT to a free port. Nothing was started or re-indexed.");
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Until the cluster's health is green or yellow, as the root process waits for the node it started (which stops
     * this JVM if the node fails); past the node's start timeout, on as with any unreachable cluster.
     */
    private static void awaitCluster(Cluster cluster) {
        Instant deadline = Instant.now().plus(NodeSettings.START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try {
                HealthStatus status = cluster.client().cluster().health().status();
                if (status == HealthStatus.Green || status == HealthStatus.Yellow) {
                    return;
                }
            } catch (IOException | RuntimeException e) {
                // not listening yet, or not yet signing users in
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A user who edits corpus/ or index-mappings/ and restarts sees the change; otherwise no re-indexing. */
    private void indexIfStale(Cluster cluster) {
        CorpusIndexer indexer = new CorpusIndexer(cluster.indexingClient(), config);
        try {
            Optional<String> reason = indexer.staleReason();
            if (reason.isEmpty()) {
                log.info("The index is up to date with corpus/ and index-mappings/");
                return;
            }
            log.info("Indexing the corpus: {}", reason.get());
            SectionIndexer.Result result = indexer.index(total -> new Progress(System.out, false, total));
            log.info(
                    "Indexed {} sections into {} in {} ms",
                    result.sections(),
                    result.index(),
                    result.took().toMillis());
        } catch (IndexingException e) {
            log.error("Indexing failed; searches use the previous index if there is one. {}", e.getMessage());
        } catch (IOException | ElasticsearchException e) {
            log.error("Could not check the index in Elasticsearch: {}", e.getMessage());
        }
    }
}
