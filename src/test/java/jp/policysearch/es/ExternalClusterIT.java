package jp.policysearch.es;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.policysearch.BuildInfo;
import jp.policysearch.Config;
import jp.policysearch.testsupport.Http;
import jp.policysearch.testsupport.TestCertificates;
import jp.policysearch.testsupport.TestCluster;
import jp.policysearch.web.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The external-cluster path for real: a second local node with security and HTTPS on (keytool-made certificates, the
 * elastic user's password in the keystore, our plugin installed), reached through {@link EsClients} and the app's own
 * configuration exactly as {@code ES_URL}, {@code ES_USERNAME}/{@code ES_PASSWORD} or {@code ES_API_KEY}, and
 * {@code ES_CA_CERT} would configure it.
 */
class ExternalClusterIT {

    private static final String PASSWORD = "it-elastic-Passw0rd";
    private static final String INDEX = "external-sections";
    private static final String ALIAS = "external-sections-alias";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static LocalNode node;
    private static NodeSecurity security;

    @BeforeAll
    static void startSecuredNode() throws IOException {
        Path dir = TestCluster.projectDir().resolve("target").resolve("it-external");
        security = TestCertificates.create(dir.resolve("certs"), PASSWORD);
        NodeSettings settings = NodeSettings.from(TestCluster.baseConfig(), BuildInfo.load())
                .withBaseDir(dir.resolve("node"))
                .withHttpPort(TestCluster.freePortPair())
                .withSecurity(security);
        try {
            node = LocalNode.start(settings);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "the external-cluster test needs a local Elasticsearch with security and TLS "
                            + "and could not start one: " + e.getMessage(),
                    e);
        }
        try (ElasticsearchClient client = passwordClient(PASSWORD, security.caCert())) {
            createIndexFromMapping(client);
            client.index(i -> i.index(INDEX)
                    .id("quantum")
                    .document(Map.of(
                            "id",
                            "quantum",
                            "doc",
                            "roadmap",
                            "title",
                            "量子技術",
                            "areas",
                            List.of("量子"),
                            "year",
                            2025,
                            "text",
                            "量子暗号通信の社会実装を推進する。")));
            client.index(i -> i.index(INDEX)
                    .id("gx")
                    .document(Map.of(
                            "id",
                            "gx",
                            "doc",
                            "gx",
                            "title",
                            "GX",
                            "areas",
                            List.of("GX"),
                            "year",
                            2024,
                            // ⾏ is the Kangxi radical as the source PDF has it; the char filter folds it to 行.
                            "text",
                            "GX移⾏債の発行により脱炭素投資を支援する。")));
            client.indices().refresh(r -> r.index(INDEX));
            client.indices().putAlias(a -> a.index(INDEX).name(ALIAS));
        }
    }

    @AfterAll
    static void stopSecuredNode() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void the_node_speaks_https_only() {
        assertThat(node.url().getScheme()).isEqualTo("https");
    }

    @Test
    void user_and_password_over_tls_index_and_find_japanese_text_through_our_analyzers() throws IOException {
        try (ElasticsearchClient client = passwordClient(PASSWORD, security.caCert())) {
            assertThat(search(client, "社会実装")).containsExactly("quantum");
            assertThat(search(client, "GX移行債")).containsExactly("gx");
            assertThat(search(client, "推進")).containsExactly("quantum");
        }
    }

    /*
     * A real key cannot be made on this distribution: the security API stores keys in the .security index, whose
     * mapping needs analysis-common's pattern_capture filter, and the integ-test-zip has no analysis-common. So this
     * checks that ES_API_KEY reaches the cluster as an ApiKey credential and that a refused key is explained.
     */
    @Test
    void an_api_key_is_sent_as_such_and_a_refused_key_is_named_as_failed_authentication() throws IOException {
        String unknownKey =
                Base64.getEncoder().encodeToString("no-such-id:no-such-secret".getBytes(StandardCharsets.UTF_8));
        try (ElasticsearchClient client =
                EsClients.create(node.url(), unknownKey, null, null, security.caCert(), TIMEOUT)) {
            Throwable failure = catchThrowable(() -> search(client, "量子"));
            assertThat(failure).isNotNull();
            assertThat(EsClients.explain(node.url(), failure))
                    .contains("HTTP 401, authentication failed")
                    .contains("ES_API_KEY");
        }
    }

    @Test
    void a_wrong_password_is_named_as_failed_authentication() throws IOException {
        try (ElasticsearchClient client = passwordClient("not-the-password", security.caCert())) {
            Throwable failure = catchThrowable(() -> search(client, "量子"));
            assertThat(failure).isNotNull();
            assertThat(EsClients.explain(node.url(), failure))
                    .contains("HTTP 401, authentication failed")
                    .contains("ES_USERNAME and ES_PASSWORD");
        }
    }

    @Test
    void without_the_ca_the_certificate_is_named_as_untrusted() throws IOException {
        try (ElasticsearchClient client = passwordClient(PASSWORD, null)) {
            Throwable failure = catchThrowable(() -> search(client, "量子"));
            assertThat(failure).isNotNull();
            assertThat(EsClients.explain(node.url(), failure))
                    .startsWith("TLS with Elasticsearch at " + node.url() + " failed: its certificate is not trusted")
                    .contains("set ES_CA_CERT");
        }
    }

    @Test
    void readyz_is_ready_with_the_right_settings_and_names_the_cause_otherwise() {
        String ca = security.caCert().toString();
        assertThat(readyz(Map.of("ES_USERNAME", "elastic", "ES_PASSWORD", PASSWORD, "ES_CA_CERT", ca)))
                .isEqualTo("200 ready");
        assertThat(readyz(Map.of("ES_USERNAME", "elastic", "ES_PASSWORD", "wrong", "ES_CA_CERT", ca)))
                .startsWith("503 ")
                .contains("authentication failed");
        assertThat(readyz(Map.of("ES_USERNAME", "elastic", "ES_PASSWORD", PASSWORD)))
                .startsWith("503 ")
                .contains("certificate is not trusted")
                .contains("ES_CA_CERT");
    }

    @Test
    void a_ca_file_without_a_certificate_is_refused_before_any_request() throws IOException {
        Path empty = Files.writeString(TestCluster.projectDir().resolve("target/it-external/empty.pem"), "");
        assertThatThrownBy(() -> passwordClient(PASSWORD, empty))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds no certificate");
    }

    /** Status and reason of /readyz of the real web server configured from these environment variables. */
    private static String readyz(Map<String, String> credentials) {
        Map<String, String> env = new HashMap<>(credentials);
        env.put("ES_URL", node.url().toString());
        env.put("PORT", "0");
        env.put("INDEX_ALIAS", ALIAS);
        env.put("ES_TIMEOUT_MS", Long.toString(TIMEOUT.toMillis()));
        Config config = Config.fromMap(TestCluster.projectDir(), env);
        try (Cluster cluster = Cluster.open(config)) {
            Javalin app = WebServer.create(config, cluster).start();
            try {
                Http.Response response = Http.get("http://127.0.0.1:" + app.port() + "/readyz");
                JsonNode body = response.json();
                return response.status() + " "
                        + (response.status() == 200
                                ? body.path("status").asText()
                                : body.path("reason").asText());
            } finally {
                app.stop();
            }
        }
    }

    private static ElasticsearchClient passwordClient(String password, Path ca) {
        return EsClients.create(node.url(), null, "elastic", password, ca, TIMEOUT);
    }

    private static void createIndexFromMapping(ElasticsearchClient client) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode body = (ObjectNode) json.readTree(Files.readString(
                TestCluster.projectDir().resolve("index-mappings").resolve("sections.json")));
        body.withObjectProperty("settings").put("number_of_shards", 1).put("number_of_replicas", 0);
        String text = json.writeValueAsString(body);
        // The node's data folder outlives a run; start from a fresh index.
        client.indices().delete(d -> d.index(INDEX).ignoreUnavailable(true));
        client.indices().create(c -> c.index(INDEX).withJson(new StringReader(text)));
    }

    private static List<String> search(ElasticsearchClient client, String query) throws IOException {
        return client
                .search(
                        s -> s.index(INDEX)
                                .query(q -> q.match(m -> m.field("text").query(query))),
                        JsonNode.class)
                .hits()
                .hits()
                .stream()
                .map(h -> h.id())
                .toList();
    }
}
