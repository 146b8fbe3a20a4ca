package jp.policysearch.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

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
    private static final List<String> COVERAGE_FIELDS = List.of("title", "breadcrumb", "text");
    private static final List<String> BODY_FIELDS = List.of("title", "card", "text", "notes");
    /**
     * Kanji words by their kanji and reading (取組 = 取り組み = 取組み): okurigana variants. A match there adds a small
     * constant, so it decides recall without reordering the sections that match the spelling typed.
     */
    private static final List<String> READING_FIELDS = List.of("title.reading", "text.reading");

    private static final float READING_BOOST = 1.5f;
    /**
     * How much a word of a partial match counts in its other fields (title, headings, text) beside the best one:
     * a word in the text as well as in a title shared by sibling sections tells the siblings apart. 0.3, the value
     * Elasticsearch's documentation suggests; 0.5 and 1.0 helped fewer queries (docs/relevance.md).
     */
    private static final double COVERAGE_TIE_BREAKER = 0.3;

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
                    negative.add(clause(not.child(), false, false));
                } else {
                    positive.add(clause(child, true, positives(node).size() > 1));
                }
            }
            int required = Math.max(1, positive.size() - 1);
            return Query.of(q ->
                    q.bool(b -> b.should(positive).mustNot(negative).minimumShouldMatch(String.valueOf(required))));
        }
        return clause(node, relaxed, false);
    }

    /** Named queries: a hit matching every term (tier 1), most terms (tier 2); {@link #TERM} + i: it holds term i. */
    static final String STRICT = "tier:strict";

    static final String MOST = "tier:most";
    static final String TERM = "term:";
    /**
     * What a tier adds to a hit's score: far above any relevance score these queries reach (tens), so a looser match
     * never outranks a stricter one, and small enough that a float still tells relevance scores apart.
     */
    static final float TIER_BOOST = 10_000f;

    static final int MAX_WORDS_TEXT = 120;

    /** The top-level terms a hit can lack, in query order: the unnegated children of an AND, or the whole query. */
    static List<QueryNode> positives(QueryNode node) {
        if (node instanceof QueryNode.All all) {
            return all.children().stream()
                    .filter(c -> !(c instanceof QueryNode.Not))
                    .toList();
        }
        return node instanceof QueryNode.Not ? List.of() : List.of(node);
    }

    /**
     * Strict matches, then matches of most terms (each also in its content words, any inflection), then sections
     * with most of the query's content words in any form, in one query: a tier's constant lifts every hit of it
     * above the next tier's. Inside the two partial tiers the tier query only decides membership; hits are ranked by
     * their coverage of the query's words ({@link #coverage}), not by the clauses of the terms they happen to hold.
     * {@code scored} wraps each tier's relevance query (the phase weights); with {@code byRelevance} false every hit
     * of a tier scores the same, for sorting by date within tiers.
     */
    Query tiered(QueryNode node, boolean byRelevance, UnaryOperator<Query> scored) {
        List<QueryNode> positives = positives(node);
        List<Query> named = new ArrayList<>();
        for (int i = 0; i < positives.size(); i++) {
            String name = TERM + i;
            Query loose = clause(positives.get(i), true, positives.size() > 1);
            named.add(Query.of(q -> q.bool(b -> b.must(loose).queryName(name))));
        }
        int required = Math.max(1, positives.size() - 1);
        Query most = Query.of(q -> q.bool(b -> b.should(named).minimumShouldMatch(String.valueOf(required))));
        Query strict = build(node, false);
        Query coverage = coverage(positives);
        List<Query> tiers = new ArrayList<>(List.of(
                tier(strict, STRICT, 2 * TIER_BOOST, byRelevance, scored),
                tier(byCoverage(most, coverage), MOST, TIER_BOOST, byRelevance, scored)));
        tiers.add(tier(byCoverage(contentWords(positives), coverage), null, 0, byRelevance, scored));
        List<Query> negative = new ArrayList<>();
        if (node instanceof QueryNode.All all) {
            all.children().stream()
                    .filter(c -> c instanceof QueryNode.Not)
                    .forEach(c -> negative.add(clause(((QueryNode.Not) c).child(), false, false)));
        }
        return Query.of(q ->
                q.bool(b -> b.must(m -> m.disMax(d -> d.queries(tiers))).mustNot(negative)));
    }

    private static Query tier(Query query, String name, float boost, boolean byRelevance, UnaryOperator<Query> scored) {
        Query lift = Query.of(q ->
                q.constantScore(c -> c.filter(f -> f.matchAll(a -> a)).boost(boost)));
        Query relevance = byRelevance ? scored.apply(query) : Query.of(q -> q.constantScore(c -> c.filter(query)));
        return Query.of(q -> q.bool(b -> {
            b.must(relevance).must(lift);
            return name == null ? b : b.queryName(name);
        }));
    }

    /**
     * Whether a query can be tiered: its words are no longer than people type ({@link #MAX_WORDS_TEXT}). Each tier
     * repeats the words' clauses, and a text of hundreds of characters would pass what Elasticsearch accepts.
     */
    static boolean tierable(QueryNode node) {
        String text = String.join(" ", words(positives(node)));
        return text.codePointCount(0, text.length()) <= MAX_WORDS_TEXT;
    }

    private static List<String> words(List<QueryNode> positives) {
        List<String> words = new ArrayList<>();
        positives.forEach(p -> collectWords(p, words));
        return words;
    }

    /**
     * How many of the query's content words a section holds, in any form, in what a reader sees (title, headings,
     * text). A partial match lacks a term as typed; among such matches, the one holding more of the query's words
     * (the missing term's words in another arrangement) ranks higher.
     */
    private static Query coverage(List<QueryNode> positives) {
        String text = String.join(" ", words(positives));
        return Query.of(q -> q.multiMatch(m -> m.query(text)
                .fields(COVERAGE_FIELDS)
                .type(TextQueryType.CrossFields)
                .tieBreaker(COVERAGE_TIE_BREAKER)
                .operator(Operator.Or)));
    }

    /** The sections {@code query} matches, scored by their coverage of the query's words. */
    private static Query byCoverage(Query query, Query coverage) {
        return Query.of(q -> q.bool(b -> b.filter(query).should(coverage)));
    }

    /** The query's content words in any form and any field: most of them must occur. */
    private static Query contentWords(List<QueryNode> positives) {
        LatinRuns runs = LatinRuns.of(String.join(" ", words(positives)));
        List<Query> any = new ArrayList<>();
        for (String run : runs.latin()) {
            any.add(Query.of(
                    q -> q.multiMatch(m -> m.query(run).fields(RANK_FIELDS).type(TextQueryType.Phrase))));
        }
        if (!runs.rest().isBlank()) {
            any.add(Query.of(q -> q.multiMatch(m -> m.query(runs.rest())
                    .fields(RANK_FIELDS)
                    .type(TextQueryType.CrossFields)
                    .operator(Operator.Or)
                    .minimumShouldMatch("1<60%"))));
        }
        return Query.of(q -> q.bool(b -> b.should(any).minimumShouldMatch("1")));
    }

    private static void collectWords(QueryNode node, List<String> out) {
        switch (node) {
            case QueryNode.Term t -> out.add(t.text());
            case QueryNode.Not n -> {}
            case QueryNode.All a -> a.children().forEach(c -> collectWords(c, out));
            case QueryNode.Any a -> a.children().forEach(c -> collectWords(c, out));
        }
    }

    /** A top-level term as shown to a reader who is told a hit lacks it. */
    static String label(QueryNode node) {
        return switch (node) {
            case QueryNode.Term t -> t.phrase() ? "\"" + t.text() + "\"" : t.text();
            case QueryNode.Not n -> "-" + label(n.child());
            case QueryNode.All a ->
                "("
                        + String.join(
                                " ",
                                a.children().stream().map(QueryBuilder::label).toList()) + ")";
            case QueryNode.Any a ->
                String.join(
                        " OR ", a.children().stream().map(QueryBuilder::label).toList());
        };
    }

    /**
     * @param headings whether the headings above a section (its breadcrumb, not the document title) can satisfy a
     *                 term: for the terms of an AND of several, weighted below the body, as long as some term is in
     *                 the section itself
     */
    private Query clause(QueryNode node, boolean loose, boolean headings) {
        return switch (node) {
            case QueryNode.Term t -> term(t, RECALL_FIELDS, RANK_FIELDS, true, loose, headings);
            case QueryNode.Not n -> Query.of(q -> q.bool(b -> b.mustNot(clause(n.child(), false, false))));
            case QueryNode.All a -> {
                boolean several = positives(a).size() > 1;
                List<Query> must = new ArrayList<>();
                List<Query> mustNot = new ArrayList<>();
                for (QueryNode child : a.children()) {
                    if (child instanceof QueryNode.Not not) {
                        mustNot.add(clause(not.child(), false, false));
                    } else {
                        must.add(clause(child, loose, headings || several));
                    }
                }
                if (several) {
                    must.add(inSection(positives(a)));
                }
                yield Query.of(q -> q.bool(b -> b.must(must).mustNot(mustNot)));
            }
            case QueryNode.Any a ->
                Query.of(q -> q.bool(b -> b.should(a.children().stream()
                                .map(c -> clause(c, loose, headings))
                                .toList())
                        .minimumShouldMatch("1")));
        };
    }

    /** Some word of the query in the section itself, not only in the headings above it (a filter, not scored). */
    private static Query inSection(List<QueryNode> positives) {
        List<Query> any = new ArrayList<>();
        for (String w : words(positives)) {
            boolean oneChar = w.codePointCount(0, w.length()) == 1;
            List<String> fields = oneChar ? SINGLE_CHAR_FIELDS : RECALL_FIELDS;
            any.add(Query.of(q -> q.multiMatch(m -> m.query(w).fields(fields).type(TextQueryType.Phrase))));
            if (hasHiragana(w)) {
                any.add(Query.of(q -> q.multiMatch(m -> m.query(w)
                        .fields(BODY_FIELDS)
                        .type(TextQueryType.CrossFields)
                        .operator(Operator.And))));
            }
        }
        return Query.of(q ->
                q.constantScore(c -> c.filter(f -> f.bool(b -> b.should(any).minimumShouldMatch("1")))
                        .boost(0f)));
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
                        term(new QueryNode.Term(text, false), HIGHLIGHT_RECALL, HIGHLIGHT_RANK, false, true, false)));
        return Query.of(q -> q.bool(b -> b.should(terms)));
    }

    private Query term(
            QueryNode.Term t,
            List<String> recallFields,
            List<String> rankFields,
            boolean singleChar,
            boolean loose,
            boolean headings) {
        List<Query> recall = new ArrayList<>();
        List<Query> rank = new ArrayList<>();
        for (String form : forms(t)) {
            boolean oneChar = form.codePointCount(0, form.length()) == 1;
            List<String> fields = oneChar && singleChar ? SINGLE_CHAR_FIELDS : recallFields;
            recall.add(
                    Query.of(q -> q.multiMatch(m -> m.query(form).fields(fields).type(TextQueryType.Phrase))));
            if (headings && !oneChar) {
                recall.add(inHeadings(form));
            }
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
            if ((loose || hasHiragana(form)) && !t.phrase() && !LatinRuns.onlyLatin(form)) {
                recall.add(words(form, rankFields, TextQueryType.CrossFields));
            }
            if (!t.phrase()) {
                // every field a term is in counts (most_fields), not only the best one: sibling sections (the phases
                // of one roadmap card) share their title, so with the title's score alone their text never decided
                rank.add(words(form, rankFields, TextQueryType.MostFields));
            } else {
                rank.add(Query.of(
                        q -> q.multiMatch(m -> m.query(form).fields(rankFields).type(TextQueryType.Phrase))));
            }
        }
        return Query.of(q ->
                q.bool(b -> b.must(m -> m.bool(any -> any.should(recall).minimumShouldMatch("1")))
                        .should(rank)));
    }

    /**
     * Every content word of {@code form} in any inflection, except that a Latin-alphanumeric token (B5G, 5G, GX) is
     * kept whole as a phrase: the morphological analyser would cut it into single letters and digits, which match
     * (and are highlighted) anywhere.
     */
    private static Query words(String form, List<String> fields, TextQueryType type) {
        LatinRuns runs = LatinRuns.of(form);
        if (runs.rest().equals(form) || (runs.latin().isEmpty() && runs.rest().isBlank())) {
            return Query.of(q ->
                    q.multiMatch(m -> m.query(form).fields(fields).type(type).operator(Operator.And)));
        }
        List<Query> all = new ArrayList<>();
        for (String run : runs.latin()) {
            all.add(Query.of(q -> q.multiMatch(m -> m.query(run).fields(fields).type(TextQueryType.Phrase))));
        }
        if (!runs.rest().isBlank()) {
            all.add(Query.of(q -> q.multiMatch(
                    m -> m.query(runs.rest()).fields(fields).type(type).operator(Operator.And))));
        }
        return all.size() == 1 ? all.get(0) : Query.of(q -> q.bool(b -> b.must(all)));
    }

    /** {@code form} in a heading above the section, where it is not the document's own title. */
    private static Query inHeadings(String form) {
        return Query.of(q -> q.bool(b -> b.must(m ->
                        m.matchPhrase(p -> p.field("breadcrumb.bg").query(form).boost(0.5f)))
                .mustNot(n -> n.matchPhrase(p -> p.field("doc_title.bg").query(form)))));
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

    /**
     * The term itself, then its dictionary variants and era/Western year forms; a quoted phrase is searched exactly as
     * typed.
     */
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
