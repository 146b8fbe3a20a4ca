package jp.policysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.policysearch.testsupport.CorpusServer;
import jp.policysearch.testsupport.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spellings the analysis unifies, on the real corpus and node: each query is written differently from the passage
 * that answers it, finds that passage among the first hits, and says in the interpretation what it matched.
 */
class VariantSearchIT {

    private static CorpusServer server;

    @BeforeAll
    static void start() {
        server = CorpusServer.start("variant-it");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode search(String q) {
        Http.Response r = Http.get(server.base() + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** The texts (headings and body) of the first {@code n} hits. */
    private static List<String> topTexts(JsonNode result, int n) {
        List<String> texts = new ArrayList<>();
        for (JsonNode hit : result.path("hits")) {
            if (texts.size() == n) {
                break;
            }
            Http.Response section =
                    Http.get(server.base() + "/api/sections/" + hit.path("id").asText());
            assertThat(section.status()).isEqualTo(200);
            texts.add(section.json().path("text").asText().replaceAll("\\s", ""));
        }
        return texts;
    }

    private static List<String> variantsOf(JsonNode result, String term) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : result.path("interpretation").path("expansions")) {
            if (e.path("term").asText().equals(term)) {
                e.path("variants").forEach(v -> out.add(v.asText()));
            }
        }
        return out;
    }

    @Test
    void a_kanji_numeral_finds_the_amount_written_in_digits() {
        JsonNode result = search("八兆円 貿易赤字");
        assertThat(topTexts(result, 1).getFirst()).contains("貿易赤字が約8兆円");
        assertThat(variantsOf(result, "八兆円")).contains("8兆円");
    }

    @Test
    void an_amount_without_separators_finds_the_one_written_with_them() {
        JsonNode result = search("8000億円 補助 電池");
        assertThat(topTexts(result, 3)).anyMatch(t -> t.contains("計8,000億円規模の補助"));
        assertThat(variantsOf(result, "8000億円")).contains("8,000億円");
    }

    @Test
    void counter_kana_do_not_matter() {
        assertThat(topTexts(search("63ヶ国 署名"), 1).getFirst()).contains("63カ国・地域が署名");
        JsonNode result = search("量子暗号通信 20か国");
        assertThat(topTexts(result, 3)).anyMatch(t -> t.contains("20カ国で展開"));
        assertThat(variantsOf(result, "20か国")).contains("20カ国", "20ヶ国");
    }

    @Test
    void a_spelled_out_fiscal_year_finds_the_slide_that_abbreviates_it() {
        JsonNode result = search("令和6年度補正 クリーンエネルギー自動車");
        assertThat(topTexts(result, 3)).anyMatch(t -> t.contains("クリーンエネルギー自動車導入促進補助金【R6補正"));
        assertThat(variantsOf(result, "令和6年度補正")).contains("2024年度補正", "R6補正");
        JsonNode abbreviated = search("R4補正 経済安保基金");
        assertThat(topTexts(abbreviated, 3)).anyMatch(t -> t.contains("R4補正：経済安保基金"));
        assertThat(variantsOf(abbreviated, "R4補正")).contains("令和4年度補正", "2022年度補正");
    }

    @Test
    void the_snippet_marks_the_number_as_the_document_writes_it() {
        JsonNode result = search("8000億円");
        assertThat(result.path("hits").toString()).contains("<mark>8,000億円</mark>");
    }

    @Test
    void okurigana_variants_find_each_other_and_are_shown() {
        JsonNode result = search("取り組み 次世代クラウド");
        assertThat(topTexts(result, 3)).anyMatch(t -> t.contains("こうした取組みを後押しするため") && !t.contains("取り組み"));
        assertThat(variantsOf(result, "取り組み")).containsExactly("取組み", "取組");
        long written = total("\"取組\"");
        assertThat(total("取組")).isGreaterThan(written);
    }

    @Test
    void a_homophone_written_with_other_kanji_is_not_a_match() {
        for (String text : topTexts(search("期間"), 10)) {
            assertThat(text).contains("期間");
        }
        assertThat(total("期間")).isEqualTo(total("\"期間\""));
    }

    @Test
    void a_name_typed_in_katakana_finds_the_passage_that_writes_it_in_latin_letters() {
        JsonNode result = search("ソサエティ5.0");
        assertThat(variantsOf(result, "ソサエティ5.0")).contains("Society5.0");
        assertThat(topTexts(result, 1).getFirst()).containsIgnoringCase("society5.0");
        assertThat(total("ソサエティ5.0")).isEqualTo(total("Society5.0"));
        assertThat(total("スパコン")).isEqualTo(total("スーパーコンピュータ")).isGreaterThan(total("\"スパコン\""));
    }

    @Test
    void the_search_page_shows_what_the_analysis_matched() {
        Http.Response page =
                Http.get(server.base() + "/search?q=" + URLEncoder.encode("八兆円 取り組み", StandardCharsets.UTF_8));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("八兆円 → 8兆円 も検索").contains("取り組み → 取組み、取組 も検索");
    }

    private static long total(String q) {
        return search(q).path("total").asLong();
    }
}
