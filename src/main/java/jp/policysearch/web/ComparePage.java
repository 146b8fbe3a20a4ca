package jp.policysearch.web;

import java.util.List;

/**
 * The comparison page of two versions of a section: changed figures first, then the aligned lines with their edits.
 * Every text is a plain String (escaped by the template); edits are marked with {@code <del>}/{@code <ins>} and a
 * spoken label, never by colour alone.
 */
public record ComparePage(
        String title,
        Side first,
        Side second,
        boolean changed,
        String summary,
        List<FigureLine> figures,
        List<RowLine> rows,
        String swapUrl,
        String documentsUrl) {

    /** One version: its document (title and date) and its section page. */
    public record Side(String document, String title, String url) {}

    /** 「72兆円 → 70兆円」 with links to the row on this page and to both passages (null where a side lacks it). */
    public record FigureLine(String before, String after, String rowUrl, String beforeUrl, String afterUrl) {}

    /** An aligned line: its kind in words, where it stands in each version, and its text in pieces. */
    public record RowLine(
            String id, String kind, String kindLabel, String beforeUrl, String afterUrl, List<Piece> pieces) {}

    /** A piece of a line: {@code op} is equal, delete or insert. */
    public record Piece(String op, String text) {
        public boolean deleted() {
            return "delete".equals(op);
        }

        public boolean inserted() {
            return "insert".equals(op);
        }
    }
}
