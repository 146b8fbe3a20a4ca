package jp.policysearch.web;

import java.util.List;
import jp.policysearch.corpus.DocumentKind;
import jp.policysearch.search.Facet;
import jp.policysearch.search.SearchResult.DocumentRef;
import jp.policysearch.search.Sort;

/** The Japanese words pages use for facets, sorts and dates. */
final class Labels {

    private Labels() {}

    static String facet(Facet facet) {
        return switch (facet) {
            case MINISTRY -> "府省庁";
            case AREA -> "分野";
            case YEAR -> "発行年";
            case PHASE -> "段階";
            case DOC -> "文書";
            case CHANGE -> "他の版との違い";
        };
    }

    static String sort(Sort sort) {
        return switch (sort) {
            case RELEVANCE -> "関連度順";
            case NEWEST -> "新しい順";
            case OLDEST -> "古い順";
        };
    }

    static String date(String date, int year) {
        return Citation.japaneseDate(date, year);
    }

    /** The document's date or year, with 「（推定）」 when it was inferred. */
    static String date(DocumentRef doc) {
        return date(doc.date(), doc.year()) + (Citation.dateInferred(doc.date(), doc.inferred()) ? "（推定）" : "");
    }

    /** The document's issuers, with 「（推定）」 when they were inferred. */
    static String ministries(DocumentRef doc) {
        return ministries(doc.ministries()) + (doc.inferred().containsKey("issuers") ? "（推定）" : "");
    }

    /** The Japanese name of a document kind; a new {@link DocumentKind} does not compile until it has one. */
    static String kind(String label) {
        return switch (DocumentKind.fromLabel(label)) {
            case ROADMAP -> "ロードマップ";
            case SLIDE_DECK -> "スライド資料";
            case GENERIC -> "その他の資料";
            case REPORT -> "報告書";
        };
    }

    static String ministries(List<String> ministries) {
        return String.join("・", ministries);
    }
}
