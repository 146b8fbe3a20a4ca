package jp.policysearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.Map;
import jp.policysearch.Config;
import jp.policysearch.es.Cluster;
import jp.policysearch.search.SearchRobustnessIT;
import jp.policysearch.testsupport.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests broken before any search runs answer 400 with the API's JSON error, with no Elasticsearch needed. */
class BrokenRequestsTest {

    private static Cluster cluster;
    private static Javalin app;

    @BeforeAll
    static void start() {
        Config config = Config.fromMap(Path.of("."), Map.of("ES_URL", "http://127.0.0.1:9", "PORT", "0"));
        cluster = Cluster.open(config);
        app = WebServer.create(config, cluster).start();
    }

    @AfterAll
    static void stop() {
        app.stop();
        cluster.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/sections/%uD83D", "/api/documents/%29%29+%uD83D"})
    void a_broken_escape_javalin_decodes_is_a_400_in_json(String target) throws Exception {
        RawHttp.Answer answer = SearchRobustnessIT.send(app.port(), target);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.header("content-type")).as(answer.toString()).startsWith("application/json");
        assertThat(answer.body()).contains("\"error\"").contains("\"code\"").contains("\"message\"");
    }

    /** Jetty rejects these before Javalin sees them: a 400, but with an empty body (see JsonErrorHandler). */
    @ParameterizedTest
    @ValueSource(strings = {"/api/documents/%ZZ", "/api/documents/%00", "/api/sections/%", "/api/documents/%2"})
    void a_path_jetty_cannot_decode_is_a_400(String target) throws Exception {
        assertThat(SearchRobustnessIT.send(app.port(), target).status()).isEqualTo(400);
    }
}
