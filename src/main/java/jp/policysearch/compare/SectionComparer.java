package jp.policysearch.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two versions of a section (docs/compare.md): their segments are aligned by a Myers diff in which two
 * segments count as the same when they are similar enough; segments left over on both sides are matched as moved
 * (best similarity first); each aligned pair gets a token diff, and figures that differ are paired by unit.
 */
public final class SectionComparer {

    /** Bigram Dice similarity from which two segments are versions of one another. */
    static final double SIMILAR = 0.5;

    /** A segment of the first version aligned with one of the second, and where each stands. */
    private record Pair(Segment before, Segment after, boolean moved) {}

    public Comparison compare(Version first, Version second) {
        List<Segment> a = Segment.split(first);
        List<Segment> b = Segment.split(second);
        List<AbstractDelta<Segment>> deltas =
                DiffUtils.diff(a, b, (x, y) -> x.similarity(y) >= SIMILAR).getDeltas();
        // segments inside deltas: candidates for moved (or crossing) matches
        Map<Segment, Integer> deltaOf = new IdentityHashMap<>();
        List<Segment> lostA = new ArrayList<>();
        List<Segment> lostB = new ArrayList<>();
        for (int d = 0; d < deltas.size(); d++) {
            for (Segment s : deltas.get(d).getSource().getLines()) {
                deltaOf.put(s, d);
                lostA.add(s);
            }
            for (Segment s : deltas.get(d).getTarget().getLines()) {
                deltaOf.put(s, d);
                lostB.add(s);
            }
        }
        Map<Segment, Pair> matchOfB = matchLeftovers(lostA, lostB, deltaOf);
        Map<Segment, Boolean> matchedA = new IdentityHashMap<>();
        matchOfB.values().forEach(p -> matchedA.put(p.before(), true));

        List<Row> rows = new ArrayList<>();
        List<FigureChange> figures = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<Segment> d : deltas) {
            int si = d.getSource().getPosition();
            while (i < si) {
                pair(a.get(i++), b.get(j++), false, rows, figures);
            }
            for (Segment s : d.getSource().getLines()) {
                if (!matchedA.containsKey(s)) {
                    rows.add(single(rows, Row.Kind.REMOVED, s));
                }
            }
            for (Segment s : d.getTarget().getLines()) {
                Pair p = matchOfB.get(s);
                if (p == null) {
                    rows.add(single(rows, Row.Kind.ADDED, s));
                } else {
                    pair(p.before(), s, p.moved(), rows, figures);
                }
            }
            i = si + d.getSource().size();
            j = d.getTarget().getPosition() + d.getTarget().size();
        }
        while (i < a.size()) {
            pair(a.get(i++), b.get(j++), false, rows, figures);
        }
        return new Comparison(List.copyOf(rows), List.copyOf(figures));
    }

    /** Greedy best-first matching of the segments the alignment left over; same delta = changed, else moved. */
    private static Map<Segment, Pair> matchLeftovers(
            List<Segment> lostA, List<Segment> lostB, Map<Segment, Integer> deltaOf) {
        record Candidate(Segment a, Segment b, double similarity) {}
        List<Candidate> candidates = new ArrayList<>();
        for (Segment x : lostA) {
            for (Segment y : lostB) {
                double sim = x.similarity(y);
                if (sim >= SIMILAR) {
                    candidates.add(new Candidate(x, y, sim));
                }
            }
        }
        candidates.sort((p, q) -> Double.compare(q.similarity(), p.similarity()));
        Map<Segment, Pair> out = new IdentityHashMap<>();
        Map<Segment, Boolean> usedA = new IdentityHashMap<>();
        for (Candidate c : candidates) {
            if (usedA.containsKey(c.a()) || out.containsKey(c.b())) {
                continue;
            }
            usedA.put(c.a(), true);
            boolean moved = !deltaOf.get(c.a()).equals(deltaOf.get(c.b()));
            out.put(c.b(), new Pair(c.a(), c.b(), moved));
        }
        return out;
    }

    private static Row single(List<Row> rows, Row.Kind kind, Segment s) {
        Span.Op op = kind == Row.Kind.ADDED ? Span.Op.INSERT : Span.Op.DELETE;
        return new Row(
                "r" + (rows.size() + 1),
                kind,
                kind == Row.Kind.REMOVED ? s : null,
                kind == Row.Kind.ADDED ? s : null,
                List.of(new Span(op, s.text())));
    }

    private static void pair(Segment x, Segment y, boolean moved, List<Row> rows, List<FigureChange> figures) {
        TokenDiff.Result diff = TokenDiff.diff(x.tokens(), y.tokens());
        boolean same = diff.spans().stream().allMatch(s -> s.op() == Span.Op.EQUAL);
        Row.Kind kind = moved ? Row.Kind.MOVED : same ? Row.Kind.SAME : Row.Kind.CHANGED;
        String id = "r" + (rows.size() + 1);
        rows.add(new Row(id, kind, x, y, diff.spans()));
        figures.addAll(figures(diff, id, x.anchor(), y.anchor()));
    }

    /**
     * Figures of one aligned pair: a figure removed and the same figure added elsewhere in the pair cancel out; the
     * rest are paired in order by unit (25% with 26%, 72兆円 with 70兆円), and what is left stands alone.
     */
    static List<FigureChange> figures(TokenDiff.Result diff, String row, String beforeAnchor, String afterAnchor) {
        List<Token> removed = new ArrayList<>(diff.removedFigures());
        List<Token> added = new ArrayList<>(diff.addedFigures());
        Map<String, Integer> addedKeys = new HashMap<>();
        added.forEach(t -> addedKeys.merge(t.key(), 1, Integer::sum));
        for (var it = removed.iterator(); it.hasNext(); ) {
            Token t = it.next();
            if (addedKeys.getOrDefault(t.key(), 0) > 0) {
                addedKeys.merge(t.key(), -1, Integer::sum);
                it.remove();
                for (int k = 0; k < added.size(); k++) {
                    if (added.get(k).key().equals(t.key())) {
                        added.remove(k);
                        break;
                    }
                }
            }
        }
        List<FigureChange> out = new ArrayList<>();
        boolean[] used = new boolean[added.size()];
        for (Token r : removed) {
            int match = -1;
            for (int k = 0; k < added.size() && match < 0; k++) {
                if (!used[k] && added.get(k).unit().equals(r.unit())) {
                    match = k;
                }
            }
            if (match >= 0) {
                used[match] = true;
                out.add(new FigureChange(r.text(), added.get(match).text(), row, beforeAnchor, afterAnchor));
            } else {
                out.add(new FigureChange(r.text(), null, row, beforeAnchor, afterAnchor));
            }
        }
        for (int k = 0; k < added.size(); k++) {
            if (!used[k]) {
                out.add(new FigureChange(null, added.get(k).text(), row, beforeAnchor, afterAnchor));
            }
        }
        return out;
    }
}
