package jp.policysearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import jp.policysearch.ErrorCode;
import jp.policysearch.search.BadRequestException;
import jp.policysearch.search.SearchBusyException;
import org.junit.jupiter.api.Test;

/**
 * The tarpit without a clock: a clock the test moves and a scheduler that only collects the delayed answers, so
 * which answers wait, for how long and when they go out is asserted as counts and order, never as durations.
 */
class TarpitTest {

    private final AtomicLong now = new AtomicLong();
    private final List<Long> delays = new ArrayList<>();
    private final List<Runnable> pending = new ArrayList<>();

    private Tarpit tarpit(int maxHeld) {
        return new Tarpit(maxHeld, now::get, (task, delay) -> {
            synchronized (pending) {
                delays.add(delay);
                pending.add(task);
            }
        });
    }

    private void runPending() {
        List<Runnable> due;
        synchronized (pending) {
            due = new ArrayList<>(pending);
            pending.clear();
        }
        due.forEach(Runnable::run);
    }

    private void advanceMillis(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    @Test
    void the_first_refusals_are_free_then_each_waits_twice_as_long_up_to_the_cap() {
        Tarpit tarpit = tarpit(100);
        List<Long> seen = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            seen.add(tarpit.delayAfterRefusal("10.0.0.1"));
            advanceMillis(1);
        }
        assertThat(seen).containsExactly(0L, 0L, 0L, 50L, 100L, 200L, 400L, 800L, 1600L, 2000L, 2000L, 2000L);
        assertThat(tarpit.delayAfterRefusal("10.0.0.2")).as("another client").isZero();
        for (int i = 0; i < 100; i++) {
            tarpit.delayAfterRefusal("10.0.0.1"); // no overflow however long it goes on
        }
        assertThat(tarpit.delayAfterRefusal("10.0.0.1")).isEqualTo(Tarpit.MAX_DELAY_MS);
    }

    @Test
    void a_client_without_refusals_for_a_while_starts_again_from_zero() {
        Tarpit tarpit = tarpit(100);
        for (int i = 0; i < 6; i++) {
            tarpit.delayAfterRefusal("10.0.0.1");
        }
        advanceMillis(Tarpit.FORGET_MS - 1);
        assertThat(tarpit.delayAfterRefusal("10.0.0.1")).as("still remembered").isPositive();
        advanceMillis(Tarpit.FORGET_MS + 1);
        assertThat(tarpit.delayAfterRefusal("10.0.0.1")).as("forgotten").isZero();
    }

    @Test
    void a_refused_client_waits_for_its_answer_without_a_thread_and_the_held_answers_are_capped() throws Exception {
        int cap = Tarpit.HELD_PER_CLIENT + 2;
        Tarpit tarpit = tarpit(cap);
        Javalin app = server(tarpit);
        HttpClient http = HttpClient.newHttpClient();
        try {
            String base = "http://127.0.0.1:" + app.port();
            for (int i = 0; i < Tarpit.FREE_REFUSALS; i++) {
                assertThat(get(http, base + "/complex").statusCode()).isEqualTo(400);
            }
            assertThat(tarpit.held()).isZero();
            assertThat(pending).isEmpty();
            // the next refusal is held until the scheduler runs it
            CompletableFuture<HttpResponse<String>> held = getAsync(http, base + "/busy");
            awaitHeld(tarpit, 1);
            assertThat(held).isNotDone();
            // an ordinary search of the same client is answered meanwhile: the held refusal holds no search slot
            assertThat(get(http, base + "/ok").body()).isEqualTo("ok");
            runPending();
            HttpResponse<String> answer = held.get(30, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).isEqualTo(429);
            assertThat(answer.headers().firstValue("Retry-After")).contains(ClientLimiter.RETRY_AFTER_SECONDS);
            assertThat(answer.body()).contains("too_many_requests");
            assertThat(tarpit.held()).isZero();
            assertThat(delays).containsExactly(Tarpit.FIRST_DELAY_MS);

            // one client gets at most HELD_PER_CLIENT answers held; past that it is answered at once
            List<CompletableFuture<HttpResponse<String>>> many = new ArrayList<>();
            for (int i = 0; i < Tarpit.HELD_PER_CLIENT; i++) {
                many.add(getAsync(http, base + "/complex"));
            }
            awaitHeld(tarpit, Tarpit.HELD_PER_CLIENT);
            HttpResponse<String> atOnce = get(http, base + "/complex");
            assertThat(atOnce.statusCode()).isEqualTo(400);
            assertThat(atOnce.body()).contains("query_too_complex");
            assertThat(many).noneMatch(CompletableFuture::isDone);
            runPending();
            for (var f : many) {
                assertThat(f.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(400);
            }
            assertThat(tarpit.held()).isZero();
        } finally {
            runPending();
            app.stop();
        }
    }

    @Test
    void past_the_service_wide_cap_a_refusal_is_answered_at_once() throws Exception {
        Tarpit tarpit = tarpit(2);
        Javalin app = server(tarpit);
        HttpClient http = HttpClient.newHttpClient();
        try {
            String base = "http://127.0.0.1:" + app.port();
            for (int i = 0; i < Tarpit.FREE_REFUSALS; i++) {
                get(http, base + "/busy");
            }
            List<CompletableFuture<HttpResponse<String>>> held =
                    List.of(getAsync(http, base + "/busy"), getAsync(http, base + "/busy"));
            awaitHeld(tarpit, 2);
            assertThat(get(http, base + "/busy").statusCode()).isEqualTo(429);
            assertThat(held).noneMatch(CompletableFuture::isDone);
            assertThat(tarpit.held()).isEqualTo(2);
            runPending();
            for (var f : held) {
                assertThat(f.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(429);
            }
        } finally {
            runPending();
            app.stop();
        }
    }

    private static Javalin server(Tarpit tarpit) {
        ClientLimiter limiter = new ClientLimiter(4, null, tarpit);
        return Javalin.create(c -> {
                    c.jetty.port = 0;
                    c.routes.get("/busy", limiter.limit(ctx -> {
                        throw new SearchBusyException("混み合っています");
                    }));
                    c.routes.get("/complex", limiter.limit(ctx -> {
                        throw new BadRequestException(ErrorCode.QUERY_TOO_COMPLEX, "検索条件が複雑すぎます");
                    }));
                    c.routes.get("/ok", limiter.limit(ctx -> ctx.result("ok")));
                })
                .start();
    }

    private static void awaitHeld(Tarpit tarpit, int n) {
        while (tarpit.held() < n) {
            Thread.onSpinWait();
        }
    }

    private static HttpResponse<String> get(HttpClient http, String uri) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static CompletableFuture<HttpResponse<String>> getAsync(HttpClient http, String uri) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
