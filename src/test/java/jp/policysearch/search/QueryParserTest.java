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

    @Test
    void lowercase_or_between_terms_is_or_and_the_reading_says_so() {
        QueryParser.Reading reading = parser.read("洋上風力 or 地熱");
        assertThat(reading.node()).isEqualTo(new QueryNode.Any(List.of(term("洋上風力"), term("地熱"))));
        assertThat(reading.notes()).containsExactly(QueryParser.LOWERCASE_OR_NOTE);
        assertThat(parser.parse("(量子 or 半導体) 人材"))
                .isEqualTo(new QueryNode.All(List.of(new QueryNode.Any(List.of(term("量子"), term("半導体"))), term("人材"))));
        assertThat(parser.parse("量子 or NOT 暗号"))
                .isEqualTo(new QueryNode.Any(List.of(term("量子"), new QueryNode.Not(term("暗号")))));
        assertThat(parser.read("洋上風力 OR 地熱").notes()).isEmpty();
    }

    @Test
    void lowercase_or_anywhere_but_between_terms_is_the_word() {
        QueryParser.Reading alone = parser.read("or");
        assertThat(alone.node()).isEqualTo(term("or"));
        assertThat(alone.notes()).isEmpty();
        assertThat(parser.parse("or 地熱")).isEqualTo(new QueryNode.All(List.of(term("or"), term("地熱"))));
        assertThat(parser.parse("地熱 or")).isEqualTo(new QueryNode.All(List.of(term("地熱"), term("or"))));
        assertThat(parser.parse("地熱 OR or")).isEqualTo(new QueryNode.Any(List.of(term("地熱"), term("or"))));
        assertThat(parser.parse("\"or\" 地熱"))
                .isEqualTo(new QueryNode.All(List.of(new QueryNode.Term("or", true), term("地熱"))));
        assertThat(parser.parse("color 地熱")).isEqualTo(new QueryNode.All(List.of(term("color"), term("地熱"))));
    }

    @Test
    void a_latin_alphanumeric_token_stays_whole() {
        assertThat(parser.parse("B5G 5G GX"))
                .isEqualTo(new QueryNode.All(List.of(term("B5G"), term("5G"), term("GX"))));
        assertThat(LatinRuns.onlyLatin("B5G")).isTrue();
        assertThat(LatinRuns.onlyLatin("Society5.0")).isTrue();
        assertThat(LatinRuns.onlyLatin("GX推進")).isFalse();
        assertThat(LatinRuns.of("B5Gの推進と5G")).isEqualTo(new LatinRuns(List.of("B5G", "5G"), "の推進と"));
        assertThat(LatinRuns.of("8,000億円")).isEqualTo(new LatinRuns(List.of("8,000"), "億円"));
        assertThat(LatinRuns.of("量子暗号")).isEqualTo(new LatinRuns(List.of(), "量子暗号"));
        assertThat(LatinRuns.of("第5世代")).isEqualTo(new LatinRuns(List.of(), "第 世代"));
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
