package jp.policysearch.es;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import jp.policysearch.BuildInfo;
import jp.policysearch.testsupport.CorpusServer;
import jp.policysearch.testsupport.Http;
import jp.policysearch.testsupport.TestCluster;
import org.junit.jupiter.api.Test;

/**
 * The local node is not open to every local user: security is on with generated passwords for {@code elastic} and
 * the app's own user in files only their owner reads, HTTP listens on loopback only, a request without the password
 * is refused, and the app (which signs in as its own user) still searches, but cannot do what its role leaves out.
 */
class NodeAuthenticationIT {

    private static final String ALIAS = "api-it"; // the real corpus, as SearchApiIT indexes it

    @Test
    void a_request_without_the_password_is_refused_and_changes_nothing() {
        URI node = TestCluster.node().url();
        assertThat(Http.get(node + "/_cluster/health").status()).isEqualTo(401);
        assertThat(Http.get(node + "/_cluster/health", "Basic " + basic("elastic:not-the-password"))
                        .status())
                .isEqualTo(401);
        Http.Response create = Http.send(HttpRequest.newBuilder(URI.create(node + "/auth-it-planted"))
                .timeout(Duration.ofSeconds(30))
                .PUT(HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(create.status()).isEqualTo(401);
        assertThat(Http.get(node + "/auth-it-planted", TestCluster.authorization())
                        .status())
                .as("the index an anonymous client tried to create")
                .isEqualTo(404);
    }

    @Test
    void the_app_signs_in_and_searches() {
        try (CorpusServer server = CorpusServer.start(ALIAS)) {
            Http.Response r =
                    Http.get(server.base() + "/api/search?q=" + URLEncoder.encode("量子", StandardCharsets.UTF_8));
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().path("total").asLong()).isPositive();
            assertThat(Http.get(server.base() + "/readyz").status()).isEqualTo(200);
        }
    }

    @Test
    void the_app_signs_in_as_its_own_user_who_may_not_change_the_cluster_or_security() {
        assertThat(TestCluster.node().user()).isEqualTo(AppUser.NAME);
        String app = TestCluster.authorization();
        String admin = "Basic " + basic("elastic:" + elasticPassword());
        String node = TestCluster.node().url().toString();
        assertThat(Http.get(node + "/_cluster/health", app).status()).isEqualTo(200);
        // the same harmless request (resetting a setting nobody set) is allowed to elastic and refused to the app
        String reset = "{\"persistent\":{\"cluster.info.update.interval\":null}}";
        assertThat(put(node + "/_cluster/settings", reset, admin).status()).isEqualTo(200);
        Http.Response settings = put(node + "/_cluster/settings", reset, app);
        assertThat(settings.status()).as(settings.body()).isEqualTo(403);
        Http.Response user = put(
                node + "/_security/user/auth-it-planted",
                "{\"password\":\"planted-password\",\"roles\":[\"superuser\"]}",
                app);
        assertThat(user.status()).as(user.body()).isEqualTo(403);
        Http.Response role = put(node + "/_security/role/auth-it-planted", "{\"cluster\":[\"all\"]}", app);
        assertThat(role.status()).as(role.body()).isEqualTo(403);
        assertThat(Http.get(node + "/_security/user/auth-it-planted", admin).status())
                .as("the user the app tried to create")
                .isEqualTo(404);
        Http.Response security = Http.get(node + "/.security/_search", app);
        assertThat(security.status()).as(security.body()).isIn(403, 404);
        assertThat(security.body()).doesNotContain("auth-it-planted").doesNotContain("\"hits\":{\"total\"");
        // what the indexer needs: create, fill, alias and delete an index of its own
        assertThat(put(node + "/auth-it-own", "{}", app).status()).isEqualTo(200);
        assertThat(put(node + "/auth-it-own/_doc/1?refresh=true", "{\"t\":\"x\"}", app)
                        .status())
                .isEqualTo(201);
        assertThat(put(node + "/auth-it-own/_alias/auth-it-own-alias", "{}", app)
                        .status())
                .isEqualTo(200);
        Http.Response delete = Http.send(HttpRequest.newBuilder(URI.create(node + "/auth-it-own"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", app)
                .DELETE()
                .build());
        assertThat(delete.status()).as(delete.body()).isEqualTo(200);
    }

    private static Http.Response put(String uri, String json, String authorization) {
        return Http.send(HttpRequest.newBuilder(URI.create(uri))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static NodeSettings testNodeSettings() {
        return NodeSettings.from(TestCluster.baseConfig(), BuildInfo.load())
                .withBaseDir(TestCluster.projectDir().resolve("target").resolve("test-node"))
                .withHttpPort(TestCluster.node().url().getPort());
    }

    private static String elasticPassword() {
        return NodePassword.read(LocalNode.layout(testNodeSettings()).passwordFile())
                .orElseThrow();
    }

    @Test
    void http_listens_on_loopback_only() {
        JsonNode nodes = Http.get(TestCluster.node().url() + "/_nodes/http", TestCluster.authorization())
                .json()
                .path("nodes");
        List<String> bound = new ArrayList<>();
        nodes.forEach(n -> n.path("http").path("bound_address").forEach(a -> bound.add(a.asText())));
        assertThat(bound).isNotEmpty().allMatch(a -> a.startsWith("127.0.0.1:") || a.startsWith("[::1]:"));
    }

    @Test
    void the_password_file_is_readable_by_its_owner_only_and_es_status_says_where_it_is() throws Exception {
        NodeSettings settings = testNodeSettings();
        Path file = LocalNode.layout(settings).passwordFile();
        Path appFile = LocalNode.layout(settings).appPasswordFile();
        assertThat(Files.readString(appFile).strip())
                .isEqualTo(TestCluster.node().password());
        assertThat(Files.readString(file).strip())
                .isNotEqualTo(TestCluster.node().password());
        for (Path f : List.of(file, appFile)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f, LinkOption.NOFOLLOW_LINKS)))
                    .isEqualTo("rw-------");
            assertThat((Integer) Files.getAttribute(f, "unix:uid", LinkOption.NOFOLLOW_LINKS))
                    .isEqualTo((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        }
        assertThat(LocalNode.status(settings))
                .startsWith("running at " + TestCluster.node().url())
                .contains("user elastic")
                .contains("password in " + file)
                .contains("curl -u")
                .contains("the app signs in as " + AppUser.NAME + " (password in " + appFile + ")");
        if (ServiceUser.weAreRoot()) {
            for (Path f :
                    List.of(file, appFile, LocalNode.layout(settings).config().resolve("users"))) {
                assertThat(ServiceUser.run(List.of(
                                "setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "cat", f.toString())))
                        .as("another local user reading " + f)
                        .isNotZero();
            }
        }
    }

    private static String basic(String userAndPassword) {
        return Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }
}
