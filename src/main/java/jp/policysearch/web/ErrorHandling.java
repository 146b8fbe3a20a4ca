package jp.policysearch.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import jp.policysearch.ErrorCode;
import jp.policysearch.search.BadRequestException;
import jp.policysearch.search.SearchBusyException;
import jp.policysearch.search.SearchUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place exceptions become responses: 400 with a stable code and a message a person understands, 404, 503
 * when Elasticsearch cannot answer, and 500 without internals (they go to the log). Messages are Japanese.
 */
final class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
    /** How long a client should wait before retrying when Elasticsearch is unreachable or overloaded. */
    static final String RETRY_AFTER_SECONDS = "5";

    private ErrorHandling() {}

    static void install(JavalinConfig app, ErrorPage pages) {
        app.routes.exception(BadRequestException.class, (e, ctx) -> respond(ctx, e.code(), e.getMessage(), pages));
        app.routes.exception(SearchBusyException.class, (e, ctx) -> {
            ctx.header("Retry-After", ClientLimiter.RETRY_AFTER_SECONDS);
            respond(ctx, ErrorCode.TOO_MANY_REQUESTS, e.getMessage(), pages);
        });
        app.routes.exception(NotFoundResponse.class, (e, ctx) -> respond(ctx, ErrorCode.NOT_FOUND, pages));
        app.routes.exception(SearchUnavailableException.class, (e, ctx) -> {
            log.warn("Search unavailable for {}: {}", ctx.path(), e.getMessage());
            ctx.header("Retry-After", RETRY_AFTER_SECONDS);
            respond(ctx, ErrorCode.SEARCH_UNAVAILABLE, pages);
        });
        // Javalin decodes path parameters before the handler runs and throws on a broken escape (%uD83D)
        app.routes.exception(IllegalArgumentException.class, (e, ctx) -> {
            if (String.valueOf(e.getMessage()).startsWith("URLDecoder")) {
                respond(ctx, ErrorCode.INVALID_ENCODING, pages);
            } else {
                internalError(ctx, e, pages);
            }
        });
        app.routes.exception(Exception.class, (e, ctx) -> internalError(ctx, e, pages));
        app.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || ctx.contentType() == null) {
                respond(ctx, ErrorCode.NOT_FOUND, pages);
            }
        });
    }

    /** A bug: the log gets the stack trace under a fresh error id; the user gets only the id to quote. */
    static void internalError(Context ctx, Exception e, ErrorPage pages) {
        String id = errorId();
        log.error("Unexpected error {} on {} {}", id, ctx.method(), ctx.path(), e);
        respond(
                ctx,
                ErrorCode.INTERNAL_ERROR,
                "内部エラーが発生しました（エラーID: " + id + "）。時間をおいて再度お試しください。" + "続く場合はこのエラーIDを添えてお問い合わせください。",
                id,
                pages);
    }

    /** Eight hex digits: unique enough to find one line in a day of logs, short enough to read out. */
    static String errorId() {
        return String.format("%08x", ThreadLocalRandom.current().nextInt());
    }

    /** The API and every {@code .json} answer JSON; feeds and other files plain text; pages an HTML page. */
    static void respond(Context ctx, ErrorCode code, ErrorPage pages) {
        respond(ctx, code, code.message(), null, pages);
    }

    /** As {@link #respond(Context, ErrorCode, ErrorPage)} with a message more precise than the code's own. */
    static void respond(Context ctx, ErrorCode code, String message, ErrorPage pages) {
        respond(ctx, code, message, null, pages);
    }

    private static void respond(Context ctx, ErrorCode code, String message, String errorId, ErrorPage pages) {
        int status = code.status();
        ctx.status(status);
        String path = ctx.path();
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (pages == null
                || path.startsWith("/api/")
                || path.equals("/readyz")
                || path.equals("/healthz")
                || last.endsWith(".json")) {
            Map<String, String> error = new LinkedHashMap<>();
            error.put("code", code.code());
            error.put("message", message);
            if (errorId != null) {
                error.put("id", errorId);
            }
            ctx.json(Map.of("error", error));
        } else if (last.contains(".")) {
            ctx.contentType("text/plain; charset=utf-8").result(message + "\n");
        } else {
            pages.render(ctx, status, message);
        }
    }
}
