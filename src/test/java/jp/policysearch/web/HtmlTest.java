package jp.policysearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.policysearch.search.Snippet;
import jp.policysearch.search.Snippet.Part;
import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void a_snippet_is_escaped_and_only_its_matches_are_marked() {
        Snippet s = new Snippet(List.of(new Part("<b>&", false), new Part("\"量子\"", true)));
        assertThat(Html.snippet(s)).isEqualTo("&lt;b&gt;&amp;<mark>&quot;量子&quot;</mark>");
    }
}
