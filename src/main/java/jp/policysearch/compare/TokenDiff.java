package jp.policysearch.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * The token diff of two aligned segments (java-diff-utils' Myers diff over {@link Token} keys), read as a list of
 * equal runs and edits. Short equal runs between two edits (a particle such as 「の」) are folded into the edits, so
 * that a rewritten phrase reads as one change rather than a scatter of single characters.
 */
final class TokenDiff {

    /** An equal run this short (characters) between two longer edits is folded into them. */
    private static final int SHORT_EQUAL = 2;

    /** An equal run ({@code before == after}) or an edit. */
    private record Piece(List<Token> before, List<Token> after, boolean equal) {}

    /** The spans, and the figure tokens only the first side has and only the second has (in order). */
    record Result(List<Span> spans, List<Token> removedFigures, List<Token> addedFigures) {}

    private TokenDiff() {}

    static Result diff(List<Token> a, List<Token> b) {
        List<AbstractDelta<Token>> deltas =
                DiffUtils.diff(a, b, (x, y) -> x.key().equals(y.key())).getDeltas();
        List<Piece> pieces = new ArrayList<>();
        List<Token> removed = new ArrayList<>();
        List<Token> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<Token> d : deltas) {
            int si = d.getSource().getPosition();
            if (si > i) {
                pieces.add(new Piece(a.subList(i, si), b.subList(j, j + si - i), true));
                j += si - i;
            }
            List<Token> before = d.getSource().getLines();
            List<Token> after = d.getTarget().getLines();
            pieces.add(new Piece(before, after, false));
            before.stream().filter(Token::figure).forEach(removed::add);
            after.stream().filter(Token::figure).forEach(added::add);
            i = si + before.size();
            j = d.getTarget().getPosition() + after.size();
        }
        if (i < a.size()) {
            pieces.add(new Piece(a.subList(i, a.size()), b.subList(j, b.size()), true));
        }
        return new Result(spans(fold(pieces)), removed, added);
    }

    private static List<Piece> fold(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>();
        for (int k = 0; k < pieces.size(); k++) {
            Piece p = pieces.get(k);
            boolean between = k > 0
                    && k + 1 < pieces.size()
                    && !out.isEmpty()
                    && !out.getLast().equal();
            if (p.equal() && between && foldable(p, out.getLast(), pieces.get(k + 1))) {
                Piece prev = out.removeLast();
                Piece next = pieces.get(++k);
                out.add(new Piece(
                        concat(prev.before(), p.before(), next.before()),
                        concat(prev.after(), p.after(), next.after()),
                        false));
            } else if (!p.equal() && !out.isEmpty() && !out.getLast().equal()) {
                Piece prev = out.removeLast();
                out.add(new Piece(
                        concat(prev.before(), p.before(), List.of()),
                        concat(prev.after(), p.after(), List.of()),
                        false));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean foldable(Piece equal, Piece prev, Piece next) {
        int len = length(equal.before());
        if (len > SHORT_EQUAL || equal.before().stream().anyMatch(Token::figure)) {
            return false;
        }
        int edits = Math.max(length(prev.before()), length(prev.after()))
                + Math.max(length(next.before()), length(next.after()));
        return edits >= 2 * len;
    }

    private static int length(List<Token> tokens) {
        int n = 0;
        for (Token t : tokens) {
            n += t.text().length();
        }
        return n;
    }

    private static List<Token> concat(List<Token> x, List<Token> y, List<Token> z) {
        List<Token> out = new ArrayList<>(x.size() + y.size() + z.size());
        out.addAll(x);
        out.addAll(y);
        out.addAll(z);
        return out;
    }

    private static List<Span> spans(List<Piece> pieces) {
        List<Span> out = new ArrayList<>();
        for (Piece p : pieces) {
            if (p.equal()) {
                add(out, Span.Op.EQUAL, text(p.after()));
            } else {
                add(out, Span.Op.DELETE, text(p.before()));
                add(out, Span.Op.INSERT, text(p.after()));
            }
        }
        return out;
    }

    private static void add(List<Span> out, Span.Op op, String text) {
        if (!text.isEmpty()) {
            out.add(new Span(op, text));
        }
    }

    static String text(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        tokens.forEach(t -> sb.append(t.text()));
        return sb.toString();
    }
}
