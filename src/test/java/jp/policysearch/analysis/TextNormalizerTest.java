package jp.policysearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = TextNormalizer.withDefaultVariants();

    @Test
    void full_width_ascii_becomes_ascii() {
        assertThat(normalizer.normalize("ＡＩ・５Ｇ（ＤＣ）")).isEqualTo("AI・5G(DC)");
    }

    @Test
    void half_width_katakana_becomes_full_width_with_voicing_joined() {
        assertThat(normalizer.normalize("ｲﾉﾍﾞｰｼｮﾝ力低下")).isEqualTo("イノベーション力低下");
        assertThat(normalizer.normalize("ﾌﾟﾗｸﾞｲﾝﾊｲﾌﾞﾘｯﾄﾞ")).isEqualTo("プラグインハイブリッド");
    }

    @Test
    void structure_markers_and_superscripts_stay() {
        String markers = "①②⑳⑴⒇㈠㈩㊀ⅰⅴ※¹JC-STAR*²";
        assertThat(normalizer.normalize(markers)).isEqualTo(markers);
    }

    @Test
    void compatibility_characters_fold() {
        assertThat(normalizer.normalize("GX移⾏債")).isEqualTo("GX移行債");
        assertThat(normalizer.normalize("㈱日立")).isEqualTo("株日立");
        assertThat(normalizer.normalize("42.3万㎡")).isEqualTo("42.3万m2");
        assertThat(normalizer.normalize("\uF929")).isEqualTo("朗");
    }

    @Test
    void variant_glyphs_seen_in_the_corpus_fold_to_japanese_forms() {
        assertThat(normalizer.normalize("多样な高压の黑色粉末を粉碎し收受、鑄造、版權、麴、起點、米國")).isEqualTo("多様な高圧の黒色粉末を粉砕し収受、鋳造、版権、麹、起点、米国");
        assertThat(normalizer.normalize("マーチャндаイジング")).isEqualTo("マーチャンダイジング");
        assertThat(normalizer.normalize("他の 3 개국と比較")).isEqualTo("他の 3 か国と比較");
    }

    @Test
    void dash_after_katakana_is_a_long_vowel_but_not_before_a_digit_or_after_kanji() {
        assertThat(normalizer.normalize("イノベ―ション")).isEqualTo("イノベーション");
        assertThat(normalizer.normalize("グループ－」")).isEqualTo("グループー」");
        assertThat(normalizer.normalize("サーバ‐")).isEqualTo("サーバー");
        assertThat(normalizer.normalize("フェーズ－2")).isEqualTo("フェーズ-2");
        assertThat(normalizer.normalize("2030年−2040年")).isEqualTo("2030年−2040年");
    }

    @Test
    void offsets_map_back_across_contractions_and_expansions() {
        String original = "ｶﾞｽと㍻元年";
        NormalizedText folded = normalizer.normalizeWithOffsets(original);
        assertThat(folded.text()).isEqualTo("ガスと平成元年");
        // ガ [0,1) came from ｶﾞ [0,2)
        assertThat(folded.originalOffset(0)).isZero();
        assertThat(folded.originalOffset(1)).isEqualTo(2);
        // 平成 [3,5) came from ㍻ [4,5); 元年 [5,7) from [5,7)
        assertThat(folded.originalOffset(3)).isEqualTo(4);
        assertThat(folded.originalOffset(5)).isEqualTo(5);
        assertThat(folded.originalOffset(7)).isEqualTo(7);
    }

    @Test
    void unchanged_text_has_no_offset_shifts() {
        NormalizedText folded = normalizer.normalizeWithOffsets("量子暗号通信の社会実装を推進する");
        assertThat(folded.shiftAt()).isEmpty();
        assertThat(folded.originalOffset(5)).isEqualTo(5);
    }

    @Test
    void longest_variant_wins() {
        TextNormalizer custom = new TextNormalizer(Map.of("ab", "X", "a", "Y"));
        assertThat(custom.normalize("aab")).isEqualTo("YX");
    }

    @Test
    void malformed_variant_line_is_rejected_with_its_number() {
        byte[] table = "# comment\n样\t様\n收 収\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TextNormalizer.readVariants(new ByteArrayInputStream(table)))
                .hasMessageContaining("line 3");
    }
}
