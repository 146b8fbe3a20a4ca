package jp.policysearch.analysis;

import static jp.policysearch.analysis.Chains.terms;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class ReadingChainTest {

    private final Analyzer reading = Chains.reading();

    @Test
    void okurigana_variants_share_one_term() {
        assertThat(terms(reading, "取組"))
                .isEqualTo(terms(reading, "取り組み"))
                .isEqualTo(terms(reading, "取組み"))
                .containsExactly("取組トリクミ");
        assertThat(terms(reading, "申し込み")).isEqualTo(terms(reading, "申込"));
        assertThat(terms(reading, "売り上げ")).isEqualTo(terms(reading, "売上げ"));
        assertThat(terms(reading, "引き下げ")).isEqualTo(terms(reading, "引下げ"));
    }

    @Test
    void variants_inside_a_sentence_keep_the_neighbouring_words() {
        assertThat(terms(reading, "取り組みの状況")).isEqualTo(terms(reading, "取組状況"));
        assertThat(terms(reading, "取組みを後押し")).startsWith("取組トリクミ");
    }

    @Test
    void homophones_written_with_other_kanji_stay_apart() {
        assertThat(terms(reading, "機関")).isNotEqualTo(terms(reading, "期間"));
        assertThat(terms(reading, "公開")).isNotEqualTo(terms(reading, "後悔"));
    }

    @Test
    void words_without_kanji_pass_unchanged() {
        assertThat(terms(reading, "AI")).containsExactly("ai");
        assertThat(terms(reading, "データ")).containsExactly("データ");
    }
}
