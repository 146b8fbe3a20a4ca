package jp.policysearch.web;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import jp.policysearch.search.BadRequestException;
import jp.policysearch.search.SearchUnavailableException;

/**
 * The one place exceptions become responses: 400 with a stable code and a message a person understands, 404, 503
 * when Elasticsearch cannot answer, and 500 without internals (they go to the log). Messages are Japanese.
 */
final class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private ErrorHandling() {
    }

    static void install(JavalinConfig app, ErrorPage pages) {
        app.routes.exception(BadRequestException.class, (e, ctx) -> respond(ctx, 400, e.code(), e.getMessage(), pages));
        app.routes.exception(NotFoundResponse.class, (e, ctx) -> respond(ctx, 404, "not_found",
                "お探しのページまたはデータは見つかりませんでした。", pages));
        app.routes.exception(SearchUnavailableException.class, (e, ctx) -> {
            log.warn("Search unavailable for {}: {}", ctx.path(), e.getMessage());
            respond(ctx, 503, "search_unavailable",
                    "検索サービスが一時的に利用できません。しばらくしてから再度お試しください。", pages);
        });
        // Javalin decodes path parameters before the handler runs and throws on a broken escape (%uD83D)
        app.routes.exception(IllegalArgumentException.class, (e, ctx) -> {
            if (String.valueOf(e.getMessage()).startsWith("URLDecoder")) {
                respond(ctx, 400, "invalid_encoding", "URLの文字のエンコードが正しくありません。", pages);
            } else {
                log.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
                respond(ctx, 500, "internal_error", "内部エラーが発生しました。時間をおいて再度お試しください。", pages);
            }
        });
        app.routes.exception(Exception.class, (e, ctx) -> {
            log.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
            respond(ctx, 500, "internal_error", "内部エラーが発生しました。時間をおいて再度お試しください。", pages);
        });
        app.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || ctx.contentType() == null) {
                respond(ctx, 404, "not_found", "お探しのページまたはデータは見つかりませんでした。", pages);
            }
        });
    }

    static void respond(Context ctx, int status, String code, String message, ErrorPage pages) {
        ctx.status(status);
        if (wantsJson(ctx) || pages == null) {
            ctx.json(Map.of("error", Map.of("code", code, "message", message)));
        } else {
            pages.render(ctx, status, message);
        }
    }

    private static boolean wantsJson(Context ctx) {
        return ctx.path().startsWith("/api/") || ctx.path().equals("/readyz") || ctx.path().equals("/healthz");
    }
}
