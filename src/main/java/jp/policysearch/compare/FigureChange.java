package jp.policysearch.compare;

/**
 * A number with a unit that differs between two aligned passages: 「72兆円 → 70兆円」; {@code before} is null for
 * a figure only the second version has, {@code after} null for one only the first has.
 *
 * @param row          the id of the row in the comparison ({@code r1}, {@code r2}, …)
 * @param beforeAnchor the passage holding it in the first version
 * @param afterAnchor  the passage holding it in the second version
 */
public record FigureChange(String before, String after, String row, String beforeAnchor, String afterAnchor) {}
