package jp.policysearch.web;

import java.util.List;

/**
 * What the search page shows, ready for the template: every link already built, every text a plain String (escaped
 * by the template) except the snippets, which are {@link TrustedHtml} from the searcher.
 */
public record SearchPage(
        String q,
        String heading,
        long total,
        long strictTotal,
        int from,
        int to,
        boolean browsing,
        List<String> expansions,
        List<FacetGroup> facets,
        List<Chip> chips,
        String clearFiltersUrl,
        List<SortOption> sorts,
        List<Card> cards,
        Pager pager,
        String feedUrl,
        String size,
        PastEnd pastEnd) {

    public boolean empty() {
        return cards.isEmpty();
    }

    /** Whether looser matches are listed below the strict ones. */
    public boolean partial() {
        return strictTotal < total;
    }

    public boolean hasFilters() {
        return !chips.isEmpty();
    }

    public record FacetGroup(String param, String label, List<FacetOption> options) {
        public boolean anySelected() {
            return options.stream().anyMatch(FacetOption::selected);
        }
    }

    public record FacetOption(
            String value, String label, long count, boolean selected, String toggleUrl, String inputId) {}

    public record Chip(String facetLabel, String valueLabel, String removeUrl) {}

    public record SortOption(String value, String label, boolean selected, String url) {}

    public record Card(
            String title,
            String url,
            String passageUrl,
            List<String> breadcrumb,
            String documentTitle,
            String documentUrl,
            String date,
            String ministries,
            List<String> areas,
            String phase,
            List<TrustedHtml> snippets,
            List<Version> otherVersions,
            String badge,
            String partialNote) {}

    /** Another version of a result: its page and the comparison of the result with it. */
    public record Version(String label, String url, String compareUrl) {}

    public record Link(String label, String url) {}

    /** A page number beyond the results: how many there are and where the last page is (null otherwise). */
    public record PastEnd(int page, long total, int lastPage, String lastPageUrl) {}

    /** Page links around the current one; {@code number} 0 marks a gap (…). */
    public record Pager(String prevUrl, String nextUrl, List<PageLink> pages) {
        public boolean needed() {
            return prevUrl != null || nextUrl != null;
        }
    }

    public record PageLink(int number, String url, boolean current) {
        public boolean gap() {
            return number == 0;
        }
    }
}
