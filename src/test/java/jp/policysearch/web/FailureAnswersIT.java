package jp.policysearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jp.policysearch.Config;
import jp.policysearch.es.Cluster;
import jp.policysearch.testsupport.Forwarder;
import jp.policysearch.testsupport.Http;
import jp.policysearch.testsupport.TestCluster;
import org.junit.jupiter.api.Test;

/** 500 is a bug (with an error id that is in the log), 503 only when Elasticsearch cannot be reached. */
class FailureAnswersIT {

    @Test
    void a_request_elasticsearch_rejects_is_a_500_with_an_error_id_that_is_also_logged() throws Exception {
        // an index behind the alias without our mappings: the facet aggregation on a text field is refused (HTTP 400)
        Config config = TestCluster.config().withIndexAlias("failure-it");
        try (Cluster cluster = TestCluster.cluster()) {
            cluster.indexingClient()
                    .indices()
                    .delete(d -> d.index("failure-it-1").ignoreUnavailable(true));
            cluster.indexingClient()
                    .indices()
                    .create(c -> c.index("failure-it-1").aliases("failure-it", a -> a));
            cluster.indexingClient()
                    .index(i -> i.index("failure-it-1")
                            .id("x")
                            .refresh(Refresh.True)
                            .document(Map.of("areas", "量子", "text", "量子暗号")));
            Javalin app = WebServer.create(config, cluster).start();
            PrintStream stderr = System.err;
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            try {
                System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
                Http.Response r = Http.get("http://localhost:" + app.port() + "/api/search?q=%E9%87%8F%E5%AD%90");
                System.setErr(stderr);
                assertThat(r.status()).isEqualTo(500);
                String id = r.json().path("error").path("id").asText();
                assertThat(id).matches("[0-9a-f]{8}");
                assertThat(r.json().path("error").path("message").asText())
                        .contains(id)
                        .contains("内部エラー")
                        .doesNotContain("Exception")
                        .doesNotContain("failure-it");
                assertThat(r.header("Retry-After")).isNull();
                assertThat(log.toString(StandardCharsets.UTF_8)).contains("Unexpected error " + id);
            } finally {
                System.setErr(stderr);
                app.stop();
                cluster.indexingClient().indices().delete(d -> d.index("failure-it-1"));
            }
        }
    }

    @Test
    void elasticsearch_unreachable_is_a_503_with_retry_after() {
        Forwarder nowhere = Forwarder.onFreePort(TestCluster.node().url().getPort()); // never started
        Config config = TestCluster.config().withCluster("http://127.0.0.1:" + nowhere.port(), 0);
        try (Cluster cluster = Cluster.open(config)) {
            Javalin app = WebServer.create(config, cluster).start();
            try {
                Http.Response api = Http.get("http://localhost:" + app.port() + "/api/search?q=x");
                assertThat(api.status()).isEqualTo(503);
                assertThat(api.header("Retry-After")).isEqualTo("5");
                assertThat(api.json().path("error").path("code").asText()).isEqualTo("search_unavailable");
                Http.Response status = Http.get("http://localhost:" + app.port() + "/api/status");
                assertThat(status.status()).isEqualTo(503);
                Http.Response page = Http.get("http://localhost:" + app.port() + "/search?q=x");
                assertThat(page.status()).isEqualTo(503);
                assertThat(page.header("Retry-After")).isEqualTo("5");
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void readyz_is_not_ready_while_the_search_index_is_red() throws Exception {
        Config config = TestCluster.config().withIndexAlias("red-it");
        try (Cluster cluster = TestCluster.cluster()) {
            var es = cluster.indexingClient();
            es.indices().delete(d -> d.index("red-it-1").ignoreUnavailable(true));
            // a shard that may live on no node: the index stays red, as when a full disk lost its shards
            es.indices()
                    .create(c -> c.index("red-it-1")
                            .aliases("red-it", a -> a)
                            .waitForActiveShards(w -> w.count(0))
                            .settings(st -> st.numberOfReplicas("0")
                                    .otherSettings("index.routing.allocation.require._name", JsonData.of("nowhere"))));
            Javalin app = WebServer.create(config, cluster).start();
            try {
                Http.Response r = Http.get("http://localhost:" + app.port() + "/readyz");
                assertThat(r.status()).isEqualTo(503);
                assertThat(r.json().path("reason").asText())
                        .contains("'red-it'")
                        .contains("red");
            } finally {
                app.stop();
                es.indices().delete(d -> d.index("red-it-1"));
            }
        }
    }

    @Test
    void the_local_node_has_disk_watermarks_on_and_stops_slow_searches_itself() {
        Http.Response settings = Http.get(
                TestCluster.node().url() + "/_cluster/settings?include_defaults=true&flat_settings=true",
                TestCluster.authorization());
        var all = settings.json();
        assertThat(setting(all, "cluster.routing.allocation.disk.threshold_enabled"))
                .isEqualTo("true");
        assertThat(setting(all, "cluster.routing.allocation.disk.watermark.flood_stage"))
                .isEqualTo("200mb");
        assertThat(setting(all, "search.default_search_timeout")).isEqualTo("9s");
    }

    private static String setting(JsonNode all, String name) {
        for (String part : new String[] {"persistent", "transient", "defaults"}) {
            if (all.path(part).has(name)) {
                return all.path(part).path(name).asText();
            }
        }
        return null;
    }
}
