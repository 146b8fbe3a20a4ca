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
 * The local node is not open to every local user: security is on with a generated password for {@code elastic} in
 * a file only its owner reads, HTTP listens on loopback only, a request without the password is refused, and the
 * app (which reads the password) still searches.
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
        NodeSettings settings = NodeSettings.from(TestCluster.baseConfig(), BuildInfo.load())
                .withBaseDir(TestCluster.projectDir().resolve("target").resolve("test-node"))
                .withHttpPort(TestCluster.node().url().getPort());
        Path file = LocalNode.layout(settings).passwordFile();
        assertThat(Files.readString(file).strip()).isEqualTo(TestCluster.node().password());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS)))
                .isEqualTo("rw-------");
        assertThat((Integer) Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS))
                .isEqualTo((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        assertThat(LocalNode.status(settings))
                .startsWith("running at " + TestCluster.node().url())
                .contains("user elastic")
                .contains("password in " + file)
                .contains("curl -u");
        if (ServiceUser.weAreRoot()) {
            assertThat(ServiceUser.run(List.of(
                            "setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "cat", file.toString())))
                    .as("another local user reading the password file")
                    .isNotZero();
        }
    }

    private static String basic(String userAndPassword) {
        return Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }
}
