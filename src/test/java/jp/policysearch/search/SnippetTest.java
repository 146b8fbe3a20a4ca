package jp.policysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.policysearch.search.Snippet.Part;
import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void a_tagged_fragment_becomes_runs_of_text_and_matches() {
        Snippet s = Snippet.tagged(
                "量子" + Snippet.OPEN + "<AI>" + Snippet.CLOSE + "と" + Snippet.OPEN + "計算" + Snippet.CLOSE);
        assertThat(s.parts())
                .containsExactly(
                        new Part("量子", false), new Part("<AI>", true), new Part("と", false), new Part("計算", true));
        assertThat(s.text()).isEqualTo("量子<AI>と計算");
    }

    @Test
    void an_unclosed_mark_is_dropped_not_kept_as_a_character() {
        assertThat(Snippet.tagged("a" + Snippet.OPEN + "b").parts()).containsExactly(new Part("ab", false));
        assertThat(Snippet.plain("x").parts()).isEqualTo(List.of(new Part("x", false)));
    }
}
