package jp.policysearch.web;

import static jp.policysearch.testsupport.Http.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.policysearch.Config;
import jp.policysearch.Json;
import jp.policysearch.es.Cluster;
import jp.policysearch.index.CorpusIndexer;
import jp.policysearch.index.Progress;
import jp.policysearch.testsupport.CorpusServer;
import jp.policysearch.testsupport.PagesFixture;
import jp.policysearch.testsupport.RawHttp;
import jp.policysearch.testsupport.RawHttp.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per HTTP rule of {@link HttpRules} and {@link Caching}, on the real app and a real Elasticsearch. */
class HttpRulesIT {

    private static final String SECTION = "/s/growth-roadmap-2026/c01/goal";
    /** One of each kind of answer: pages, API, export, citation, feed, site files, errors. */
    private static final List<String> TARGETS = List.of(
            "/",
            "/search?q=" + enc("量子"),
            SECTION,
            "/d/growth-roadmap-2026",
            "/search.atom?q=" + enc("量子"),
            SECTION + "/cite.bib",
            SECTION + "/cite.json",
            "/api/search?q=AI",
            "/api/sections/growth-roadmap-2026/c01/goal",
            "/api/documents",
            "/api/export?q=" + enc("量子"),
            "/api/openapi.json",
            "/robots.txt",
            "/sitemap.xml",
            "/favicon.ico",
            "/static/app.css",
            "/no-such-page",
            "/api/search?page=0",
            "/search?page=0",
            "/api/status",
            "/readyz");

    private static int port;

    @BeforeAll
    static void start() {
        port = PagesFixture.port();
    }

    private static Answer get(String target, String... headers) {
        return RawHttp.send(port, "GET", target, headers);
    }

    @Test
    void head_answers_like_get_without_a_body() {
        for (String target : TARGETS) {
            Answer get = get(target);
            Answer head = RawHttp.send(port, "HEAD", target);
            assertThat(head.status()).as(target).isEqualTo(get.status());
            assertThat(head.body()).as(target).isEmpty();
            Map<String, String> getHeaders = new TreeMap<>(get.headers());
            Map<String, String> headHeaders = new TreeMap<>(head.headers());
            getHeaders.remove("date");
            headHeaders.remove("date");
            assertThat(headHeaders).as(target).isEqualTo(getHeaders);
        }
    }

    @Test
    void other_methods_get_405_with_allow_and_options_says_what_is_allowed() {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            for (String target : List.of("/search", "/api/search", SECTION, "/static/app.css")) {
                Answer a = RawHttp.send(port, method, target, "Content-Length: 0");
                assertThat(a.status()).as(method + " " + target).isEqualTo(405);
                assertThat(a.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
                assertThat(a.header("Content-Type")).startsWith("application/json");
                assertThat(json(a).path("error").path("code").asText()).isEqualTo("method_not_allowed");
            }
        }
        Answer options = RawHttp.send(port, "OPTIONS", "/api/search");
        assertThat(options.status()).isEqualTo(204);
        assertThat(options.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
        assertThat(RawHttp.send(port, "POST", "/no-such-page", "Content-Length: 0")
                        .status())
                .isEqualTo(404);
        assertThat(RawHttp.send(port, "OPTIONS", "/no-such-page").status()).isEqualTo(404);
    }

    @Test
    void every_other_form_of_a_url_redirects_permanently_to_the_canonical_one() {
        Map<String, String> forms = Map.of(
                "/search/?q=AI",
                "/search?q=AI",
                SECTION + "/",
                SECTION,
                "/s/growth-roadmap-2026%2Fc01%2Fgoal",
                SECTION,
                "/s/growth-roadmap-2026%2fc01/goal?q=AI",
                SECTION + "?q=AI",
                "//search",
                "/search",
                "/api/sections/growth-roadmap-2026/c01/goal/",
                "/api/sections/growth-roadmap-2026/c01/goal");
        forms.forEach((from, to) -> {
            Answer a = get(from, "Host: evil.example.com");
            assertThat(a.status()).as(from).isEqualTo(301);
            assertThat(a.header("Location")).as(from).isEqualTo(to);
            assertThat(get(to).status()).as(to).isEqualTo(200);
        });
    }

    @Test
    void every_answer_carries_the_security_headers_and_vary() {
        for (String target : TARGETS) {
            assertSecurityHeaders(get(target), target);
        }
        for (String broken : List.of("/api/sections/%zz", "/s/%zz", "/search?q=%FF%FE")) {
            assertSecurityHeaders(get(broken), broken);
        }
        assertSecurityHeaders(RawHttp.send(port, "POST", "/search", "Content-Length: 0"), "POST /search");
    }

    private static void assertSecurityHeaders(Answer a, String target) {
        assertThat(a.header("X-Content-Type-Options")).as(target).isEqualTo("nosniff");
        assertThat(a.header("Cross-Origin-Resource-Policy")).as(target).isEqualTo("same-origin");
        assertThat(a.header("Permissions-Policy")).as(target).contains("camera=()");
        assertThat(a.header("Referrer-Policy")).as(target).isEqualTo("same-origin");
        assertThat(a.header("Vary")).as(target).contains("Accept-Encoding");
        String type = a.header("Content-Type");
        if (type != null && type.startsWith("text/html")) {
            assertThat(a.header("Content-Security-Policy"))
                    .as(target)
                    .contains("script-src 'self'")
                    .doesNotContain("unsafe-inline");
        } else {
            assertThat(a.header("Content-Security-Policy")).as(target).startsWith("default-src 'none'");
        }
    }

    @Test
    void validators_come_from_the_index_and_a_match_is_a_304_without_a_body() {
        for (String target : List.of(
                "/search?q=" + enc("量子"),
                SECTION,
                "/d/growth-roadmap-2026",
                SECTION + "/cite.bib",
                "/search.atom?q=AI",
                "/api/search?q=AI",
                "/api/sections/growth-roadmap-2026/c01/goal",
                "/api/export?q=AI&format=ndjson",
                "/sitemap.xml",
                "/api/openapi.json")) {
            Answer first = get(target);
            assertThat(first.status()).as(target).isEqualTo(200);
            String etag = first.header("ETag");
            String lastModified = first.header("Last-Modified");
            assertThat(etag).as(target).matches("W/\"[0-9a-f]{20}\"");
            assertThat(lastModified).as(target).endsWith(" GMT");

            Answer byTag = get(target, "If-None-Match: \"other\", " + etag);
            assertThat(byTag.status()).as(target).isEqualTo(304);
            assertThat(byTag.body()).isEmpty();
            assertThat(byTag.header("ETag")).isEqualTo(etag);
            assertThat(byTag.header("Cache-Control")).isEqualTo(first.header("Cache-Control"));

            assertThat(get(target, "If-Modified-Since: " + lastModified).status())
                    .as(target)
                    .isEqualTo(304);
            assertThat(get(target, "If-None-Match: W/\"0000\"").status())
                    .as(target)
                    .isEqualTo(200);
            assertThat(get(target, "If-None-Match: W/\"0000\"", "If-Modified-Since: " + lastModified)
                            .status())
                    .as("If-None-Match wins over If-Modified-Since")
                    .isEqualTo(200);
            assertThat(get(target, "If-Modified-Since: Thu, 01 Jan 1970 00:00:00 GMT")
                            .status())
                    .isEqualTo(200);
        }
    }

    @Test
    void cache_control_is_short_for_searches_longer_for_pages_of_one_build_and_errors_are_not_stored() {
        assertThat(get("/search?q=AI").header("Cache-Control")).isEqualTo(Caching.SHORT);
        assertThat(get("/api/search?q=AI").header("Cache-Control")).isEqualTo(Caching.SHORT);
        assertThat(get("/search.atom?q=AI").header("Cache-Control")).isEqualTo(Caching.SHORT);
        assertThat(get(SECTION).header("Cache-Control")).isEqualTo(Caching.LONG);
        assertThat(get("/api/sections/growth-roadmap-2026/c01/goal").header("Cache-Control"))
                .isEqualTo(Caching.LONG);
        assertThat(get("/readyz").header("Cache-Control")).isEqualTo(Caching.NO_STORE);
        assertThat(get("/api/status").header("Cache-Control")).isEqualTo(Caching.NO_STORE);
        for (String error : List.of("/s/no/such", "/api/sections/no/such", "/api/search?page=0", "/no-such-page")) {
            Answer a = get(error);
            assertThat(a.status()).as(error).isBetween(400, 404);
            assertThat(a.header("Cache-Control")).as(error).isEqualTo(Caching.NO_STORE);
            assertThat(a.header("ETag")).as(error).isNull();
            assertThat(a.header("Last-Modified")).as(error).isNull();
        }
    }

    @Test
    void a_new_index_build_changes_the_validators() throws Exception {
        try (CorpusServer server = CorpusServer.start("http-rules-it")) {
            int own = server.port();
            String target = "/api/sections/growth-roadmap-2026/c01/goal";
            Answer before = RawHttp.send(own, "GET", target);
            assertThat(before.status()).isEqualTo(200);
            new CorpusIndexer(server.cluster().indexingClient(), server.config()).index(t -> Progress.silent());
            Answer after = RawHttp.send(own, "GET", target);
            assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
            assertThat(RawHttp.send(own, "GET", target, "If-None-Match: " + before.header("ETag"))
                            .status())
                    .isEqualTo(200);
            assertThat(RawHttp.send(own, "GET", target, "If-None-Match: " + after.header("ETag"))
                            .status())
                    .isEqualTo(304);
        }
    }

    @Test
    void an_unreachable_cluster_is_a_503_with_retry_after_and_no_validators() {
        Config config = Config.fromMap(Path.of("."), Map.of("ES_URL", "http://127.0.0.1:9", "PORT", "0"));
        try (Cluster cluster = Cluster.open(config)) {
            Javalin app = WebServer.create(config, cluster).start();
            try {
                for (String target : List.of("/api/search?q=AI", "/search?q=AI", SECTION, "/search.atom")) {
                    Answer a = RawHttp.send(app.port(), "GET", target);
                    assertThat(a.status()).as(target).isEqualTo(503);
                    assertThat(a.header("Retry-After")).as(target).isEqualTo(ErrorHandling.RETRY_AFTER_SECONDS);
                    assertThat(a.header("Cache-Control")).isEqualTo(Caching.NO_STORE);
                    assertThat(a.header("ETag")).isNull();
                }
                assertThat(RawHttp.send(app.port(), "GET", "/search.atom").header("Content-Type"))
                        .as("a feed's error is plain text, not a page")
                        .startsWith("text/plain");
            } finally {
                app.stop();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/sections/%zz",
                "/api/sections/%00",
                "/api/documents/%2",
                "/s/%zz",
                "/search%zz",
                "/api/search?q=a b",
                "/search?q=量子 暗号"
            })
    void requests_jetty_refuses_before_the_app_get_a_json_400(String target) {
        Answer a = get(target);
        assertThat(a.status()).as(target).isEqualTo(400);
        assertThat(a.header("Content-Type")).as(target).startsWith("application/json");
        assertThat(json(a).path("error").path("code").asText()).as(target).isNotBlank();
        assertThat(json(a).path("error").path("message").asText()).as(target).isNotBlank();
    }

    private static JsonNode json(Answer a) {
        try {
            return Json.mapper().readTree(a.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + a.body(), e);
        }
    }
}
