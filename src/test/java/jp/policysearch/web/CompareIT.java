package jp.policysearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import jp.policysearch.testsupport.Http;
import jp.policysearch.testsupport.PagesFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/sections/{id}/compare/{other}} on the real corpus in the real index. The expected figures were read
 * from the two roadmap drafts (corpus/000_… and corpus/001_…, line numbers in the comments).
 */
class CompareIT {

    private static final String GROWTH = "growth-roadmap-2026/";
    private static final String DIGITAL = "digital-cyber-roadmap-2026/";
    private static String base;

    @BeforeAll
    static void start() {
        base = PagesFixture.baseUrl();
    }

    private static JsonNode compare(String a, String b) {
        Http.Response r = Http.get(base + "/api/sections/" + a + "/compare/" + b);
        assertThat(r.status()).as(a + " vs " + b + ": " + r.body()).isEqualTo(200);
        return r.json();
    }

    private static List<String> figures(JsonNode comparison) {
        List<String> out = new ArrayList<>();
        comparison
                .path("figures")
                .forEach(f -> out.add(
                        f.path("before").asText("なし") + " → " + f.path("after").asText("なし")));
        return out;
    }

    @Test
    void automated_driving_goal_lists_the_conflicting_statistics_with_links_to_both_passages() {
        // 000:822 約72兆円, 約25%, 約16% (note *6 約17.6兆円, *5 2025年時点); 001:775 約70兆円, 約26%, 約21%
        // (note 約22兆円, 2024年時点); target 000:830 「2030年代における…約25%」 vs 001:783 「26%のシェアを獲得」
        JsonNode c = compare(GROWTH + "c05/goal", DIGITAL + "c06/goal");
        assertThat(figures(c))
                .containsExactly(
                        "72兆円 → 70兆円",
                        "25% → 26%",
                        "16% → 21%",
                        "2030年代 → なし",
                        "25% → 26%",
                        "2025年 → 2024年",
                        "17.6兆円 → 22兆円");
        assertThat(c.path("changed").asBoolean()).isTrue();
        JsonNode first = c.path("figures").get(0);
        String beforeUrl = first.path("before_url").asText();
        String afterUrl = first.path("after_url").asText();
        assertThat(beforeUrl).startsWith("/s/" + GROWTH + "c05/goal#h");
        assertThat(afterUrl).startsWith("/s/" + DIGITAL + "c06/goal#h");
        // the anchors are passages of the two sections, and those passages hold the two figures
        assertThat(passageText(GROWTH + "c05/goal", beforeUrl)).contains("約72兆円");
        assertThat(passageText(DIGITAL + "c06/goal", afterUrl)).contains("約70兆円");
        JsonNode row = row(c, first.path("row").asText());
        assertThat(row.path("kind").asText()).isEqualTo("changed");
        assertThat(row.path("edits").toString())
                .contains("{\"op\":\"delete\",\"text\":\"72兆円\"}", "{\"op\":\"insert\",\"text\":\"70兆円\"}");
        // 000:840 has the モジュール型AI bullet that 001 lacks: a removed line
        assertThat(c.path("rows"))
                .anyMatch(r -> r.path("kind").asText().equals("removed")
                        && r.path("after").isNull()
                        && r.path("before").path("text").asText().contains("モジュール型AIも活用し社会実装を促進"));
        assertThat(c.path("summary").path("removed").asLong()).isPositive();
    }

    @Test
    void the_four_shared_cards_give_their_changed_figures() {
        // automated driving's path: the share target 約25% twice in 000, 約26% twice in 001; its policy has none
        assertThat(figures(compare(GROWTH + "c05/path", DIGITAL + "c06/path")))
                .containsExactly("25% → 26%", "25% → 26%");
        assertThat(figures(compare(GROWTH + "c05/policy", DIGITAL + "c06/policy")))
                .isEmpty();
        // cloud: 000:444 adds 「国内で4兆円規模・年20%超で拡大を続ける成長市場」
        assertThat(figures(compare(GROWTH + "c03/goal", DIGITAL + "c02/goal"))).containsExactly("4兆円 → なし", "20% → なし");
        assertThat(figures(compare(GROWTH + "c03/path", DIGITAL + "c02/path"))).isEmpty();
        // medical: 000:634 「2040年時点：28兆円」 vs 001:616 「○兆円」; 001:630 「〇年間で集中的に進める」
        assertThat(figures(compare(GROWTH + "c04/goal", DIGITAL + "c05/goal"))).containsExactly("28兆円 → ○兆円");
        assertThat(figures(compare(GROWTH + "c04/path", DIGITAL + "c05/path"))).containsExactly("なし → 〇年");
        // cyber security: reworded, no figure changed; its path's bullets reordered are matched as moved
        JsonNode path = compare(GROWTH + "c02/path", DIGITAL + "c03/path");
        assertThat(path.path("changed").asBoolean()).isTrue();
        assertThat(figures(path)).isEmpty();
        assertThat(path.path("summary").path("moved").asLong()).isPositive();
        assertThat(path.path("rows")).anyMatch(r -> r.path("kind").asText().equals("moved"));
    }

    @Test
    void the_comparison_reads_both_ways() {
        assertThat(figures(compare(DIGITAL + "c06/goal", GROWTH + "c05/goal")))
                .startsWith("70兆円 → 72兆円", "26% → 25%", "21% → 16%");
    }

    @Test
    void identical_sections_report_no_change() {
        // slide p094 is repeated as p158 (再掲) with the same text
        JsonNode c = compare("semiconductor-digital-strategy-2023/p094", "semiconductor-digital-strategy-2023/p158");
        assertThat(c.path("changed").asBoolean()).isFalse();
        assertThat(c.path("figures")).isEmpty();
        assertThat(c.path("rows"))
                .isNotEmpty()
                .allMatch(r -> r.path("kind").asText().equals("same"));
        assertThat(c.path("summary").path("changed_chars").asLong()).isZero();
    }

    @Test
    void an_unknown_section_is_a_404_in_japanese() {
        for (String url : List.of(
                "/api/sections/no/such/section/compare/" + GROWTH + "c05/goal",
                "/api/sections/" + GROWTH + "c05/goal/compare/no/such/section")) {
            Http.Response r = Http.get(base + url);
            assertThat(r.status()).as(url).isEqualTo(404);
            assertThat(r.json().path("error").path("code").asText()).isEqualTo("not_found");
            assertThat(r.json().path("error").path("message").asText()).contains("見つかりませんでした");
        }
    }

    @Test
    void two_sections_that_are_not_versions_are_a_400() {
        for (String[] pair :
                new String[][] {{GROWTH + "c01/goal", GROWTH + "c05/goal"}, {GROWTH + "c05/goal", GROWTH + "c05/goal"}
                }) {
            Http.Response r = Http.get(base + "/api/sections/" + pair[0] + "/compare/" + pair[1]);
            assertThat(r.status()).as(pair[0] + " vs " + pair[1]).isEqualTo(400);
            assertThat(r.json().path("error").path("code").asText()).isEqualTo("not_versions");
            assertThat(r.json().path("error").path("message").asText()).contains("別の版");
        }
    }

    private static JsonNode row(JsonNode comparison, String id) {
        for (JsonNode r : comparison.path("rows")) {
            if (r.path("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no row " + id);
    }

    /** The text of the passage a {@code /s/{id}#anchor} link points at. */
    private static String passageText(String id, String url) {
        String anchor = url.substring(url.indexOf('#') + 1);
        for (JsonNode p : Http.get(base + "/api/sections/" + id).json().path("passages")) {
            if (p.path("anchor").asText().equals(anchor)) {
                return p.path("text").asText();
            }
        }
        throw new AssertionError("no passage " + anchor + " in " + id);
    }
}
