package jp.policysearch.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.policysearch.search.Facet;
import jp.policysearch.search.SearchQuery;
import jp.policysearch.search.Sort;

/**
 * Links from one search to its neighbours (a filter added or removed, another sort or page): the whole state of the
 * search page lives in its URL, so each link is the current URL with one change. Changing the filters or the sort
 * goes back to page 1.
 */
final class SearchLinks {

    private final SearchQuery query;

    SearchLinks(SearchQuery query) {
        this.query = query;
    }

    String toggle(Facet facet, String value) {
        Map<String, List<String>> filters = copy(query.filters());
        List<String> values = filters.computeIfAbsent(facet.param(), k -> new ArrayList<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        return build("/search", filters, query.sort(), 1);
    }

    String withoutFilters() {
        return build("/search", Map.of(), query.sort(), 1);
    }

    String sorted(Sort sort) {
        return build("/search", query.filters(), sort, 1);
    }

    String page(int page) {
        return build("/search", query.filters(), query.sort(), page);
    }

    /** The Atom feed of this search: newest first, whatever the page shows. */
    String feed() {
        return build("/search.atom", query.filters(), Sort.NEWEST, 1);
    }

    /** A search for the given filter only, e.g. the area link in a section's breadcrumb. */
    static String filtered(Facet facet, String value) {
        return "/search?" + facet.param() + "=" + encode(value);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String build(String path, Map<String, List<String>> filters, Sort sort, int page) {
        StringBuilder out = new StringBuilder(path);
        char sep = '?';
        if (!query.q().isEmpty()) {
            out.append(sep).append("q=").append(encode(query.q()));
            sep = '&';
        }
        for (Facet facet : Facet.values()) {
            for (String value : filters.getOrDefault(facet.param(), List.of())) {
                out.append(sep).append(facet.param()).append('=').append(encode(value));
                sep = '&';
            }
        }
        if (sort != Sort.RELEVANCE) {
            out.append(sep).append("sort=").append(sort.param());
            sep = '&';
        }
        if (query.size() != 10) {
            out.append(sep).append("size=").append(query.size());
            sep = '&';
        }
        if (page > 1) {
            out.append(sep).append("page=").append(page);
        }
        return out.toString();
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> filters) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        filters.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
        return out;
    }
}
