package jp.policysearch.analysis;

import static jp.policysearch.analysis.Chains.terms;
import static jp.policysearch.analysis.Chains.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class BigramChainTest {

    private final Analyzer bigram = Chains.bigram(false);
    private final Analyzer withUnigrams = Chains.bigram(true);

    @Test
    void han_run_becomes_overlapping_bigrams_with_their_own_offsets() {
        assertThat(tokens(bigram, "半導体製造装置"))
                .containsExactly(
                        new Chains.Token("半導", 0, 2),
                        new Chains.Token("導体", 1, 3),
                        new Chains.Token("体製", 2, 4),
                        new Chains.Token("製造", 3, 5),
                        new Chains.Token("造装", 4, 6),
                        new Chains.Token("装置", 5, 7));
    }

    @Test
    void width_folding_and_lowercase_apply_before_bigrams() {
        assertThat(terms(bigram, "ＡＩ・データセンター"))
                .isEqualTo(terms(bigram, "AI・データセンター"))
                .containsExactly("ai", "デー", "ータ", "タセ", "セン", "ンタ", "ター");
    }

    @Test
    void single_character_is_only_found_in_the_unigram_variant() {
        assertThat(terms(bigram, "株式")).containsExactly("株式");
        assertThat(terms(withUnigrams, "株式")).containsExactly("株", "株式", "式");
        assertThat(terms(withUnigrams, "株")).containsExactly("株");
    }

    @Test
    void kangxi_radical_gives_the_same_bigrams() {
        assertThat(terms(bigram, "GX移⾏債")).isEqualTo(terms(bigram, "GX移行債")).containsExactly("gx", "移行", "行債");
    }

    @Test
    void number_spellings_give_the_same_bigrams() {
        assertThat(terms(bigram, "八兆円")).isEqualTo(terms(bigram, "8兆円"));
        assertThat(terms(bigram, "計8,000億円")).isEqualTo(terms(bigram, "計8000億円"));
        assertThat(terms(bigram, "63ヶ国")).isEqualTo(terms(bigram, "63か国"));
        assertThat(terms(bigram, "R4補正")).isEqualTo(terms(bigram, "令和4年度補正"));
    }
}
