package jp.policysearch.cli;

import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.Javalin;
import jp.policysearch.Config;
import jp.policysearch.es.Cluster;
import jp.policysearch.web.WebServer;

/**
 * {@code serve}: Elasticsearch (local or {@code ES_URL}), then the web server, until Ctrl-C or SIGTERM, which stop
 * the web server first and then the node this command started.
 */
final class ServeCommand {

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    private final Config config;

    ServeCommand(Config config) {
        this.config = config;
    }

    int run() {
        Cluster cluster = Cluster.open(config);
        Javalin app;
        try {
            app = WebServer.create(config, cluster);
            app.start();
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Shutting down");
            app.stop();
            cluster.close();
            stopped.countDown();
        }, "shutdown"));
        log.info("policy-search is serving on http://localhost:{} (Elasticsearch at {})", app.port(), cluster.url());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
