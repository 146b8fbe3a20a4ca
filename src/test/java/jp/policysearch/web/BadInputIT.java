package jp.policysearch.web;

import static jp.policysearch.testsupport.Http.enc;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.policysearch.Json;
import jp.policysearch.testsupport.PagesFixture;
import jp.policysearch.testsupport.RawHttp;
import jp.policysearch.testsupport.RawHttp.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Input that used to reach Elasticsearch (and come back as 500 or as every section) is a 400 with a code. */
class BadInputIT {

    private static int port;

    @BeforeAll
    static void start() {
        port = PagesFixture.port();
    }

    @Test
    void each_bad_value_is_a_json_400_with_its_code_on_the_api_and_export_and_a_400_page_on_search() throws Exception {
        Map<String, String> cases = Map.of(
                "year=2147483648",
                "invalid_year",
                "year=abc",
                "invalid_year",
                "area=" + "a".repeat(32_767),
                "filter_too_long",
                "ministry=" + enc("省".repeat(11_000)),
                "filter_too_long",
                "q=" + enc("㍿".repeat(300)),
                "query_too_long",
                "q=%FF%FE",
                "invalid_encoding",
                "page=99999999999",
                "invalid_page",
                "size=2147483648",
                "invalid_size");
        for (var c : cases.entrySet()) {
            for (String path : new String[] {"/api/search?", "/api/export?"}) {
                Answer a = RawHttp.send(port, "GET", path + c.getKey());
                assertThat(a.status()).as(path + c.getValue()).isEqualTo(400);
                assertThat(a.header("Content-Type")).startsWith("application/json");
                assertThat(Json.mapper()
                                .readTree(a.body())
                                .path("error")
                                .path("code")
                                .asText())
                        .as(path + c.getKey())
                        .isEqualTo(c.getValue());
            }
            Answer page = RawHttp.send(port, "GET", "/search?" + c.getKey());
            assertThat(page.status()).as("/search?" + c.getValue()).isEqualTo(400);
            assertThat(page.header("Content-Type")).startsWith("text/html");
            Answer feed = RawHttp.send(port, "GET", "/search.atom?" + c.getKey());
            assertThat(feed.status()).isEqualTo(400);
            assertThat(feed.header("Content-Type"))
                    .as("a feed's error is plain text")
                    .startsWith("text/plain");
        }
    }

    @Test
    void a_page_past_the_last_says_how_many_there_are_and_links_to_the_last_page() throws Exception {
        long total = Json.mapper()
                .readTree(
                        RawHttp.send(port, "GET", "/api/search?q=" + enc("量子")).body())
                .path("total")
                .asLong();
        long last = (total + 9) / 10;
        String html = RawHttp.send(port, "GET", "/search?q=" + enc("量子") + "&page=999")
                .body();
        assertThat(html)
                .contains("該当する節は全" + total + "件で、最後は" + last + "ページ目です。")
                .contains("href=\"/search?q=" + enc("量子") + "&amp;page=" + last + "\"")
                .doesNotContain("該当する節は見つかりませんでした");
    }

    @Test
    void feed_dates_are_the_documents_full_dates_or_the_index_build_never_an_invented_first_of_january()
            throws Exception {
        String built = Json.mapper()
                .readTree(RawHttp.send(port, "GET", "/api/status").body())
                .path("meta")
                .path("build_time")
                .asText();
        String feed =
                RawHttp.send(port, "GET", "/search.atom?sort=newest&size=100").body();
        assertThat(feed).doesNotContain("-01-01T00:00:00Z").doesNotContain("1970-");
        String empty =
                RawHttp.send(port, "GET", "/search.atom?q=" + enc("該当なしの語ぴよぴよ")).body();
        assertThat(empty).contains("<updated>" + built.replaceAll("\\.\\d+Z$", "Z") + "</updated>");
    }
}
