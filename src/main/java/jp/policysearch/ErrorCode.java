package jp.policysearch;

import java.util.Locale;

/**
 * Every error the service answers with: a stable snake_case code (the {@code error.code} of the JSON answer, listed in
 * the OpenAPI document), its HTTP status and the message a person reads (Japanese). A call site with a more precise
 * message (one naming a limit or a term) passes it beside the code; the code and status never vary.
 */
public enum ErrorCode {
    BAD_REQUEST(400, "リクエストの形式が正しくありません。URLの文字のエンコードを確認してください（空白は %20）。"),
    INVALID_ENCODING(400, "URLの文字のエンコードが正しくありません。"),
    INVALID_PAGE(400, "ページ番号（page）は1以上の整数で指定してください。"),
    INVALID_SIZE(400, "1ページの件数（size）は1から100までの整数で指定してください。"),
    PAGE_TOO_DEEP(400, "表示できるのは上位10,000件までです。条件を絞り込むか、エクスポート（/api/export）で全件を取得してください。"),
    INVALID_YEAR(400, "発行年（year）は西暦の年（例: 2025）で指定してください。"),
    INVALID_SORT(400, "並び順（sort）は relevance、newest、oldest のいずれかを指定してください。"),
    INVALID_FORMAT(400, "出力形式（format）は csv または ndjson を指定してください。"),
    FILTER_TOO_LONG(400, "絞り込みの値が長すぎます。"),
    TOO_MANY_FILTERS(400, "絞り込みの値が多すぎます（1項目100件まで）。"),
    QUERY_TOO_LONG(400, "検索語が長すぎます。"),
    QUERY_TOO_COMPLEX(400, "検索条件が複雑すぎます。語の数やORでつないだ語を減らしてください。"),
    TERM_TOO_BROAD(400, "言い換えが多すぎる語があるため検索できません。より具体的な語で検索してください。"),
    /** Two sections compared that are not versions of one another (or one section with itself). */
    NOT_VERSIONS(400, "比較できるのは同じ節の別の版どうしです。この2つの節は互いの版ではありません（節のページの「他の版」から比較できます）。"),
    NOT_FOUND(404, "お探しのページまたはデータは見つかりませんでした。"),
    METHOD_NOT_ALLOWED(405, "このURLで使えるのは GET と HEAD だけです。"),
    /** 414 (URI too long) or 431 (headers too large): the status stays the one Jetty chose. */
    REQUEST_TOO_LARGE(414, "URLが長すぎます。検索語や条件を減らしてください。"),
    TOO_MANY_REQUESTS(429, "同時に実行中の検索が多すぎます。少し待ってから再度お試しください。"),
    /** Any other status Jetty raises before a request reaches the application; the status stays Jetty's. */
    REQUEST_FAILED(400, "リクエストを処理できませんでした。"),
    INTERNAL_ERROR(500, "内部エラーが発生しました。時間をおいて再度お試しください。"),
    SEARCH_UNAVAILABLE(503, "検索サービスが一時的に利用できません。しばらくしてから再度お試しください。");

    private final int status;
    private final String message;

    ErrorCode(int status, String message) {
        this.status = status;
        this.message = message;
    }

    /** The stable code clients compare against, e.g. {@code invalid_page}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int status() {
        return status;
    }

    /** The message a person reads when the call site has nothing more precise to say. */
    public String message() {
        return message;
    }
}
