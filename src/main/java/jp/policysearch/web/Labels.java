package jp.policysearch.web;

import java.util.List;

import jp.policysearch.search.Facet;
import jp.policysearch.search.SearchResult.DocumentRef;
import jp.policysearch.search.Sort;

/** The Japanese words pages use for facets, sorts and dates. */
final class Labels {

    private Labels() {
    }

    static String facet(Facet facet) {
        return switch (facet) {
            case MINISTRY -> "府省庁";
            case AREA -> "分野";
            case YEAR -> "年";
            case PHASE -> "段階";
            case DOC -> "文書";
        };
    }

    static String sort(Sort sort) {
        return switch (sort) {
            case RELEVANCE -> "関連度順";
            case NEWEST -> "新しい順";
            case OLDEST -> "古い順";
        };
    }

    /** {@code 2026-04-06} → 2026年4月6日, {@code 2025-03} → 2025年3月, else the year. */
    static String date(String date, int year) {
        if (date != null && date.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
            String[] parts = date.split("-");
            StringBuilder out = new StringBuilder(parts[0]).append('年').append(Integer.parseInt(parts[1])).append('月');
            if (parts.length == 3) {
                out.append(Integer.parseInt(parts[2])).append('日');
            }
            return out.toString();
        }
        return year > 0 ? year + "年" : "";
    }

    static String date(DocumentRef doc) {
        return date(doc.date(), doc.year());
    }

    static String kind(String kind) {
        return switch (kind) {
            case "roadmap" -> "ロードマップ";
            case "slide-deck" -> "スライド資料";
            case "report" -> "報告書";
            default -> kind;
        };
    }

    static String ministries(List<String> ministries) {
        return String.join("・", ministries);
    }
}
