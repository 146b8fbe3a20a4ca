package jp.policysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.policysearch.analysis.TextNormalizer;
import org.junit.jupiter.api.Test;

class QueryParserTest {

    private final QueryParser parser = new QueryParser(TextNormalizer.withDefaultVariants());

    private static QueryNode.Term term(String text) {
        return new QueryNode.Term(text, false);
    }

    @Test
    void double_negation_cancels() {
        assertThat(parser.parse("NOT NOT 量子")).isEqualTo(term("量子"));
        assertThat(parser.parse("NOT NOT NOT 量子")).isEqualTo(new QueryNode.Not(term("量子")));
        assertThat(parser.parse("NOT ".repeat(121) + "量子")).isEqualTo(new QueryNode.Not(term("量子")));
    }

    @Test
    void nesting_deeper_than_the_limit_is_flattened() {
        String deep = "a OR (b (c OR (d (e OR (f (g OR (h i)))))))";
        QueryNode node = parser.parse(deep);
        assertThat(depth(node)).isLessThanOrEqualTo(QueryParser.MAX_DEPTH);
        assertThat(terms(node)).containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i");
        assertThat(parser.parse("(".repeat(200) + "量子" + ")".repeat(200))).isEqualTo(term("量子"));
    }

    @Test
    void shallow_queries_keep_their_shape() {
        assertThat(parser.parse("(量子 OR 半導体) 人材 -暗号"))
                .isEqualTo(new QueryNode.All(List.of(
                        new QueryNode.Any(List.of(term("量子"), term("半導体"))),
                        term("人材"),
                        new QueryNode.Not(term("暗号")))));
    }

    private static int depth(QueryNode node) {
        return switch (node) {
            case QueryNode.Term t -> 0;
            case QueryNode.Not n -> 1 + depth(n.child());
            case QueryNode.All a ->
                1 + a.children().stream().mapToInt(QueryParserTest::depth).max().orElse(0);
            case QueryNode.Any a ->
                1 + a.children().stream().mapToInt(QueryParserTest::depth).max().orElse(0);
        };
    }

    private static List<String> terms(QueryNode node) {
        return switch (node) {
            case QueryNode.Term t -> List.of(t.text());
            case QueryNode.Not n -> terms(n.child());
            case QueryNode.All a ->
                a.children().stream().flatMap(c -> terms(c).stream()).toList();
            case QueryNode.Any a ->
                a.children().stream().flatMap(c -> terms(c).stream()).toList();
        };
    }
}
