package jp.policysearch.web;

import static jp.policysearch.testsupport.Http.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.policysearch.testsupport.Http;
import jp.policysearch.testsupport.PagesFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/sections/{id}/compare/{other}} and the comparison pages ({@code /s/…/compare/…}, {@code
 * /d/…/compare/…}) on the real corpus in the real index. The expected figures were read
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

    private static Document page(String path, int status) {
        Http.Response r = Http.get(base + path);
        assertThat(r.status()).as(path).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("text/html");
        return Jsoup.parse(r.body(), base + path);
    }

    @Test
    void a_section_page_links_each_other_version_to_its_comparison() {
        Document section = page("/s/" + GROWTH + "c05/goal", 200);
        Element link = section.selectFirst(".versions a.compare-link");
        assertThat(link).isNotNull();
        assertThat(link.attr("href")).isEqualTo("/s/" + GROWTH + "c05/goal/compare/" + DIGITAL + "c06/goal");
        assertThat(link.text()).contains("この節と比較");
        // a section without other versions has no comparison link
        assertThat(page("/s/" + GROWTH + "c01/goal", 200).select("a.compare-link"))
                .isEmpty();
    }

    @Test
    void the_comparison_page_lists_figures_first_and_marks_edits_with_del_and_ins() {
        Document c = page("/s/" + GROWTH + "c05/goal/compare/" + DIGITAL + "c06/goal", 200);
        assertThat(c.select("h1").text()).startsWith("版の比較");
        Elements figures = c.select("section.figures li");
        assertThat(figures).hasSize(7);
        Element first = figures.get(0);
        assertThat(first.selectFirst("a").text()).isEqualTo("72兆円 → 70兆円");
        String row = first.selectFirst("a").attr("href");
        assertThat(c.selectFirst(row)).as(row).isNotNull();
        // both passages: their anchors are elements of the two section pages
        Elements passages = first.select("a.passage-link");
        assertThat(passages.eachText()).containsExactly("比較元の段落", "比較先の段落");
        for (Element a : passages) {
            String href = a.attr("href");
            Document target = page(href.substring(0, href.indexOf('#')), 200);
            assertThat(target.getElementById(href.substring(href.indexOf('#') + 1)))
                    .as(href)
                    .isNotNull();
        }
        // the figures section comes before the aligned text
        assertThat(c.select("section.figures, section.diff").eachAttr("class")).containsExactly("figures", "diff");
        Element edited = c.selectFirst(row);
        assertThat(edited.selectFirst(".kind").text()).isEqualTo("変更");
        assertThat(edited.select("del").eachText()).contains("［削除：72兆円］");
        assertThat(edited.select("ins").eachText()).contains("［追加：70兆円］");
        assertThat(c.select("li.row-removed .kind").eachText()).isNotEmpty().allMatch("削除"::equals);
        assertThat(c.select("li.row-removed del").text()).contains("モジュール型AI");
    }

    @Test
    void the_comparison_page_of_identical_sections_says_so() {
        Document c = page(
                "/s/semiconductor-digital-strategy-2023/p094/compare/semiconductor-digital-strategy-2023/p158", 200);
        assertThat(c.selectFirst("p.summary").text()).contains("同じ");
        assertThat(c.select("del, ins, section.figures")).isEmpty();
    }

    @Test
    void comparison_pages_answer_404_and_400_as_pages() {
        assertThat(page("/s/no/such/section/compare/" + GROWTH + "c05/goal", 404)
                        .text())
                .contains("見つかりませんでした");
        assertThat(page("/s/" + GROWTH + "c01/goal/compare/" + GROWTH + "c05/goal", 400)
                        .text())
                .contains("別の版");
        assertThat(page("/d/growth-roadmap-2026/compare/none", 404).text()).contains("見つかりませんでした");
        assertThat(page("/d/growth-roadmap-2026/compare/ict-rd-trends-report-2025", 400)
                        .text())
                .contains("共通する節がありません");
    }

    @Test
    void the_document_comparison_sorts_changed_sections_and_lists_what_only_one_has() {
        Document doc = page("/d/growth-roadmap-2026", 200);
        Element link = doc.selectFirst("#compare-heading + ul a");
        assertThat(link).isNotNull();
        assertThat(link.attr("href")).isEqualTo("/d/growth-roadmap-2026/compare/digital-cyber-roadmap-2026");
        // the four shared cards, three phases each
        assertThat(link.text()).contains("共通の節 12件");
        Document c = page(link.attr("href"), 200);
        Elements rows = c.select("table.changes tbody tr");
        assertThat(rows).isNotEmpty();
        // most changed first: automated driving's goal has 7 changed figures
        assertThat(rows.get(0).selectFirst("td").text()).isEqualTo("7件");
        assertThat(rows.get(0).selectFirst("a").attr("href"))
                .isEqualTo("/s/" + GROWTH + "c05/goal/compare/" + DIGITAL + "c06/goal");
        List<Integer> counts = rows.stream()
                .map(r -> Integer.parseInt(r.selectFirst("td").text().replace("件", "")))
                .toList();
        assertThat(counts).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(rows.size() + c.select("#unchanged-heading + ul li").size()).isEqualTo(12);
        // cards only the growth roadmap has, e.g. c01, are listed whole
        assertThat(c.select("#only-first-heading ~ ul a").eachAttr("href")).contains("/s/" + GROWTH + "c01/goal");
        assertThat(c.select("#only-first-heading ~ ul > li").text()).contains("（全体）");
        assertThat(c.select("#only-second-heading ~ ul a")).isNotEmpty();
        // the page links to its JSON, which holds the same rows in the same order
        Element api = c.selectFirst("a.api-link");
        assertThat(api).isNotNull();
        assertThat(api.attr("href")).isEqualTo("/api/documents/growth-roadmap-2026/compare/digital-cyber-roadmap-2026");
        JsonNode json = Http.get(base + api.attr("href")).json();
        assertThat(rows.stream().map(r -> r.selectFirst("a").attr("href")).toList())
                .isEqualTo(json.path("changed").findValuesAsText("compare_url"));
        assertThat(counts)
                .isEqualTo(json.path("changed").findValuesAsText("changed_figures").stream()
                        .map(Integer::valueOf)
                        .toList());
    }

    @Test
    void the_document_comparison_api_lists_the_shared_cards_with_their_changed_figures() {
        Http.Response r = Http.get(base + "/api/documents/growth-roadmap-2026/compare/digital-cyber-roadmap-2026");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode c = r.json();
        assertThat(c.path("first").path("id").asText()).isEqualTo("growth-roadmap-2026");
        assertThat(c.path("second").path("id").asText()).isEqualTo("digital-cyber-roadmap-2026");
        Map<String, Integer> counts = new LinkedHashMap<>();
        c.path("changed")
                .forEach(p -> counts.put(
                        p.path("first_id").asText() + " → "
                                + p.path("second_id").asText(),
                        p.path("changed_figures").asInt()));
        // the four shared cards (000's c02-c05 are 001's c03, c02, c05, c06), three phases each, all reworded
        assertThat(counts).hasSize(12);
        assertThat(c.path("unchanged")).isEmpty();
        // the figures written down in the_four_shared_cards_give_their_changed_figures
        assertThat(counts)
                .containsEntry(GROWTH + "c05/goal → " + DIGITAL + "c06/goal", 7)
                .containsEntry(GROWTH + "c05/path → " + DIGITAL + "c06/path", 2)
                .containsEntry(GROWTH + "c05/policy → " + DIGITAL + "c06/policy", 0)
                .containsEntry(GROWTH + "c03/goal → " + DIGITAL + "c02/goal", 2)
                .containsEntry(GROWTH + "c03/path → " + DIGITAL + "c02/path", 0)
                .containsEntry(GROWTH + "c04/goal → " + DIGITAL + "c05/goal", 1)
                .containsEntry(GROWTH + "c04/path → " + DIGITAL + "c05/path", 1)
                .containsEntry(GROWTH + "c02/path → " + DIGITAL + "c03/path", 0);
        assertThat(counts.keySet().iterator().next()).isEqualTo(GROWTH + "c05/goal → " + DIGITAL + "c06/goal");
        // most changed first: by changed figures, then by changed characters
        List<long[]> order = new ArrayList<>();
        c.path("changed")
                .forEach(p -> order.add(new long[] {
                    p.path("changed_figures").asLong(), p.path("changed_chars").asLong()
                }));
        assertThat(order)
                .isSortedAccordingTo(Comparator.<long[]>comparingLong(a -> a[0])
                        .thenComparingLong(a -> a[1])
                        .reversed());
        // each pair's count and link are those of its own comparison
        for (JsonNode p : c.path("changed")) {
            String first = p.path("first_id").asText();
            String second = p.path("second_id").asText();
            assertThat(p.path("compare_url").asText()).isEqualTo("/s/" + first + "/compare/" + second);
            JsonNode pair = compare(first, second);
            assertThat(pair.path("figures").size())
                    .as(first)
                    .isEqualTo(p.path("changed_figures").asInt());
            assertThat(pair.path("summary").path("changed_chars").asLong())
                    .as(first)
                    .isEqualTo(p.path("changed_chars").asLong())
                    .isPositive();
        }
        // cards only the growth roadmap has, e.g. c01, listed whole; the digital roadmap has its own
        assertThat(c.path("only_first"))
                .anyMatch(part -> part.path("whole").asBoolean()
                        && part.path("sections").findValuesAsText("id").contains(GROWTH + "c01/goal"));
        assertThat(c.path("only_second")).isNotEmpty();
        assertThat(c.path("only_second").findValuesAsText("id")).allMatch(id -> id.startsWith(DIGITAL));
    }

    @Test
    void the_document_comparison_api_answers_404_for_an_unknown_document_and_400_for_non_versions() {
        for (String url : List.of(
                "/api/documents/none/compare/growth-roadmap-2026", "/api/documents/growth-roadmap-2026/compare/none")) {
            Http.Response r = Http.get(base + url);
            assertThat(r.status()).as(url).isEqualTo(404);
            assertThat(r.json().path("error").path("code").asText()).isEqualTo("not_found");
        }
        for (String other : List.of("ict-rd-trends-report-2025", "growth-roadmap-2026")) {
            Http.Response r = Http.get(base + "/api/documents/growth-roadmap-2026/compare/" + other);
            assertThat(r.status()).as(other).isEqualTo(400);
            assertThat(r.json().path("error").path("code").asText()).isEqualTo("not_versions");
            assertThat(r.json().path("error").path("message").asText()).contains("共通する節がありません");
        }
    }

    @Test
    void the_change_filter_finds_sections_whose_other_version_differs_with_the_figure_count() {
        String both = "&doc=" + GROWTH.replace("/", "") + "&doc=" + DIGITAL.replace("/", "");
        JsonNode changed = Http.get(base + "/api/search?size=100&change=" + enc("変更あり") + both)
                .json();
        assertThat(changed.path("hits"))
                .isNotEmpty()
                .allMatch(h -> h.path("version_change").asText().equals("変更あり"));
        assertThat(changed.path("hits"))
                .anyMatch(h -> h.path("id").asText().equals(GROWTH + "c05/goal")
                        && h.path("changed_figures").asInt() == 7);
        // the four shared cards, three phases each, in both documents: every pair differs somewhere
        assertThat(changed.path("total").asLong()).isEqualTo(24);
        JsonNode same =
                Http.get(base + "/api/search?size=100&change=" + enc("変更なし")).json();
        assertThat(same.path("hits"))
                .isNotEmpty()
                .allMatch(h -> h.path("version_change").asText().equals("変更なし")
                        && h.path("changed_figures").asInt() == 0);
        // the facet lists both values; a section without versions has neither field
        JsonNode all = Http.get(base + "/api/search?q=" + enc("自動運転")).json();
        assertThat(all.path("facets").path("change").findValuesAsText("value")).contains("変更あり");
        JsonNode lone = Http.get(base + "/api/search?q=" + enc("量子") + "&doc=" + GROWTH.replace("/", ""))
                .json();
        assertThat(lone.path("hits"))
                .anyMatch(h -> h.path("version_change").isNull()
                        && h.path("changed_figures").isNull());
    }

    @Test
    void search_results_carry_the_badge_and_a_link_to_the_comparison() {
        Document results = page("/search?q=" + enc("自動運転 出荷額") + "&change=" + enc("変更あり"), 200);
        assertThat(results.select("#facet-change legend").text()).isEqualTo("他の版との違い");
        Element card = results.select("li.card").stream()
                .filter(c -> c.select("a.compare-link").attr("href").contains("c05/goal/compare/")
                        || c.select("a.compare-link").attr("href").contains("c06/goal/compare/"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(results.select("li.card").text()));
        assertThat(card.selectFirst(".version-badge").text()).isEqualTo("数値の違い 7件");
        assertThat(card.selectFirst("a.compare-link").text()).startsWith("比較");
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
