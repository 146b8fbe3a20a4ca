package jp.policysearch.search;

import java.util.List;
import java.util.Map;

/**
 * One search as the user asked it: the query text, facet filters (OR within a facet, AND across), sort and page.
 *
 * @param filters facet name ({@link Facet#param()}) → selected values, in the order given
 */
public record SearchQuery(String q, Map<String, List<String>> filters, Sort sort, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_WINDOW = 10_000;

    public SearchQuery {
        q = q == null ? "" : q;
        filters = Map.copyOf(filters);
    }

    public List<String> selected(Facet facet) {
        return filters.getOrDefault(facet.param(), List.of());
    }

    public boolean browsing() {
        return q.isBlank();
    }
}
