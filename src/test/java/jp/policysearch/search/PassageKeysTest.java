package jp.policysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import jp.policysearch.analysis.TextNormalizer;
import org.junit.jupiter.api.Test;

class PassageKeysTest {

    private static final TextNormalizer NORMALIZER = TextNormalizer.withDefaultVariants();

    @Test
    void a_remembered_passage_has_the_form_computed_afresh() {
        PassageKeys keys = new PassageKeys(NORMALIZER);
        String text = "ＡＩ ロボット の 取り組み　８，０００億円";
        String first = keys.ofPassage(text);
        assertThat(first).isEqualTo(keys.of(text)).doesNotContain(" ").isEqualTo(first.toLowerCase());
        assertThat(keys.ofPassage(new String(text.toCharArray()))).isEqualTo(first);
        assertThat(keys.rememberedCount()).isEqualTo(1);
    }

    @Test
    void memory_stays_bounded_however_many_passages_pass() {
        PassageKeys keys = new PassageKeys(NORMALIZER);
        for (int i = 0; i < PassageKeys.REMEMBERED * 2 + 7; i++) {
            String text = "第" + i + "節 量子";
            assertThat(keys.ofPassage(text)).isEqualTo(keys.of(text));
        }
        assertThat(keys.rememberedCount()).isBetween(1, PassageKeys.REMEMBERED);
    }
}
