package jp.policysearch.search;

import java.util.List;
import jp.policysearch.search.SearchResult.DocumentRef;

/**
 * Two versions of a section compared, as {@code /api/sections/{id}/compare/{other}} and the comparison page show
 * them: the aligned rows with their edits, and the figures that changed with links to both passages.
 *
 * @param changed false when every passage of one version is in the other, in the same order, with the same text
 */
public record ComparisonView(
        Side first, Side second, boolean changed, Summary summary, List<Figure> figures, List<RowView> rows) {

    /** One of the two sections. */
    public record Side(String id, String url, String title, DocumentRef document) {}

    /** How many rows of each kind, and how many characters were deleted plus inserted. */
    public record Summary(long same, long changed, long moved, long added, long removed, long changedChars) {}

    /**
     * A number with a unit that differs: {@code before} null for a figure only the second has, {@code after} null
     * for one only the first has; the urls point at the passages holding it (null on the side that lacks it).
     */
    public record Figure(String before, String after, String row, String beforeUrl, String afterUrl) {}

    /**
     * One aligned line: {@code kind} is same, changed, moved, added or removed; {@code before} is null for added,
     * {@code after} null for removed.
     */
    public record RowView(String id, String kind, Segment before, Segment after, List<Edit> edits) {}

    /** A line of one version: the passage it is in, its link and text. */
    public record Segment(String anchor, String url, boolean heading, String text) {}

    /** A piece of the row's text: op is equal, delete or insert. */
    public record Edit(String op, String text) {}
}
