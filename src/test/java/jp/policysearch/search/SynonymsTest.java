package jp.policysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import jp.policysearch.analysis.TextNormalizer;
import org.junit.jupiter.api.Test;

class SynonymsTest {

    private final Synonyms synonyms =
            new Synonyms(Path.of("index-mappings/dictionaries/synonyms.txt"), TextNormalizer.withDefaultVariants());

    @Test
    void a_whole_term_gets_its_variants() {
        assertThat(synonyms.variantsOf("バーティカル")).containsExactly("パーティカル");
        assertThat(synonyms.variantsOf("サーバー")).containsExactly("サーバ");
    }

    @Test
    void a_key_of_three_or_more_characters_inside_a_longer_term_yields_the_variant_term() {
        assertThat(synonyms.variantsOf("バーティカルAI")).containsExactly("パーティカルAI");
        assertThat(synonyms.variantsOf("デジタル化")).containsExactly("ディジタル化");
        assertThat(synonyms.variantsOf("QKDネットワーク")).containsExactly("量子鍵配送ネットワーク");
    }

    @Test
    void a_shorter_key_inside_a_matched_one_adds_nothing_odd() {
        assertThat(synonyms.variantsOf("サーバー室")).containsExactly("サーバ室");
    }

    @Test
    void short_keys_and_latin_keys_inside_latin_words_are_not_expanded() {
        assertThat(synonyms.variantsOf("AIチップ")).isEmpty(); // AI has two characters
        assertThat(synonyms.variantsOf("ICTS")).isEmpty();
        assertThat(synonyms.variantsOf("ICT化")).containsExactly("情報通信技術化");
        assertThat(synonyms.variantsOf("量子")).isEmpty();
    }

    @Test
    void katakana_and_latin_names_and_short_forms_bridge_both_ways() {
        assertThat(synonyms.variantsOf("ソサエティ5.0")).contains("Society5.0", "Society 5.0");
        assertThat(synonyms.variantsOf("Society5.0")).contains("ソサエティ5.0");
        assertThat(synonyms.variantsOf("チャットGPT")).containsExactly("ChatGPT");
        assertThat(synonyms.variantsOf("スパコン")).containsExactly("スーパーコンピュータ");
        assertThat(synonyms.variantsOf("スーパーコンピュータ")).containsExactly("スパコン");
    }
}
