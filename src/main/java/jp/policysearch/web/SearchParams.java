package jp.policysearch.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.policysearch.ErrorCode;
import jp.policysearch.search.BadRequestException;
import jp.policysearch.search.Facet;
import jp.policysearch.search.SearchQuery;
import jp.policysearch.search.Sort;

/**
 * Reads a search from request parameters, the same way for the JSON API, the export and the HTML pages. Everything
 * is checked here before it can reach Elasticsearch: bytes that are not UTF-8, numbers out of range, filter values
 * longer than any facet value.
 */
final class SearchParams {

    /** Longer than any ministry, area, phase or document id; Elasticsearch refuses terms of 32,766 bytes. */
    static final int MAX_FILTER_LENGTH = 200;
    /** Years are four-digit Western years. */
    static final int MIN_YEAR = 1;

    static final int MAX_YEAR = 9999;

    private SearchParams() {}

    static SearchQuery from(Context ctx) {
        Map<String, List<String>> params;
        try {
            requireUtf8(ctx.queryString());
            params = ctx.queryParamMap();
        } catch (RuntimeException e) {
            throw new BadRequestException(ErrorCode.INVALID_ENCODING, "URLの文字のエンコードが正しくありません（UTF-8 で指定してください）。");
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            List<String> values = params.getOrDefault(facet.param(), List.of()).stream()
                    .map(String::strip)
                    .filter(v -> !v.isEmpty())
                    .distinct()
                    .toList();
            if (values.size() > 100) {
                throw new BadRequestException(ErrorCode.TOO_MANY_FILTERS);
            }
            for (String value : values) {
                if (value.length() > MAX_FILTER_LENGTH) {
                    throw new BadRequestException(
                            ErrorCode.FILTER_TOO_LONG, "絞り込みの値が長すぎます（" + MAX_FILTER_LENGTH + "文字まで）。");
                }
                if (facet == Facet.YEAR && !isYear(value)) {
                    throw new BadRequestException(ErrorCode.INVALID_YEAR);
                }
            }
            if (!values.isEmpty()) {
                filters.put(facet.param(), values);
            }
        }
        return new SearchQuery(
                first(params, "q", ""),
                filters,
                Sort.fromParam(first(params, "sort", null)),
                integer(params, "page", 1, ErrorCode.INVALID_PAGE),
                integer(params, "size", 10, ErrorCode.INVALID_SIZE));
    }

    private static boolean isYear(String value) {
        if (!value.matches("[0-9]{1,4}")) {
            return false;
        }
        int year = Integer.parseInt(value);
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /**
     * The raw query string's percent-escapes must decode to UTF-8: the servlet layer would silently turn
     * {@code %FF%FE} into replacement characters (and an empty search, which finds every section).
     */
    static void requireUtf8(String rawQuery) {
        if (rawQuery == null || rawQuery.indexOf('%') < 0) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rawQuery.length());
        for (int i = 0; i < rawQuery.length(); i++) {
            char c = rawQuery.charAt(i);
            if (c == '%') {
                if (i + 2 >= rawQuery.length()) {
                    throw new IllegalArgumentException("truncated escape");
                }
                bytes.write(Integer.parseInt(rawQuery.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c < 0x80 ? c : '?');
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8", e);
        }
    }

    private static String first(Map<String, List<String>> params, String name, String fallback) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? fallback : values.get(0);
    }

    private static int integer(Map<String, List<String>> params, String name, int fallback, ErrorCode code) {
        String raw = first(params, name, null);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            // Integer.parseInt refuses a number too big for an int too: the same 400, never an overflow
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(code);
        }
    }
}
