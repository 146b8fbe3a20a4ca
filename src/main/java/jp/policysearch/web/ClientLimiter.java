package jp.policysearch.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.policysearch.ErrorCode;
import jp.policysearch.search.BadRequestException;
import jp.policysearch.search.SearchBusyException;

/**
 * At most {@code SEARCHES_PER_CLIENT} (default 4) searches (API, page, feed, export) of one client address run at
 * once; one more is answered 429 with Retry-After at once, so a few clients repeating heavy searches cannot take
 * every search thread and the node from everyone else. Counted per remote address (a reverse proxy in front must
 * pass each client on, or all its clients share one allowance). These refusals, the 429 of a heavy search past
 * {@code HeavySearches}' limits and the 400 of a query past the cost budget go through the {@link Tarpit}, which
 * answers a client that keeps being refused more slowly.
 */
final class ClientLimiter {

    static final String RETRY_AFTER_SECONDS = "1";

    private final ConcurrentHashMap<String, Integer> running = new ConcurrentHashMap<>();
    private final int maxPerClient;
    private final ErrorPage pages;
    private final Tarpit tarpit;

    ClientLimiter(int maxPerClient, ErrorPage pages, Tarpit tarpit) {
        this.maxPerClient = maxPerClient;
        this.pages = pages;
        this.tarpit = tarpit;
    }

    /** {@code handler}, run only within the client's allowance. */
    Handler limit(Handler handler) {
        return ctx -> {
            String client = ctx.ip();
            if (!enter(client)) {
                tooMany(ctx, client, "同時に実行中の検索が多すぎます（1つの接続元から" + maxPerClient + "件まで）。少し待ってから再度お試しください。");
                return;
            }
            try {
                handler.handle(ctx);
            } catch (SearchBusyException e) {
                tooMany(ctx, client, e.getMessage());
            } catch (BadRequestException e) {
                if (e.code() != ErrorCode.QUERY_TOO_COMPLEX && e.code() != ErrorCode.TERM_TOO_BROAD) {
                    throw e;
                }
                tarpit.refuse(ctx, client, () -> ErrorHandling.respond(ctx, e.code(), e.getMessage(), pages));
            } finally {
                leave(client);
            }
        };
    }

    private void tooMany(Context ctx, String client, String message) {
        tarpit.refuse(ctx, client, () -> {
            ctx.header("Retry-After", RETRY_AFTER_SECONDS);
            ErrorHandling.respond(ctx, ErrorCode.TOO_MANY_REQUESTS, message, pages);
        });
    }

    private boolean enter(String client) {
        AtomicBoolean admitted = new AtomicBoolean();
        running.compute(client, (key, n) -> {
            int now = n == null ? 0 : n;
            if (now >= maxPerClient) {
                return now;
            }
            admitted.set(true);
            return now + 1;
        });
        return admitted.get();
    }

    private void leave(String client) {
        running.computeIfPresent(client, (key, n) -> n <= 1 ? null : n - 1);
    }

    /** Searches running for {@code client} (tests). */
    int running(String client) {
        return running.getOrDefault(client, 0);
    }
}
