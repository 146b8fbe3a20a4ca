package jp.policysearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.junit.jupiter.api.Test;

class FactorySettingsTest {

    @Test
    void mode_is_parsed_case_insensitively() {
        assertThat(KuromojiTokenizerFactory.parseMode("search")).isEqualTo(JapaneseTokenizer.Mode.SEARCH);
        assertThat(KuromojiTokenizerFactory.parseMode("Normal")).isEqualTo(JapaneseTokenizer.Mode.NORMAL);
        assertThat(KuromojiTokenizerFactory.parseMode("extended")).isEqualTo(JapaneseTokenizer.Mode.EXTENDED);
    }

    @Test
    void unknown_mode_is_rejected_naming_the_value() {
        assertThatThrownBy(
                        () -> new KuromojiTokenizerFactory(new Chains.TokenizerSettings("fast", true, true, List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[fast]");
    }

    @Test
    void empty_rules_mean_no_user_dictionary() {
        KuromojiTokenizerFactory factory = new KuromojiTokenizerFactory(Chains.TokenizerSettings.defaults());
        assertThat(factory.mode()).isEqualTo(JapaneseTokenizer.Mode.SEARCH);
        assertThat(factory.hasUserDictionary()).isFalse();
        assertThat(KuromojiTokenizerFactory.parseUserDictionary(List.of("", "# only a comment")))
                .isNull();
    }

    @Test
    void rules_build_a_user_dictionary() {
        assertThat(KuromojiTokenizerFactory.parseUserDictionary(List.of("GX移行債,GX 移行 債,ジーエックス イコウ サイ,カスタム名詞")))
                .isNotNull();
    }

    @Test
    void malformed_and_duplicate_rules_are_rejected() {
        assertThatThrownBy(() -> KuromojiTokenizerFactory.parseUserDictionary(List.of("量子,量子,リョウシ")))
                .hasMessageContaining("4 comma-separated fields");
        assertThatThrownBy(() -> KuromojiTokenizerFactory.parseUserDictionary(
                        List.of("量子暗号,量子 暗号,リョウシ アンゴウ,名詞", "量子暗号,量子暗号,リョウシアンゴウ,名詞")))
                .hasMessageContaining("duplicate term [量子暗号]");
    }

    @Test
    void stoptags_default_to_lucene_and_can_be_replaced() {
        assertThat(new PartOfSpeechFilterFactory(new Chains.StopTags(List.of())).stopTags())
                .isEqualTo(JapaneseAnalyzer.getDefaultStopTags());
        assertThat(new PartOfSpeechFilterFactory(new Chains.StopTags(List.of("助詞-格助詞-一般"))).stopTags())
                .containsExactly("助詞-格助詞-一般");
    }

    @Test
    void katakana_stem_minimum_length_below_two_is_rejected() {
        assertThatThrownBy(() -> new KatakanaStemFilterFactory(new Chains.MinimumLength(1)))
                .hasMessageContaining("minimum_length");
    }
}
