package jp.policysearch.web;

import java.util.List;

/**
 * The comparison page of two documents that share sections: which changed (most first), which did not, which only one
 * has.
 */
public record DocumentComparePage(
        String title,
        ComparePage.Side first,
        ComparePage.Side second,
        List<Changed> changed,
        List<SearchPage.Link> unchanged,
        List<Part> onlyFirst,
        List<Part> onlySecond,
        String swapUrl,
        String apiUrl) {

    /** A section whose versions differ: how much, and the link to their comparison. */
    public record Changed(String title, String crumbs, int figures, long chars, String lines, String compareUrl) {}

    /** A card or chapter with the sections only one document has; {@code whole} when the other has none of it. */
    public record Part(String label, boolean whole, List<SearchPage.Link> sections) {}
}
