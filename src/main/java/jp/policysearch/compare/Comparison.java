package jp.policysearch.compare;

import java.util.List;

/** Two versions of a section aligned: rows in display order and the figures that changed. */
public record Comparison(List<Row> rows, List<FigureChange> figures) {

    /** False when every segment of one version is in the other, in the same order, with the same text. */
    public boolean changed() {
        return rows.stream().anyMatch(r -> r.kind() != Row.Kind.SAME);
    }

    public long count(Row.Kind kind) {
        return rows.stream().filter(r -> r.kind() == kind).count();
    }

    /** Characters deleted plus inserted: how much changed, for sorting. */
    public long changedChars() {
        long n = 0;
        for (Row r : rows) {
            for (Span s : r.spans()) {
                if (s.op() != Span.Op.EQUAL) {
                    n += s.text().length();
                }
            }
        }
        return n;
    }
}
