package jp.policysearch.search;

import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScore;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.policysearch.ErrorCode;
import jp.policysearch.Json;

/**
 * The cost budget of one search: a query whose terms expand (variants, synonyms, phrase and field clauses) into more
 * than {@link #MAX_CLAUSES} leaf clauses, or one term into more than {@link #MAX_VARIANTS_PER_TERM} variants, is
 * refused with a 400 before it reaches Elasticsearch, so one cheap request cannot occupy the node for seconds. It
 * counts the leaf queries of the query as built, whatever builds it, so it holds however query building changes.
 */
final class QueryBudget {

    /** Leaf clauses one search may send; a query of 10 terms with their variants stays below. */
    static final int MAX_CLAUSES = 200;
    /** Variants (synonyms, spellings) searched for one term. */
    static final int MAX_VARIANTS_PER_TERM = 24;

    private static final Set<String> LEAVES = Set.of(
            "match",
            "match_phrase",
            "match_phrase_prefix",
            "match_bool_prefix",
            "multi_match",
            "term",
            "terms",
            "range",
            "prefix",
            "wildcard",
            "regexp",
            "fuzzy",
            "exists",
            "ids",
            "query_string",
            "simple_query_string",
            "combined_fields",
            "span_term",
            "intervals");
    private static final JacksonJsonpMapper MAPPER = new JacksonJsonpMapper(Json.mapper());

    private QueryBudget() {}

    /**
     * Refuses {@code query} (and the terms' {@code expansions}) past the budget.
     *
     * @return the leaf clauses of {@code query} (0 without one)
     */
    static int check(Query query, Map<String, List<String>> expansions) {
        for (Map.Entry<String, List<String>> term : expansions.entrySet()) {
            if (term.getValue().size() > MAX_VARIANTS_PER_TERM) {
                throw new BadRequestException(
                        ErrorCode.TERM_TOO_BROAD,
                        "「" + term.getKey() + "」は言い換えが多すぎるため検索できま"
                                + "せん（" + term.getValue().size() + "通り、上限" + MAX_VARIANTS_PER_TERM + "）。より具体的な語で"
                                + "検索してください。");
            }
        }
        if (query == null) {
            return 0;
        }
        return withinBudget(clauses(query));
    }

    /** {@code clauses}, or the 400 when they are past the budget. */
    static int withinBudget(int clauses) {
        if (clauses > MAX_CLAUSES) {
            throw new BadRequestException(
                    ErrorCode.QUERY_TOO_COMPLEX,
                    "検索条件が複雑すぎます（言い換えを含めて" + clauses + "個の条件、上限" + MAX_CLAUSES + "）。語の数やORでつないだ語を減らしてください。");
        }
        return clauses;
    }

    /**
     * The leaf clauses of {@code query}, walking the compound queries we build (bool, dis_max, constant_score,
     * boosting, nested) directly: serialising a refused query only to count it cost more than a whole ordinary search.
     * Any other kind is counted from its JSON, so a query built some new way is still counted.
     */
    static int clauses(Query query) {
        return switch (query._kind()) {
            case Bool ->
                sum(query.bool().must())
                        + sum(query.bool().should())
                        + sum(query.bool().filter())
                        + sum(query.bool().mustNot());
            case DisMax -> sum(query.disMax().queries());
            case ConstantScore -> clauses(query.constantScore().filter());
            case Boosting ->
                clauses(query.boosting().positive()) + clauses(query.boosting().negative());
            case Nested -> clauses(query.nested().query());
            case FunctionScore -> functionScore(query.functionScore());
            case MatchAll, MatchNone -> 0;
            default -> LEAVES.contains(query._kind().jsonValue()) ? 1 : clausesFromJson(query);
        };
    }

    /** The scored query and the functions' filters (the kind boosts around every search; no function holds a query). */
    private static int functionScore(FunctionScoreQuery fs) {
        int n = fs.query() == null ? 0 : clauses(fs.query());
        for (FunctionScore f : fs.functions()) {
            n += f.filter() == null ? 0 : clauses(f.filter());
        }
        return n;
    }

    private static int sum(List<Query> queries) {
        int n = 0;
        for (Query q : queries) {
            n += clauses(q);
        }
        return n;
    }

    /** The leaf clauses of {@code query} as its JSON shows them. */
    static int clausesFromJson(Query query) {
        try {
            return count(MAPPER.objectMapper().readTree(JsonpUtils.toJsonString(query, MAPPER)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read back the built query", e);
        }
    }

    private static int count(JsonNode node) {
        int n = 0;
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                n += LEAVES.contains(field.getKey()) && field.getValue().isObject() ? 1 : count(field.getValue());
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                n += count(item);
            }
        }
        return n;
    }
}
