package jp.policysearch.analysis;

import static jp.policysearch.analysis.Chains.terms;
import static jp.policysearch.analysis.Chains.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class JapaneseChainTest {

    private final Analyzer japanese = Chains.japanese();

    @Test
    void policy_sentence_keeps_only_content_words() {
        assertThat(terms(japanese, "量子暗号通信の社会実装を推進する")).containsExactly("量子", "暗号", "通信", "社会", "実装", "推進");
    }

    @Test
    void full_width_and_half_width_latin_give_the_same_tokens() {
        List<String> ascii = terms(japanese, "AI・データセンター");
        assertThat(terms(japanese, "ＡＩ・データセンター")).isEqualTo(ascii);
        assertThat(ascii).containsExactly("ai", "データ", "センタ");
    }

    @Test
    void final_long_vowel_does_not_matter() {
        assertThat(terms(japanese, "サーバー")).isEqualTo(terms(japanese, "サーバ")).containsExactly("サーバ");
    }

    @Test
    void kangxi_radical_matches_the_ideograph() {
        assertThat(terms(japanese, "GX移⾏債")).isEqualTo(terms(japanese, "GX移行債"));
    }

    @Test
    void half_width_katakana_and_dash_long_vowel_match_the_standard_spelling() {
        assertThat(terms(japanese, "ｲﾉﾍﾞｰｼｮﾝ力")).isEqualTo(terms(japanese, "イノベーション力"));
        assertThat(terms(japanese, "イノベ―ション")).isEqualTo(terms(japanese, "イノベーション"));
    }

    @Test
    void highlight_offsets_after_folding_point_at_the_original_text() {
        String original = "ＡＩ等のｲﾉﾍﾞｰｼｮﾝを推進";
        Chains.Token token = tokens(japanese, original).stream()
                .filter(t -> t.term().equals("イノベーション"))
                .findFirst()
                .orElseThrow();
        assertThat(original.substring(token.start(), token.end())).isEqualTo("ｲﾉﾍﾞｰｼｮﾝ");
        Chains.Token after = tokens(japanese, original).getLast();
        assertThat(after.term()).isEqualTo("推進");
        assertThat(original.substring(after.start(), after.end())).isEqualTo("推進");
    }

    @Test
    void user_dictionary_rule_keeps_a_term_whole() {
        Chains.TokenizerSettings settings = new Chains.TokenizerSettings(
                "search", true, true, List.of("官民投資ロードマップ,官民投資 ロードマップ,カンミントウシ ロードマップ,カスタム名詞"));
        assertThat(terms(japanese, "官民投資ロードマップ素案")).containsExactly("官民", "投資", "ロード", "マップ", "素案");
        assertThat(terms(Chains.japanese(settings), "官民投資ロードマップ素案")).containsExactly("官民投資", "ロードマップ", "素案");
    }

    @Test
    void circled_number_stays_a_token_of_its_own() {
        assertThat(terms(japanese, "①の取組")).containsExactly("①", "取組");
    }

    @Test
    void parenthesized_ideograph_folds_with_offsets_on_the_original() {
        List<Chains.Token> tokens = tokens(japanese, "㈱日立のｲﾉﾍﾞｰｼｮﾝ");
        assertThat(tokens)
                .containsExactly(
                        new Chains.Token("株", 0, 1), new Chains.Token("日立", 1, 3), new Chains.Token("イノベーション", 4, 12));
    }

    @Test
    void number_spellings_analyze_alike() {
        assertThat(terms(japanese, "十兆円")).isEqualTo(terms(japanese, "10兆円"));
        assertThat(terms(japanese, "８千億円"))
                .isEqualTo(terms(japanese, "8,000億円"))
                .isEqualTo(terms(japanese, "8000億円"));
        assertThat(terms(japanese, "20ヶ国")).isEqualTo(terms(japanese, "20カ国")).isEqualTo(terms(japanese, "20か国"));
        assertThat(terms(japanese, "R6補正")).isEqualTo(terms(japanese, "令和6年度補正"));
    }

    @Test
    void a_folded_number_highlights_the_number_as_written() {
        String original = "計8,000億円規模の補助";
        Chains.Token number = tokens(japanese, original).stream()
                .filter(t -> t.term().equals("8000"))
                .findFirst()
                .orElseThrow();
        assertThat(original.substring(number.start(), number.end())).isEqualTo("8,000");
    }
}
