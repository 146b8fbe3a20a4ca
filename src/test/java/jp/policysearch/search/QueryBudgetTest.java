package jp.policysearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.policysearch.ErrorCode;
import jp.policysearch.analysis.TextNormalizer;
import jp.policysearch.web.Urls;
import org.junit.jupiter.api.Test;

class QueryBudgetTest {

    private static final Path SYNONYMS = Path.of("index-mappings/dictionaries/synonyms.txt");
    private final TextNormalizer normalizer = TextNormalizer.withDefaultVariants();
    private final QueryParser parser = new QueryParser(normalizer);
    private final QueryBuilder builder = new QueryBuilder(new Synonyms(SYNONYMS, normalizer));

    /** The denial-of-service query: as many synonym terms joined by OR as the length limit allows. */
    static String attack() throws Exception {
        Set<String> terms = new LinkedHashSet<>();
        for (String line : Files.readAllLines(SYNONYMS)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                for (String t : line.replace("=>", ",").split(",")) {
                    if (!t.isBlank() && !t.strip().contains(" ")) {
                        terms.add(t.strip());
                    }
                }
            }
        }
        List<String> picked = new ArrayList<>();
        int length = 0;
        for (String t : terms) {
            if (length + t.length() + 4 > QueryParser.MAX_LENGTH) {
                break;
            }
            picked.add(t);
            length += t.length() + 4;
        }
        return String.join(" OR ", picked);
    }

    @Test
    void the_synonym_or_attack_is_refused_with_a_japanese_400() throws Exception {
        String q = attack();
        int clauses = QueryBudget.clauses(builder.build(parser.parse(q), false));
        assertThat(clauses).isGreaterThan(QueryBudget.MAX_CLAUSES);
        assertThatThrownBy(() -> QueryBudget.check(builder.build(parser.parse(q), false), Map.of()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("検索条件が複雑すぎます")
                .satisfies(e -> assertThat(((BadRequestException) e).code()).isEqualTo(ErrorCode.QUERY_TOO_COMPLEX));
    }

    @Test
    void ordinary_and_long_but_reasonable_queries_are_within_the_budget() {
        for (String q : List.of(
                "量子暗号",
                "AI 半導体 人材育成",
                "\"次世代半導体\" -メモリ",
                "(GX OR DX) 投資 2030年",
                "AI OR DX OR GX OR IoT OR ICT OR QKD OR NTN OR HAPS OR PQC OR SBOM",
                "令和6年度 補正予算 半導体 支援")) {
            QueryNode node = parser.parse(q);
            QueryBudget.check(builder.build(node, false), builder.expansions(node));
            QueryBudget.check(builder.build(node, true), builder.expansions(node));
        }
    }

    @Test
    void the_walk_counts_what_the_json_shows() throws Exception {
        for (String q : List.of(
                attack(),
                "量子暗号",
                "\"次世代半導体\" -メモリ",
                "(GX OR DX) 投資 2030年",
                "AI OR DX OR GX OR IoT OR ICT OR QKD OR NTN OR HAPS OR PQC OR SBOM")) {
            for (boolean relaxed : new boolean[] {false, true}) {
                var query = builder.build(parser.parse(q), relaxed);
                assertThat(QueryBudget.clauses(query))
                        .as("%s (relaxed %s)", q, relaxed)
                        .isEqualTo(QueryBudget.clausesFromJson(query))
                        .isPositive();
            }
        }
    }

    @Test
    void the_walk_counts_the_searchers_requests_as_their_json_shows() {
        SectionSearcher searcher =
                new SectionSearcher(null, "sections", new Synonyms(SYNONYMS, normalizer), normalizer, Urls.LINKS);
        for (String q : List.of("", "量子暗号", "AI 半導体 人材育成", "(GX OR DX) 投資 2030年")) {
            SearchQuery query = new SearchQuery(q, Map.of(), Sort.RELEVANCE, 1, 10);
            QueryNode node = parser.parse(q);
            List<Query> built = new ArrayList<>();
            built.add(searcher.request(query, node, false).query());
            if (node != null && SectionSearcher.tierable(node)) {
                built.add(searcher.request(query, node, true).query());
            }
            for (Query request : built) {
                assertThat(QueryBudget.clauses(request)).as(q).isEqualTo(QueryBudget.clausesFromJson(request));
            }
        }
    }

    @Test
    void a_term_with_too_many_variants_is_refused() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= QueryBudget.MAX_VARIANTS_PER_TERM; i++) {
            many.add("v" + i);
        }
        assertThatThrownBy(() -> QueryBudget.check(null, Map.of("語", many)))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("「語」");
    }
}
