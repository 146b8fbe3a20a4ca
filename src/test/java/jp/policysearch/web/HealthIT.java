package jp.policysearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.time.Duration;
import jp.policysearch.Config;
import jp.policysearch.es.Cluster;
import jp.policysearch.testsupport.Forwarder;
import jp.policysearch.testsupport.Http;
import jp.policysearch.testsupport.TestCluster;
import org.junit.jupiter.api.Test;

class HealthIT {

    @Test
    void healthz_is_ok_and_readyz_waits_for_the_search_alias() throws Exception {
        Config config = TestCluster.config().withIndexAlias("health-it");
        try (Cluster cluster = TestCluster.cluster()) {
            Javalin app = WebServer.create(config, cluster).start();
            try {
                String base = "http://localhost:" + app.port();
                assertThat(Http.get(base + "/healthz").status()).isEqualTo(200);
                Http.Response notReady = Http.get(base + "/readyz");
                assertThat(notReady.status()).isEqualTo(503);
                assertThat(notReady.json().path("reason").asText())
                        .contains("'health-it'")
                        .contains("does not exist");

                cluster.client().indices().create(c -> c.index("health-it-1").aliases("health-it", a -> a));
                assertThat(Http.get(base + "/readyz").status()).isEqualTo(200);
            } finally {
                app.stop();
                cluster.client().indices().delete(d -> d.index("health-it-1"));
            }
        }
    }

    @Test
    void es_url_pointing_nowhere_gives_503_saying_so_rather_than_waiting_for_the_deadline_and_recovers_when_it_appears()
            throws Exception {
        Forwarder forwarder = Forwarder.onFreePort(TestCluster.node().url().getPort());
        Config config = TestCluster.config()
                .withCluster("http://127.0.0.1:" + forwarder.port(), 0)
                .withIndexAlias("health-it-2")
                .withEsTimeout(Duration.ofHours(1)); // an answer that waited for it would never come (Http's guard)
        try (forwarder;
                Cluster cluster = Cluster.open(config);
                Cluster real = TestCluster.cluster()) {
            real.client().indices().create(c -> c.index("health-it-2-1").aliases("health-it-2", a -> a));
            Javalin app = WebServer.create(config, cluster).start();
            try {
                String base = "http://localhost:" + app.port();
                Http.Response down = Http.get(base + "/readyz");
                assertThat(down.status()).isEqualTo(503);
                // refused, not timed out: the reason for a deadline would say "did not answer within the deadline"
                assertThat(down.json().path("reason").asText())
                        .contains("cannot be reached")
                        .doesNotContain("deadline");
                assertThat(Http.get(base + "/healthz").status()).isEqualTo(200);

                forwarder.start(false); // the cluster appears at the configured address
                assertThat(Http.get(base + "/readyz").status()).isEqualTo(200);
            } finally {
                app.stop();
                real.client().indices().delete(d -> d.index("health-it-2-1"));
            }
        }
    }
}
