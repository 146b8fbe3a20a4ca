package jp.policysearch.web;

/** The error page: status, a Japanese title and message, and the query to put back in the search box. */
public record ErrorView(int status, String title, String message, String q) {

    static String titleFor(int status) {
        return switch (status) {
            case 400 -> "リクエストの内容に誤りがあります";
            case 404 -> "ページが見つかりません";
            case 429 -> "検索が混み合っています";
            case 503 -> "検索サービスが一時的に利用できません";
            default -> "エラーが発生しました";
        };
    }
}
