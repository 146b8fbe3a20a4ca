package jp.policysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.policysearch.testsupport.CorpusServer;
import jp.policysearch.testsupport.Http;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The search contract on the real corpus over HTTP. Counts are pinned: they were checked by hand against the
 * corpus (and against each other: A OR B = A + B − (A AND B), A −B = A − (A AND B)) and change only with the corpus.
 */
class SearchApiIT {

    private static CorpusServer server;

    @BeforeAll
    static void start() {
        server = CorpusServer.start("api-it");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode search(String... params) {
        Http.Response r = Http.get(server.base() + "/api/search?" + query(params));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static Http.Response raw(String... params) {
        return Http.get(server.base() + "/api/search?" + query(params));
    }

    static String query(String... params) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < params.length; i += 2) {
            out.append(i == 0 ? "" : "&")
                    .append(params[i])
                    .append('=')
                    .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    static long total(String... params) {
        return search(params).path("total").asLong();
    }

    static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.path("hits").forEach(h -> ids.add(h.path("id").asText()));
        return ids;
    }

    /** The hits that hold every term (the partial matches listed below them left out). */
    static List<String> strictIds(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.path("hits").forEach(h -> {
            if (h.path("match").asText().equals("strict")) {
                ids.add(h.path("id").asText());
            }
        });
        return ids;
    }

    static Map<String, Long> facet(JsonNode result, String name) {
        Map<String, Long> out = new LinkedHashMap<>();
        result.path("facets")
                .path(name)
                .forEach(f -> out.put(f.path("value").asText(), f.path("count").asLong()));
        return out;
    }

    @Test
    void words_separated_by_spaces_must_all_match_within_one_section() {
        assertThat(total("q", "量子")).isEqualTo(74);
        assertThat(total("q", "暗号")).isEqualTo(27);
        assertThat(total("q", "量子 暗号")).isEqualTo(25);
        assertThat(total("q", "量子\u3000暗号")).isEqualTo(25);
        assertThat(search("q", "量子 暗号").path("interpretation").path("terms"))
                .extracting(JsonNode::asText)
                .containsExactly("量子", "暗号");
    }

    @Test
    void a_quoted_phrase_is_a_contiguous_match() {
        assertThat(total("q", "\"量子暗号\"")).isEqualTo(17);
        assertThat(total("q", "\"量子暗号\"")).isLessThan(total("q", "量子 暗号"));
    }

    @Test
    void minus_excludes_and_or_unites_and_parentheses_group() {
        assertThat(total("q", "量子 -暗号")).isEqualTo(74 - 25);
        assertThat(total("q", "量子 OR 暗号")).isEqualTo(74 + 27 - 25);
        // 34 hold both words in their own text; 4 more hold one and sit under a heading with the other
        assertThat(total("q", "半導体 人材")).isEqualTo(38);
        assertThat(total("q", "(量子 OR 半導体) 人材")).isGreaterThanOrEqualTo(55);
        assertThat(total("q", "量子 OR 半導体")).isEqualTo(193);
    }

    @Test
    void full_width_and_half_width_are_the_same_query() {
        assertThat(total("q", "ＡＩ")).isEqualTo(total("q", "AI")).isEqualTo(202);
        assertThat(total("q", "５Ｇ")).isEqualTo(total("q", "5G")).isEqualTo(53);
        assertThat(search("q", "ＡＩ").path("interpretation").path("terms").get(0).asText())
                .isEqualTo("AI");
    }

    @Test
    void long_vowel_and_variant_characters_are_normalized() {
        assertThat(total("q", "サーバー")).isEqualTo(total("q", "サーバ")).isEqualTo(23);
        // ⾏ is the Kangxi radical U+2F8F the slide deck prints; 行 is what people type
        JsonNode radical = search("q", "GX移\u2F8F債");
        assertThat(strictIds(radical)).containsExactly("meti-council-materials-2025/p005");
        assertThat(strictIds(search("q", "GX移行債"))).containsExactly("meti-council-materials-2025/p005");
    }

    @Test
    void a_synonym_is_shown_in_the_interpretation_and_finds_more() {
        JsonNode result = search("q", "リスキリング");
        JsonNode expansion = result.path("interpretation").path("expansions").get(0);
        assertThat(expansion.path("term").asText()).isEqualTo("リスキリング");
        assertThat(expansion.path("variants")).extracting(JsonNode::asText).containsExactly("リスクリング");
        assertThat(result.path("total").asLong()).isEqualTo(7);
        assertThat(total("q", "\"リスキリング\"")).isEqualTo(6); // quoted: no variants
        assertThat(ids(search("q", "リスキリング", "size", "10"))).contains("digital-cyber-roadmap-2026/c04/policy");

        assertThat(total("q", "AI")).isGreaterThan(total("q", "\"AI\"")).isEqualTo(202);
        assertThat(total("q", "\"AI\"")).isEqualTo(198);
        assertThat(total("q", "QKD")).isEqualTo(total("q", "量子鍵配送")).isEqualTo(11);
        assertThat(total("q", "トラフィック")).isEqualTo(total("q", "トラヒック")).isEqualTo(6);
    }

    @Test
    void the_correct_spelling_inside_a_longer_term_finds_the_misprinted_passage() {
        JsonNode result = search("q", "バーティカルAI", "size", "10");
        JsonNode expansion = result.path("interpretation").path("expansions").get(0);
        assertThat(expansion.path("term").asText()).isEqualTo("バーティカルAI");
        assertThat(expansion.path("variants")).extracting(JsonNode::asText).containsExactly("パーティカルAI");
        JsonNode path = hit(result, "growth-roadmap-2026/c01/path");
        assertThat(path.path("snippets").toString()).contains("<mark>パーティカルAI</mark>");
        assertThat(total("q", "\"パーティカルAI\"")).isEqualTo(1);
    }

    @Test
    void zero_strict_hits_list_partial_matches_with_the_term_they_lack() {
        JsonNode strict = search("q", "量子 暗号");
        assertThat(strict.path("interpretation").path("relaxed").asBoolean()).isFalse();
        assertThat(strict.path("partial_total").asLong()).isZero(); // 25 strict matches fill the page
        JsonNode relaxed = search("q", "量子 ぬぴょろん");
        assertThat(relaxed.path("interpretation").path("relaxed").asBoolean()).isTrue();
        assertThat(relaxed.path("total").asLong()).isZero();
        assertThat(relaxed.path("partial_total").asLong()).isGreaterThanOrEqualTo(74);
        relaxed.path("hits").forEach(h -> {
            assertThat(h.path("match").asText()).isEqualTo("partial");
            assertThat(h.path("missing_terms")).extracting(JsonNode::asText).containsExactly("ぬぴょろん");
        });
        JsonNode nothing = search("q", "ぬぴょろん");
        assertThat(nothing.path("total").asLong()).isZero();
        assertThat(nothing.path("partial_total").asLong()).isZero();
        assertThat(nothing.path("interpretation").path("relaxed").asBoolean()).isFalse();
    }

    @Test
    void strict_matches_that_fill_less_than_a_page_come_before_every_partial_one() {
        for (String sort : List.of("relevance", "newest")) {
            JsonNode result = search("q", "量子 暗号", "size", "60", "sort", sort);
            assertThat(result.path("total").asLong()).isEqualTo(25);
            assertThat(result.path("partial_total").asLong()).isPositive();
            List<String> matches = new ArrayList<>();
            result.path("hits").forEach(h -> matches.add(h.path("match").asText()));
            assertThat(matches).hasSize(60);
            assertThat(matches.subList(0, 25)).as(sort).containsOnly("strict");
            assertThat(matches.subList(25, 60)).as(sort).containsOnly("partial");
            for (int i = 0; i < 60; i++) {
                JsonNode missing = result.path("hits").get(i).path("missing_terms");
                if (i < 25) {
                    assertThat(missing).isEmpty();
                } else {
                    assertThat(missing).extracting(JsonNode::asText).isSubsetOf("量子", "暗号");
                }
            }
        }
        // the second page continues the same list
        JsonNode first = search("q", "量子 暗号", "size", "30");
        JsonNode second = search("q", "量子 暗号", "size", "30", "page", "2");
        assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first)).hasSize(30);
        assertThat(second.path("hits").get(0).path("match").asText()).isEqualTo("partial");
    }

    @Test
    void three_words_no_section_holds_together_still_find_sections_with_some_of_them() {
        JsonNode result = search("q", "地熱 洋上風力 ロボット");
        assertThat(result.path("partial_total").asLong()).isPositive();
        assertThat(result.path("hits")).isNotEmpty();
        JsonNode top = result.path("hits").get(0);
        assertThat(top.path("match").asText()).isEqualTo("partial");
        assertThat(top.path("missing_terms"))
                .extracting(JsonNode::asText)
                .isNotEmpty()
                .isSubsetOf("地熱", "洋上風力", "ロボット");
    }

    @Test
    void among_partial_matches_the_one_holding_more_of_the_query_words_ranks_first() {
        // no section says 破られる; the one holding 公開鍵暗号 too (as 公開鍵暗号技術が解読される) outranks the many that
        // hold only 量子コンピュータ, in their titles even
        // (first: a word of the query counts in the text as well as in the title, docs/relevance.md)
        JsonNode result = search("q", "量子コンピュータ 公開鍵暗号が破られる");
        assertThat(result.path("total").asLong()).isZero();
        assertThat(ids(result).getFirst()).isEqualTo("ict-rd-trends-report-2025/3-1-3-2-1-d-b");
        // and one that lacks a whole term, but holds most words of the other, beats the ones holding one term only
        assertThat(ids(search("q", "電池 再生材の使用を義務化")).subList(0, 5)).contains("growth-roadmap-2026/c18/goal");
    }

    @Test
    void among_the_phases_of_one_card_the_text_that_holds_the_words_decides() {
        // the four phases of サイバーポート（港湾物流DX） share the title holding サイバーポート, which used to outweigh
        // their text; the goal's text names both words, 「サイバーポート」及び「NACCS」を軸に, so it comes first
        List<String> strict = strictIds(search("q", "サイバーポート NACCS"));
        assertThat(strict).hasSize(4).first().isEqualTo("growth-roadmap-2026/c29/goal");
        assertThat(strictIds(search("q", "PF 港湾物流DX")).getFirst()).isEqualTo("growth-roadmap-2026/c29/goal");
    }

    @Test
    void lowercase_or_between_terms_is_or_and_the_interpretation_says_so() {
        JsonNode lower = search("q", "洋上風力 or 地熱");
        assertThat(lower.path("total").asLong())
                .isEqualTo(total("q", "洋上風力 OR 地熱"))
                .isGreaterThan(total("q", "洋上風力"));
        assertThat(lower.path("interpretation").path("terms"))
                .extracting(JsonNode::asText)
                .containsExactly("洋上風力", "地熱");
        assertThat(lower.path("interpretation").path("notes"))
                .extracting(JsonNode::asText)
                .containsExactly("「or」は OR（いずれかを含む）として検索");
        assertThat(search("q", "洋上風力 OR 地熱").path("interpretation").path("notes"))
                .isEmpty();
    }

    @Test
    void a_latin_alphanumeric_token_is_never_cut_into_letters() {
        for (String q : List.of("5G", "5G ぬぴょろん")) {
            JsonNode result = search("q", q, "size", "60");
            assertThat(result.path("total").asLong()
                            + result.path("partial_total").asLong())
                    .isGreaterThanOrEqualTo(53);
            List<String> marked = new ArrayList<>();
            result.path("hits")
                    .forEach(h -> h.path("snippets").forEach(snippet -> {
                        // adjacent marks are one match the highlighter wrote in pieces
                        String html = snippet.asText().replace("</mark><mark>", "");
                        for (Element mark : Jsoup.parseBodyFragment(html).select("mark")) {
                            marked.add(Normalizer.normalize(mark.text(), Normalizer.Form.NFKC)
                                    .toUpperCase(Locale.ROOT));
                        }
                    }));
            assertThat(marked).as(q).contains("5G").noneMatch(m -> m.matches("[A-Z0-9]"));
        }
    }

    @Test
    void a_single_character_query_works() {
        assertThat(total("q", "鍵")).isEqualTo(20);
        assertThat(total("q", "株")).isEqualTo(27);
        assertThat(search("q", "鍵").path("hits").get(0).path("snippets").toString())
                .contains("<mark>鍵</mark>");
    }

    @Test
    void facet_counts_are_disjunctive_and_a_selected_unknown_value_is_listed_at_zero() {
        JsonNode all = search("q", "量子");
        JsonNode one = search("q", "量子", "ministry", "総務省");
        assertThat(one.path("total").asLong()).isEqualTo(38);
        assertThat(facet(one, "ministry"))
                .isEqualTo(facet(all, "ministry"))
                .containsEntry("総務省", 38L)
                .containsEntry("経済産業省", 27L)
                .containsEntry("内閣官房", 10L);
        assertThat(facet(one, "doc")).containsExactly(Map.entry("ict-rd-trends-report-2025", 38L));
        assertThat(one.path("facets").path("ministry").get(0).path("selected").asBoolean())
                .isTrue();

        JsonNode unknown = search("q", "量子", "ministry", "総務省", "ministry", "不明省");
        assertThat(unknown.path("total").asLong()).isEqualTo(38);
        JsonNode last = unknown.path("facets")
                .path("ministry")
                .get(unknown.path("facets").path("ministry").size() - 1);
        assertThat(last.path("value").asText()).isEqualTo("不明省");
        assertThat(last.path("count").asLong()).isZero();
        assertThat(last.path("selected").asBoolean()).isTrue();
        assertThat(total("q", "量子", "ministry", "不明省")).isZero();
    }

    @Test
    void every_facet_count_is_the_number_of_results_a_click_on_it_shows() {
        for (String[] base : List.of(new String[] {"q", "クラウド"}, new String[] {"year", "2023"}, new String[0])) {
            JsonNode result = search(base);
            for (String name : List.of("ministry", "area", "year", "phase", "doc", "change")) {
                facet(result, name).forEach((value, count) -> {
                    // a value of a facet counts as if it alone were chosen in that facet (counts are disjunctive)
                    List<String> params = new ArrayList<>();
                    for (int i = 0; i + 1 < base.length; i += 2) {
                        if (!base[i].equals(name)) {
                            params.addAll(List.of(base[i], base[i + 1]));
                        }
                    }
                    params.addAll(List.of(name, value));
                    assertThat(total(params.toArray(String[]::new)))
                            .as(String.join("&", params))
                            .isEqualTo(count);
                });
            }
        }
        // versions are grouped: the year facet counts what the total counts (issue #11: 253 in the facet, 248 listed)
        JsonNode year = search("year", "2023");
        assertThat(facet(year, "year").get("2023")).isEqualTo(year.path("total").asLong());
    }

    @Test
    void a_facet_value_that_cannot_be_a_year_is_a_400_in_japanese() {
        assertError(raw("year", "abc"), "invalid_year", "発行年");
        assertError(raw("q", "量子", "year", "20250"), "invalid_year", "西暦");
        assertThat(total("year", "2025")).isPositive();
    }

    @Test
    void values_of_one_facet_are_ored_and_facets_are_anded() {
        assertThat(total("q", "量子", "ministry", "総務省", "ministry", "経済産業省")).isEqualTo(65);
        assertThat(total("q", "量子", "ministry", "総務省", "ministry", "経済産業省", "year", "2025"))
                .isEqualTo(39);
        assertThat(total("ministry", "総務省")).isEqualTo(155);
        assertThat(total("year", "2027")).isZero();
    }

    @Test
    void empty_q_browses_in_document_order() {
        JsonNode browse = search("doc", "meti-council-materials-2025", "size", "3");
        assertThat(browse.path("total").asLong()).isEqualTo(37);
        assertThat(ids(browse))
                .containsExactly(
                        "meti-council-materials-2025/p003",
                        "meti-council-materials-2025/p004",
                        "meti-council-materials-2025/p005");
        assertThat(browse.path("interpretation").path("terms")).isEmpty();
        JsonNode everything = search("size", "1");
        assertThat(everything.path("total").asLong()).isEqualTo(588); // 605 sections, 17 shown with their other version
        assertThat(ids(everything)).containsExactly("digital-cyber-roadmap-2026/c01/goal");
    }

    @Test
    void newest_and_oldest_sort_by_year() {
        JsonNode newest = search("q", "量子", "sort", "newest", "size", "100");
        JsonNode oldest = search("q", "量子", "sort", "oldest", "size", "100");
        assertThat(newest.path("hits").get(0).path("year").asInt()).isEqualTo(2026);
        assertThat(oldest.path("hits").get(0).path("year").asInt()).isEqualTo(2023);
        List<Integer> years = new ArrayList<>();
        newest.path("hits").forEach(h -> years.add(h.path("year").asInt()));
        assertThat(years).isSortedAccordingTo((a, b) -> b - a).hasSize(74);
        assertThat(newest.path("query").path("sort").asText()).isEqualTo("newest");
    }

    @Test
    void page_and_size_are_checked_and_the_10000_window_is_a_400_with_a_message() {
        assertThat(search("q", "量子", "page", "2", "size", "50").path("hits").size())
                .isEqualTo(24);
        assertThat(search("page", "100", "size", "100").path("hits")).isEmpty();
        assertError(raw("page", "101", "size", "100"), "page_too_deep", "10,000");
        assertError(raw("page", "1001"), "page_too_deep", "エクスポート");
        assertError(raw("page", "0"), "invalid_page", "page");
        assertError(raw("page", "-3"), "invalid_page", "page");
        assertError(raw("page", "99999999999999"), "invalid_page", "page");
        assertError(raw("size", "101"), "invalid_size", "100");
        assertError(raw("size", "0"), "invalid_size", "size");
        assertError(raw("sort", "random"), "invalid_sort", "newest");
        assertError(raw("q", "あ".repeat(501)), "query_too_long", "500");
        assertThat(raw("q", "あ".repeat(500)).status()).isEqualTo(200);
    }

    static void assertError(Http.Response r, String code, String messagePart) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().path("error").path("code").asText()).isEqualTo(code);
        assertThat(r.json().path("error").path("message").asText()).contains(messagePart);
    }

    @Test
    void the_same_card_in_both_roadmaps_is_one_hit_unless_filtered_by_document() {
        JsonNode grouped = search("q", "クラウド", "size", "100");
        assertThat(grouped.path("total").asLong()).isEqualTo(68);
        // the version that scores higher stands for the group; the other is listed under it
        String digital = "digital-cyber-roadmap-2026/c02/goal";
        String growth = "growth-roadmap-2026/c03/goal";
        assertThat(ids(grouped))
                .filteredOn(id -> id.equals(digital) || id.equals(growth))
                .hasSize(1);
        String shown = ids(grouped).contains(digital) ? digital : growth;
        String other = shown.equals(digital) ? growth : digital;
        JsonNode hit = hit(grouped, shown);
        assertThat(hit.path("other_versions")).hasSize(1);
        assertThat(hit.path("other_versions").get(0).path("id").asText()).isEqualTo(other);
        assertThat(hit.path("other_versions").get(0).path("url").asText()).isEqualTo("/s/" + other);

        JsonNode byDoc =
                search("q", "クラウド", "size", "100", "doc", "growth-roadmap-2026", "doc", "digital-cyber-roadmap-2026");
        assertThat(byDoc.path("total").asLong()).isEqualTo(30);
        assertThat(ids(byDoc)).contains("digital-cyber-roadmap-2026/c02/goal", "growth-roadmap-2026/c03/goal");
        assertThat(hit(byDoc, "growth-roadmap-2026/c03/goal").path("other_versions"))
                .isEmpty();
    }

    @Test
    void hits_carry_urls_passage_anchors_and_escaped_snippets() {
        JsonNode hit = search("q", "量子", "size", "1").path("hits").get(0);
        assertThat(hit.path("url").asText()).isEqualTo("/s/" + hit.path("id").asText());
        assertThat(hit.path("passage_url").asText()).startsWith(hit.path("url").asText() + "#");
        assertThat(hit.path("snippets").get(0).asText()).contains("<mark>量子</mark>");
        assertThat(hit.path("id").asText())
                .startsWith(hit.path("document").path("id").asText() + "/");
    }

    @Test
    void a_section_comes_with_prev_and_next_and_an_unknown_id_is_404() {
        Http.Response r = Http.get(server.base() + "/api/sections/growth-roadmap-2026/c03/goal");
        assertThat(r.status()).isEqualTo(200);
        JsonNode s = r.json();
        assertThat(s.path("id").asText()).isEqualTo("growth-roadmap-2026/c03/goal");
        assertThat(s.path("card").asText()).isEqualTo("クラウド・データセンター");
        assertThat(s.path("phase").asText()).isEqualTo("目標");
        assertThat(s.path("prev").path("id").asText()).isEqualTo("growth-roadmap-2026/c02/direction");
        assertThat(s.path("next").path("id").asText()).isEqualTo("growth-roadmap-2026/c03/path");
        assertThat(s.path("other_versions").get(0).path("id").asText())
                .isEqualTo("digital-cyber-roadmap-2026/c02/goal");
        assertThat(s.path("passages").size()).isPositive();
        assertThat(s.path("source").path("file").asText()).endsWith(".txt");

        Http.Response first = Http.get(server.base() + "/api/sections/digital-cyber-roadmap-2026/c01/goal");
        assertThat(first.json().path("prev").isNull()).isTrue();

        Http.Response missing = Http.get(server.base() + "/api/sections/growth-roadmap-2026/c99/goal");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("error").path("code").asText()).isEqualTo("not_found");
    }

    @Test
    void documents_are_listed_with_their_section_counts() {
        JsonNode docs = Http.get(server.base() + "/api/documents").json().path("documents");
        Map<String, Long> counts = new LinkedHashMap<>();
        docs.forEach(
                d -> counts.put(d.path("id").asText(), d.path("section_count").asLong()));
        assertThat(counts)
                .containsExactly(
                        Map.entry("digital-cyber-roadmap-2026", 24L),
                        Map.entry("growth-roadmap-2026", 136L),
                        Map.entry("ict-rd-trends-report-2025", 155L),
                        Map.entry("meti-council-materials-2025", 37L),
                        Map.entry("semiconductor-digital-strategy-2023", 253L));
        JsonNode doc =
                Http.get(server.base() + "/api/documents/growth-roadmap-2026").json();
        assertThat(doc.path("sections")).hasSize(136);
        assertThat(doc.path("sections").get(0).path("id").asText()).isEqualTo("growth-roadmap-2026/c01/goal");
        assertThat(Http.get(server.base() + "/api/documents/nope").status()).isEqualTo(404);
    }

    @Test
    void documents_say_which_metadata_was_inferred_and_why() {
        Map<String, JsonNode> docs = new LinkedHashMap<>();
        Http.get(server.base() + "/api/documents")
                .json()
                .path("documents")
                .forEach(d -> docs.put(d.path("id").asText(), d));
        JsonNode growth = docs.get("growth-roadmap-2026").path("inferred");
        assertThat(growth.path("issuers").asText()).isEqualTo("作成者の記載がなく、日本成長戦略会議に向けた素案であることから推定");
        assertThat(growth.has("title")).isFalse();
        assertThat(docs.get("ict-rd-trends-report-2025").path("inferred").isEmpty())
                .isTrue();
        JsonNode council = Http.get(server.base() + "/api/documents/meti-council-materials-2025")
                .json();
        assertThat(council.path("inferred").path("year").asText()).contains("R7.6.7");
    }

    static JsonNode hit(JsonNode result, String id) {
        for (JsonNode h : result.path("hits")) {
            if (h.path("id").asText().equals(id)) {
                return h;
            }
        }
        throw new AssertionError(id + " is not among the hits " + ids(result));
    }

    @Test
    void a_strategic_fields_name_finds_the_sections_filed_under_it() {
        JsonNode result = search("q", "造船", "size", "100", "doc", "growth-roadmap-2026");
        Map<String, Long> areas = facet(result, "area");
        long filedUnderShipbuilding = total("area", "造船", "doc", "growth-roadmap-2026");
        assertThat(filedUnderShipbuilding).isGreaterThan(0);
        assertThat(result.path("total").asLong()).isGreaterThanOrEqualTo(filedUnderShipbuilding);
        assertThat(areas.get("造船")).isEqualTo(filedUnderShipbuilding);
    }

    @Test
    void latin_and_katakana_names_of_a_company_find_each_other() {
        assertThat(total("q", "ラピダス")).isEqualTo(total("q", "Rapidus")).isGreaterThan(1);
        assertThat(search("q", "ラピダス")
                        .path("interpretation")
                        .path("expansions")
                        .get(0)
                        .path("variants")
                        .get(0)
                        .asText())
                .isEqualTo("Rapidus");
    }

    @Test
    void an_era_year_also_finds_the_same_year_written_the_western_way() {
        long either = total("q", "\"令和6年度\" OR \"2024年度\"");
        assertThat(total("q", "令和6年度")).isEqualTo(either).isGreaterThan(total("q", "\"令和6年度\""));
        assertThat(total("q", "2024年度")).isEqualTo(either);
    }

    @Test
    void a_phrase_typed_as_running_japanese_matches_its_content_words_in_any_form() {
        long exact = total("q", "\"人材を育成する\"");
        assertThat(total("q", "人材を育成する")).isGreaterThan(exact).isGreaterThanOrEqualTo(total("q", "人材育成"));
        assertThat(total("q", "推進した")).isGreaterThanOrEqualTo(total("q", "推進"));
        JsonNode sentence = search("q", "サイバー攻撃への対策");
        assertThat(sentence.path("total").asLong()).isPositive();
        assertThat(sentence.path("interpretation").path("relaxed").asBoolean()).isFalse();
    }
}
