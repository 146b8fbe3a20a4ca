package jp.policysearch.search;

import java.util.List;
import jp.policysearch.search.SearchResult.DocumentRef;
import jp.policysearch.search.SectionView.PassageView;

/**
 * A roadmap card with all its phases, for the card page ({@code /s/growth-roadmap-2026/c24}).
 *
 * @param breadcrumb document, area and card, as the phases' breadcrumbs give them
 * @param phases     the card's sections in document order
 */
public record CardView(
        String id,
        String url,
        String card,
        List<String> breadcrumb,
        DocumentRef document,
        List<String> areas,
        List<Phase> phases) {

    /** One phase (目標, 道筋, 政策手段, 方向性…): its section and passages. */
    public record Phase(String id, String url, String phase, List<PassageView> passages) {}
}
