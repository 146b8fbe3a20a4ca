package jp.policysearch.compare;

import java.util.List;

/**
 * One line of a comparison: a segment of the first version aligned with one of the second, or a segment only one
 * of them has.
 *
 * @param id     {@code r1}, {@code r2}, … in display order (the second version's order, removals where they were)
 * @param before the first version's segment, null when {@link Kind#ADDED}
 * @param after  the second version's segment, null when {@link Kind#REMOVED}
 * @param spans  the pair's text as equal, deleted and inserted pieces; a single piece for added and removed rows
 */
public record Row(String id, Kind kind, Segment before, Segment after, List<Span> spans) {

    public enum Kind {
        /** The same text (width-folded) in both. */
        SAME,
        /** Aligned, with edits. */
        CHANGED,
        /** Found at another place in the second version (with or without edits). */
        MOVED,
        /** Only in the second version. */
        ADDED,
        /** Only in the first version. */
        REMOVED
    }

    /** True for a moved row whose text has edits. */
    public boolean edited() {
        return spans.stream().anyMatch(s -> s.op() != Span.Op.EQUAL) && before != null && after != null;
    }
}
