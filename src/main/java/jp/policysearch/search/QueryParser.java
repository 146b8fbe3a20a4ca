package jp.policysearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.policysearch.ErrorCode;
import jp.policysearch.analysis.TextNormalizer;

/**
 * Reads the search box: words separated by spaces (ASCII or U+3000) all must match; {@code "…"} is a phrase;
 * {@code -word}, {@code -"…"} and {@code NOT word} exclude; {@code OR} (or a lowercase {@code or} between two terms)
 * unites; parentheses group. Anything
 * else is literal text — no Elasticsearch syntax survives, because terms only ever become phrase or match queries.
 */
public final class QueryParser {

    public static final int MAX_LENGTH = 500;

    private final TextNormalizer normalizer;

    public QueryParser(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** How a query was read: its shape (null when nothing is searchable) and notes on the syntax, in Japanese. */
    public record Reading(QueryNode node, List<String> notes) {}

    static final String LOWERCASE_OR_NOTE = "「or」は OR（いずれかを含む）として検索";

    /** The query, or null when it has no searchable text. */
    public QueryNode parse(String raw) {
        return read(raw).node();
    }

    /** The query and how its syntax was read. */
    public Reading read(String raw) {
        if (raw == null) {
            return new Reading(null, List.of());
        }
        if (raw.codePointCount(0, raw.length()) > MAX_LENGTH) {
            throw new BadRequestException(ErrorCode.QUERY_TOO_LONG, "検索語は" + MAX_LENGTH + "文字以内で入力してください。");
        }
        String text = normalizer
                .normalize(clean(raw))
                .replace('“', '"')
                .replace('”', '"')
                .replace('「', '"')
                .replace('」', '"');
        // normalising can lengthen the text (㍿ becomes 株式会社): the limit holds for what is searched
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new BadRequestException(
                    ErrorCode.QUERY_TOO_LONG, "検索語は" + MAX_LENGTH + "文字以内で入力してください（「㍿」のような合字は展開後の文字数で数えます）。");
        }
        List<Token> tokens = tokenize(text);
        boolean lowercaseOr = tokens.stream().anyMatch(Token::lowercaseOr);
        QueryNode node = simplify(new Cursor(tokens).sequence(false));
        return new Reading(
                node == null ? null : flattenBelow(node, MAX_DEPTH),
                lowercaseOr && node != null ? List.of(LOWERCASE_OR_NOTE) : List.of());
    }

    /**
     * Operators nested deeper than this are flattened: each level becomes nested bool queries, and Elasticsearch
     * rejects deep nesting (a 120-fold NOT was a 500). No person nests this deep.
     */
    static final int MAX_DEPTH = 6;

    private static QueryNode flattenBelow(QueryNode node, int depth) {
        return switch (node) {
            case QueryNode.Term t -> t;
            case QueryNode.Not n ->
                depth <= 1 ? allTerms(n.child()) : new QueryNode.Not(flattenBelow(n.child(), depth - 1));
            case QueryNode.All a ->
                depth <= 1
                        ? allTerms(a)
                        : new QueryNode.All(a.children().stream()
                                .map(c -> flattenBelow(c, depth - 1))
                                .toList());
            case QueryNode.Any a ->
                depth <= 1
                        ? allTerms(a)
                        : new QueryNode.Any(a.children().stream()
                                .map(c -> flattenBelow(c, depth - 1))
                                .toList());
        };
    }

    /** Every term under {@code node}, required, as if typed with spaces. */
    private static QueryNode allTerms(QueryNode node) {
        List<QueryNode> terms = new ArrayList<>();
        collect(node, terms);
        return terms.size() == 1 ? terms.get(0) : new QueryNode.All(terms);
    }

    private static void collect(QueryNode node, List<QueryNode> out) {
        switch (node) {
            case QueryNode.Term t -> out.add(t);
            case QueryNode.Not n -> collect(n.child(), out);
            case QueryNode.All a -> a.children().forEach(c -> collect(c, out));
            case QueryNode.Any a -> a.children().forEach(c -> collect(c, out));
        }
    }

    /** Control characters and unpaired surrogates are dropped; they can never match the corpus. */
    private static String clean(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFD) {
                out.append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private record Token(String text, boolean phrase, boolean negated, String operator, boolean lowercaseOr) {

        Token(String text, boolean phrase, boolean negated, String operator) {
            this(text, phrase, negated, operator, false);
        }

        /** Something a term can stand next to an OR: a term, or a parenthesis opening or closing on the right side. */
        boolean endsTerm() {
            return operator == null || operator.equals(")");
        }

        boolean startsTerm() {
            return operator == null || operator.equals("(") || operator.equals("NOT");
        }
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                i++;
                continue;
            }
            if (c == '(' || c == ')') {
                tokens.add(new Token(null, false, false, String.valueOf(c)));
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
                negated = true;
                i++;
                c = text.charAt(i);
            }
            if (c == '"') {
                int end = text.indexOf('"', i + 1);
                String phrase = end < 0 ? text.substring(i + 1) : text.substring(i + 1, end);
                i = end < 0 ? n : end + 1;
                if (!phrase.isBlank()) {
                    tokens.add(new Token(phrase.strip().replaceAll("\\s+", " "), true, negated, null));
                }
                continue;
            }
            int start = i;
            while (i < n
                    && !Character.isWhitespace(text.charAt(i))
                    && text.charAt(i) != '"'
                    && text.charAt(i) != '('
                    && text.charAt(i) != ')') {
                i++;
            }
            String word = text.substring(start, i);
            if (!negated && word.equals("or")) {
                tokens.add(new Token(word, false, false, null, true)); // an operator only between terms, see below
            } else if (!negated && (word.equals("OR") || word.equals("|") || word.equals("||"))) {
                tokens.add(new Token(null, false, false, "OR"));
            } else if (!negated && word.equals("NOT")) {
                tokens.add(new Token(null, false, false, "NOT"));
            } else if (!negated && (word.equals("AND") || word.equals("&&"))) {
                continue; // AND is what spaces already mean
            } else if (!word.isEmpty()) {
                tokens.add(new Token(word, false, negated, null));
            }
        }
        return lowercaseOrBetweenTerms(tokens);
    }

    /**
     * People type {@code or} for OR ({@code 洋上風力 or 地熱}); between two terms it is one. Anywhere else (alone, first,
     * last, beside another operator) it stays the word "or".
     */
    private static List<Token> lowercaseOrBetweenTerms(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.lowercaseOr()) {
                boolean between = i > 0
                        && i + 1 < tokens.size()
                        && tokens.get(i - 1).endsTerm()
                        && !tokens.get(i - 1).lowercaseOr()
                        && tokens.get(i + 1).startsTerm()
                        && !tokens.get(i + 1).lowercaseOr();
                t = between ? new Token(null, false, false, "OR", true) : new Token(t.text(), false, false, null);
            }
            out.add(t);
        }
        return out;
    }

    private static final class Cursor {
        private final List<Token> tokens;
        private int pos;

        Cursor(List<Token> tokens) {
            this.tokens = tokens;
        }

        /** clauses joined by AND until the end or a closing parenthesis. */
        QueryNode sequence(boolean nested) {
            List<QueryNode> all = new ArrayList<>();
            while (pos < tokens.size()) {
                Token t = tokens.get(pos);
                if (")".equals(t.operator())) {
                    pos++;
                    if (nested) {
                        break;
                    }
                    continue; // an unmatched ')' is ignored
                }
                QueryNode clause = disjunction();
                if (clause != null) {
                    all.add(clause);
                }
            }
            return new QueryNode.All(all);
        }

        private QueryNode disjunction() {
            List<QueryNode> any = new ArrayList<>();
            QueryNode first = unary();
            if (first != null) {
                any.add(first);
            }
            while (pos < tokens.size() && "OR".equals(tokens.get(pos).operator())) {
                pos++;
                QueryNode next = unary();
                if (next != null) {
                    any.add(next);
                }
            }
            if (any.isEmpty()) {
                return null;
            }
            return any.size() == 1 ? any.get(0) : new QueryNode.Any(any);
        }

        private QueryNode unary() {
            if (pos >= tokens.size()) {
                return null;
            }
            Token t = tokens.get(pos);
            if ("NOT".equals(t.operator())) {
                pos++;
                QueryNode child = unary();
                return child == null ? null : new QueryNode.Not(child);
            }
            if ("(".equals(t.operator())) {
                pos++;
                return sequence(true);
            }
            if (t.operator() != null) {
                pos++; // a stray OR or ')' where a term should be
                return null;
            }
            pos++;
            QueryNode term = new QueryNode.Term(t.text(), t.phrase());
            return t.negated() ? new QueryNode.Not(term) : term;
        }
    }

    /** Flattens single-child groups and drops empty ones; null when nothing searchable is left. */
    static QueryNode simplify(QueryNode node) {
        return switch (node) {
            case QueryNode.Term t -> t;
            case QueryNode.Not n -> {
                QueryNode child = simplify(n.child());
                // NOT NOT x is x
                yield child == null
                        ? null
                        : child instanceof QueryNode.Not inner ? inner.child() : new QueryNode.Not(child);
            }
            case QueryNode.All a -> {
                List<QueryNode> kids = a.children().stream()
                        .map(QueryParser::simplify)
                        .filter(Objects::nonNull)
                        .toList();
                yield kids.isEmpty() ? null : kids.size() == 1 ? kids.get(0) : new QueryNode.All(kids);
            }
            case QueryNode.Any a -> {
                List<QueryNode> kids = a.children().stream()
                        .map(QueryParser::simplify)
                        .filter(Objects::nonNull)
                        .toList();
                yield kids.isEmpty() ? null : kids.size() == 1 ? kids.get(0) : new QueryNode.Any(kids);
            }
        };
    }
}
