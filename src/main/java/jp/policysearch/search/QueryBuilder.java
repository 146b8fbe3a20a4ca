package jp.policysearch.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a parsed query into Elasticsearch queries. Recall comes from phrase matches on the bigram sub-fields, so a
 * term inside a compound the dictionary splits differently is still found (a single character uses the unigram
 * sub-fields); ranking adds the morphological fields, where title and card weigh more than body text. Each term
 * also matches its variants from the synonym dictionary.
 */
final class QueryBuilder {

    private static final List<String> RECALL_FIELDS = List.of("title.bg^3", "card.bg^2", "text.bg", "notes.bg^0.5");
    private static final List<String> SINGLE_CHAR_FIELDS = List.of("title.ug^3", "text.ug");
    private static final List<String> RANK_FIELDS = List.of("title^4", "card^2", "breadcrumb", "text", "notes^0.3");
    /**
     * Kanji words by their kanji and reading (取組 = 取り組み = 取組み): okurigana variants. A match there adds a small
     * constant, so it decides recall without reordering the sections that match the spelling typed.
     */
    private static final List<String> READING_FIELDS = List.of("title.reading", "text.reading");

    private static final float READING_BOOST = 1.5f;

    private static final List<String> HIGHLIGHT_RECALL = List.of("passages.text.bg");
    private static final List<String> HIGHLIGHT_RANK = List.of("passages.text");

    private final Synonyms synonyms;

    QueryBuilder(Synonyms synonyms) {
        this.synonyms = synonyms;
    }

    /** The positive terms of a query with the variants each will also search, for the interpretation. */
    Map<String, List<String>> expansions(QueryNode node) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        collectTerms(node, false, out);
        return out;
    }

    private void collectTerms(QueryNode node, boolean negated, Map<String, List<String>> out) {
        switch (node) {
            case QueryNode.Term t -> {
                if (!negated) {
                    out.putIfAbsent(t.text(), shown(t));
                }
            }
            case QueryNode.Not n -> collectTerms(n.child(), !negated, out);
            case QueryNode.All a -> a.children().forEach(c -> collectTerms(c, negated, out));
            case QueryNode.Any a -> a.children().forEach(c -> collectTerms(c, negated, out));
        }
    }

    /**
     * The query that decides what matches (and scores it). {@code relaxed} (after a strict search found nothing):
     * most, not all, top-level terms must match, and an unquoted term also matches when all its content words occur
     * in the section, not only as the exact string (a phrase typed as a sentence: サイバー攻撃への対策).
     */
    Query build(QueryNode node, boolean relaxed) {
        if (relaxed && node instanceof QueryNode.All all) {
            List<Query> positive = new ArrayList<>();
            List<Query> negative = new ArrayList<>();
            for (QueryNode child : all.children()) {
                if (child instanceof QueryNode.Not not) {
                    negative.add(clause(not.child(), false));
                } else {
                    positive.add(clause(child, true));
                }
            }
            int required = Math.max(1, positive.size() - 1);
            return Query.of(q ->
                    q.bool(b -> b.should(positive).mustNot(negative).minimumShouldMatch(String.valueOf(required))));
        }
        return clause(node, relaxed);
    }

    private Query clause(QueryNode node, boolean loose) {
        return switch (node) {
            case QueryNode.Term t -> term(t, RECALL_FIELDS, RANK_FIELDS, true, loose);
            case QueryNode.Not n -> Query.of(q -> q.bool(b -> b.mustNot(clause(n.child(), false))));
            case QueryNode.All a -> {
                List<Query> must = new ArrayList<>();
                List<Query> mustNot = new ArrayList<>();
                for (QueryNode child : a.children()) {
                    if (child instanceof QueryNode.Not not) {
                        mustNot.add(clause(not.child(), false));
                    } else {
                        must.add(clause(child, loose));
                    }
                }
                yield Query.of(q -> q.bool(b -> b.must(must).mustNot(mustNot)));
            }
            case QueryNode.Any a ->
                Query.of(q -> q.bool(b -> b.should(
                                a.children().stream().map(c -> clause(c, loose)).toList())
                        .minimumShouldMatch("1")));
        };
    }

    /** Whether relaxing could find more: some positive term that is not a quoted phrase. */
    static boolean relaxable(QueryNode node) {
        return switch (node) {
            case QueryNode.Term t -> !t.phrase();
            case QueryNode.Not n -> false;
            case QueryNode.All a -> a.children().stream().anyMatch(QueryBuilder::relaxable);
            case QueryNode.Any a -> a.children().stream().anyMatch(QueryBuilder::relaxable);
        };
    }

    /** A query over the passages only, for highlighting the passage that holds the match. */
    Query highlight(QueryNode node) {
        List<Query> terms = new ArrayList<>();
        expansions(node)
                .keySet()
                .forEach(text -> terms.add(
                        term(new QueryNode.Term(text, false), HIGHLIGHT_RECALL, HIGHLIGHT_RANK, false, true)));
        return Query.of(q -> q.bool(b -> b.should(terms)));
    }

    private Query term(
            QueryNode.Term t, List<String> recallFields, List<String> rankFields, boolean singleChar, boolean loose) {
        List<Query> recall = new ArrayList<>();
        List<Query> rank = new ArrayList<>();
        for (String form : forms(t)) {
            boolean oneChar = form.codePointCount(0, form.length()) == 1;
            List<String> fields = oneChar && singleChar ? SINGLE_CHAR_FIELDS : recallFields;
            recall.add(
                    Query.of(q -> q.multiMatch(m -> m.query(form).fields(fields).type(TextQueryType.Phrase))));
            if (singleChar && !t.phrase() && hasKanji(form)) {
                recall.add(Query.of(q -> q.constantScore(c -> c.boost(READING_BOOST)
                        .filter(f -> f.multiMatch(
                                m -> m.query(form).fields(READING_FIELDS).type(TextQueryType.Phrase))))));
            }
            if (singleChar) {
                // A strategic field's own name (造船, 海洋) finds the sections filed under it, even where the text
                // names the field only in the heading above.
                recall.add(
                        Query.of(q -> q.term(tq -> tq.field("areas").value(form).boost(2f))));
            }
            // A term with kana in it is a phrase in running Japanese (人材を育成する, 推進した): its content words in any
            // inflection also count. A bare compound (量子暗号, GX) keeps exact-string semantics until relaxed.
            if ((loose || hasHiragana(form)) && !t.phrase()) {
                recall.add(Query.of(q -> q.multiMatch(m -> m.query(form)
                        .fields(rankFields)
                        .type(TextQueryType.CrossFields)
                        .operator(Operator.And))));
            }
            if (!t.phrase()) {
                rank.add(Query.of(q -> q.multiMatch(m -> m.query(form)
                        .fields(rankFields)
                        .type(TextQueryType.BestFields)
                        .operator(Operator.And))));
            } else {
                rank.add(Query.of(
                        q -> q.multiMatch(m -> m.query(form).fields(rankFields).type(TextQueryType.Phrase))));
            }
        }
        return Query.of(q ->
                q.bool(b -> b.must(m -> m.bool(any -> any.should(recall).minimumShouldMatch("1")))
                        .should(rank)));
    }

    private static boolean hasKanji(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static boolean hasHiragana(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HIRAGANA);
    }

    /** The variants searched for a term, then those its analysis matches anyway (numbers, counters, eras). */
    private List<String> shown(QueryNode.Term t) {
        List<String> forms = forms(t);
        List<String> shown = new ArrayList<>(forms.subList(1, forms.size()));
        AnalysisVariants.of(t.text()).stream().filter(v -> !forms.contains(v)).forEach(shown::add);
        return shown;
    }

    /** The term itself, then its dictionary variants and era/Western year forms; a quoted phrase is searched exactly as typed. */
    private List<String> forms(QueryNode.Term t) {
        List<String> forms = new ArrayList<>();
        forms.add(t.text());
        if (!t.phrase()) {
            List<String> variants = new ArrayList<>(synonyms.variantsOf(t.text()));
            variants.addAll(EraYears.variants(AnalysisVariants.folded(t.text())));
            for (String v : variants) {
                if (!forms.contains(v)) {
                    forms.add(v);
                }
            }
        }
        return forms;
    }
}
