package jp.policysearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.util.List;
import jp.policysearch.Config;
import jp.policysearch.Json;
import jp.policysearch.es.Cluster;
import jp.policysearch.testsupport.PagesFixture;
import jp.policysearch.testsupport.RawHttp;
import jp.policysearch.testsupport.RawHttp.Answer;
import jp.policysearch.testsupport.TestCluster;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every absolute URL comes from PUBLIC_BASE_URL, whatever Host or X-Forwarded-* the client sends. */
class PublicBaseUrlIT {

    private static final String PUBLIC = "https://search.example.jp";
    private static final String SECTION = "/s/growth-roadmap-2026/c01/goal";
    private static Cluster cluster;
    private static Javalin app;

    @BeforeAll
    static void start() {
        PagesFixture.baseUrl(); // builds the pages-it index
        Config config = TestCluster.config().withIndexAlias(PagesFixture.ALIAS).withPublicBaseUrl(PUBLIC + "/");
        cluster = TestCluster.cluster();
        app = WebServer.create(config, cluster).start();
    }

    @AfterAll
    static void stop() {
        app.stop();
        cluster.close();
    }

    @Test
    void permalinks_citations_feeds_sitemap_exports_and_canonical_links_ignore_the_host_header() {
        for (String target : List.of(
                SECTION,
                SECTION + "/cite.bib",
                SECTION + "/cite.json",
                "/search.atom?q=AI",
                "/sitemap.xml",
                "/robots.txt",
                "/api/export?q=AI&format=csv",
                "/api/export?q=AI&format=ndjson",
                "/search?q=AI",
                "/d/growth-roadmap-2026")) {
            Answer a = RawHttp.send(
                    app.port(),
                    "GET",
                    target,
                    "Host: evil.example.com",
                    "X-Forwarded-Host: evil.example.com",
                    "X-Forwarded-Proto: gopher");
            assertThat(a.status()).as(target).isEqualTo(200);
            assertThat(a.body())
                    .as(target)
                    .contains(PUBLIC + "/")
                    .doesNotContain("evil.example.com")
                    .doesNotContain("gopher:")
                    .doesNotContain("localhost");
        }
        assertThat(RawHttp.send(app.port(), "GET", SECTION, "Host: evil.example.com")
                        .body())
                .contains("<link rel=\"canonical\" href=\"" + PUBLIC + SECTION + "\">")
                .contains("value=\"" + PUBLIC + SECTION + "\"");
        assertThat(RawHttp.send(app.port(), "GET", SECTION + "/", "Host: evil.example.com")
                        .header("Location"))
                .isEqualTo(SECTION);
    }

    @Test
    void the_sitemap_lists_every_section_of_every_document() throws Exception {
        List<String> locs = Jsoup.parse(
                        RawHttp.send(app.port(), "GET", "/sitemap.xml").body(), Parser.xmlParser())
                .select("urlset > url > loc")
                .eachText();
        JsonNode docs = Json.mapper()
                .readTree(RawHttp.send(app.port(), "GET", "/api/documents").body())
                .path("documents");
        long sections = 0;
        for (JsonNode d : docs) {
            sections += d.path("section_count").asLong();
            assertThat(locs).contains(PUBLIC + "/d/" + d.path("id").asText());
        }
        assertThat(locs.stream().filter(loc -> loc.startsWith(PUBLIC + "/s/"))).hasSize((int) sections);
        assertThat(locs).contains(PUBLIC + SECTION);
    }
}
