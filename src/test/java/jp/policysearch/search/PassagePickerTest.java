package jp.policysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.policysearch.analysis.TextNormalizer;
import jp.policysearch.section.Passage;
import org.junit.jupiter.api.Test;

class PassagePickerTest {

    private static final TextNormalizer NORMALIZER = TextNormalizer.withDefaultVariants();

    private static PassagePicker picker(String... terms) {
        Map<String, List<String>> expansions = new LinkedHashMap<>();
        for (String t : terms) {
            expansions.put(t, List.of());
        }
        return new PassagePicker(new PassageKeys(NORMALIZER), expansions);
    }

    /** Fragments written with {@code <mark>} for readability, as the highlighter's marked snippets. */
    private static List<Snippet> marked(String... fragments) {
        return Arrays.stream(fragments)
                .map(f -> Snippet.tagged(f.replace("<mark>", Snippet.OPEN).replace("</mark>", Snippet.CLOSE)))
                .toList();
    }

    private static List<Passage> passages(String... texts) {
        List<Passage> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(new Passage("a" + (i + 1), null, texts[i]));
        }
        return out;
    }

    @Test
    void the_passage_with_more_terms_wins_over_the_best_fragment_and_a_partial_mark_does_not_count() {
        List<Passage> ps = passages("国内バーティカルAI市場は約1兆円で", "世界のバーティカルAI市場33兆円として、少なくとも５兆円の獲得を目指す。");
        List<Snippet> fragments = marked("国内<mark>バーティカルAI</mark>市場は約1<mark>兆円</mark>で");
        assertThat(picker("バーティカルAI", "5兆円").pick(ps, fragments)).isEqualTo("a2");
    }

    @Test
    void a_tie_goes_to_the_passage_holding_the_rarer_term() {
        List<Passage> ps = passages("中国の研究開発費", "米国と中国の研究開発費", "中国は約 2.5 倍の伸び", "研究開発費の内訳");
        assertThat(picker("中国", "研究開発費", "2.5倍").pick(ps, marked("米国と<mark>中国</mark>の")))
                .isEqualTo("a3");
    }

    @Test
    void then_to_the_passage_holding_the_terms_closest_together() {
        List<Passage> ps = passages("アニメ産業はコンテンツ分野の中でも大きく海外売上の3割強を占める。", "アニメ分野では海外売上6兆円を目指す。");
        assertThat(picker("アニメ", "海外売上").pick(ps, List.of())).isEqualTo("a2");
    }

    @Test
    void a_phrase_matched_through_its_words_counts_by_the_marks_and_without_terms_the_fragment_decides() {
        List<Passage> ps = passages("研究の推進", "人材の育成を進める", "育成の方針");
        List<Snippet> marks = marked("<mark>人材</mark>の<mark>育成</mark>を進める");
        assertThat(picker("人材を育成する").pick(ps, marks)).isEqualTo("a2");
        assertThat(picker("量子").pick(ps, marked("<mark>育成</mark>の方針"))).isEqualTo("a3");
        assertThat(picker("量子").pick(ps, List.of())).isNull();
    }
}
