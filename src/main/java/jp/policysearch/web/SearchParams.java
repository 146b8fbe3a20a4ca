package jp.policysearch.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.javalin.http.Context;
import jp.policysearch.search.BadRequestException;
import jp.policysearch.search.Facet;
import jp.policysearch.search.SearchQuery;
import jp.policysearch.search.Sort;

/** Reads a search from request parameters, the same way for the JSON API, the export and the HTML pages. */
final class SearchParams {

    private SearchParams() {
    }

    static SearchQuery from(Context ctx) {
        Map<String, List<String>> params;
        try {
            params = ctx.queryParamMap();
        } catch (RuntimeException e) {
            throw new BadRequestException("invalid_encoding", "URLの文字のエンコードが正しくありません。");
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            List<String> values = params.getOrDefault(facet.param(), List.of()).stream()
                    .map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
            if (values.size() > 100) {
                throw new BadRequestException("too_many_filters", "絞り込みの値が多すぎます（1項目100件まで）。");
            }
            if (!values.isEmpty()) {
                filters.put(facet.param(), values);
            }
        }
        return new SearchQuery(first(params, "q", ""), filters, Sort.fromParam(first(params, "sort", null)),
                integer(params, "page", 1, "invalid_page", "ページ番号（page）は1以上の整数で指定してください。"),
                integer(params, "size", 10, "invalid_size", "1ページの件数（size）は1から100までの整数で指定してください。"));
    }

    private static String first(Map<String, List<String>> params, String name, String fallback) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? fallback : values.get(0);
    }

    private static int integer(Map<String, List<String>> params, String name, int fallback, String code,
                               String message) {
        String raw = first(params, name, null);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(code, message);
        }
    }
}
