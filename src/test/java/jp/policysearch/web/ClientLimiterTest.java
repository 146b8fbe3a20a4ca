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
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ClientLimiterTest {

    @Test
    void one_search_past_a_clients_allowance_is_a_429_with_retry_after_and_the_others_finish() throws Exception {
        ClientLimiter limiter = new ClientLimiter(4, null, new Tarpit(0, () -> 0L, (task, delay) -> task.run()));
        CountDownLatch release = new CountDownLatch(1);
        Javalin app = Javalin.create(c -> {
                    c.jetty.port = 0;
                    c.routes.get("/api/search", limiter.limit(ctx -> {
                        release.await();
                        ctx.result("ok");
                    }));
                })
                .start();
        HttpClient http = HttpClient.newHttpClient();
        try {
            URI uri = URI.create("http://127.0.0.1:" + app.port() + "/api/search");
            List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                held.add(http.sendAsync(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()));
            }
            while (limiter.running("127.0.0.1") < 4) {
                Thread.onSpinWait(); // all four admitted and waiting
            }
            HttpResponse<String> refused =
                    http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).contains("1");
            assertThat(refused.body()).contains("too_many_requests").contains("少し待って");
            release.countDown();
            for (var f : held) {
                assertThat(f.get().statusCode()).isEqualTo(200);
            }
            assertThat(limiter.running("127.0.0.1")).isZero();
        } finally {
            release.countDown();
            app.stop();
        }
    }
}
