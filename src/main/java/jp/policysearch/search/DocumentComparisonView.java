package jp.policysearch.search;

import java.util.List;
import jp.policysearch.search.SearchResult.DocumentRef;

/**
 * Two documents that share sections (versions of one another) compared section by section: the pairs that changed,
 * most changed first, the pairs that did not, and the sections only one of them has, by card or chapter.
 */
public record DocumentComparisonView(
        DocumentRef first,
        DocumentRef second,
        List<Pair> changed,
        List<Pair> unchanged,
        List<Part> onlyFirst,
        List<Part> onlySecond) {

    /**
     * A section of the first document and its version in the second, with how much differs: {@code changedFigures}
     * counts the numbers with units that differ, {@code changedChars} the characters deleted plus inserted.
     */
    public record Pair(
            String firstId,
            String secondId,
            String compareUrl,
            String title,
            List<String> breadcrumb,
            int changedFigures,
            long changedChars,
            long addedLines,
            long removedLines) {}

    /** A card or chapter (the breadcrumb between document and section) and its sections only one document has. */
    public record Part(String label, boolean whole, List<SectionView.SectionLink> sections) {}
}
