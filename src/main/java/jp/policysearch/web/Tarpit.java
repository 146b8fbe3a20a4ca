package jp.policysearch.web;

import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Answers a client that keeps being refused (400 for a query past the cost budget, 429 for too many searches at
 * once) more slowly: the first {@link #FREE_REFUSALS} refusals go out at once, each further one waits twice as long
 * as the one before, from {@link #FIRST_DELAY_MS} up to {@link #MAX_DELAY_MS}, until the client has gone
 * {@link #FORGET_MS} without a refusal. A client that repeats a refused request in a loop (one connection, the next
 * request when the answer comes) so sends a few requests a second instead of thousands, and the CPU it took from
 * everyone else with its requests and their refusals is theirs again.
 *
 * <p>A delayed answer holds no thread: the request is suspended (Javalin's {@code ctx.future}) and a single
 * scheduler thread completes it. Held answers are capped, {@link #maxHeld} in all and {@link #HELD_PER_CLIENT} per
 * client; past either cap a refusal is answered at once, so the tarpit itself cannot be used to exhaust memory.
 * The clients remembered are capped too ({@link #MAX_CLIENTS}; past it, those not refused lately are forgotten).
 */
final class Tarpit {

    /** Refusals in a row answered at once: a person who sends a too long query a few times is not slowed. */
    static final int FREE_REFUSALS = 3;

    static final long FIRST_DELAY_MS = 50;
    static final long MAX_DELAY_MS = 2_000;
    /** A client without a refusal for this long starts again from zero. */
    static final long FORGET_MS = 10_000;

    static final int HELD_PER_CLIENT = 8;
    static final int MAX_CLIENTS = 10_000;

    /** Runs a task after a delay (the real one: a daemon thread; tests run the tasks themselves). */
    interface Scheduler {
        void schedule(Runnable task, long delayMillis);
    }

    private record Strikes(int refusals, long lastNanos) {}

    private final int maxHeld;
    private final LongSupplier nanos;
    private final Scheduler scheduler;
    private final Map<String, Strikes> strikes = new ConcurrentHashMap<>();
    private final Map<String, Integer> heldByClient = new ConcurrentHashMap<>();
    private final AtomicInteger held = new AtomicInteger();

    Tarpit(int maxHeld, LongSupplier nanos, Scheduler scheduler) {
        this.maxHeld = maxHeld;
        this.nanos = nanos;
        this.scheduler = scheduler;
    }

    /** The service's tarpit: the system clock and one daemon thread, at most {@code maxHeld} answers held. */
    static Tarpit standard(int maxHeld) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "tarpit");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return new Tarpit(
                maxHeld, System::nanoTime, (task, delay) -> executor.schedule(task, delay, TimeUnit.MILLISECONDS));
    }

    /**
     * Records a refusal of {@code client}'s request and sends it through {@code answer} (which writes the refusal),
     * at once or after the client's delay.
     */
    void refuse(Context ctx, String client, Runnable answer) {
        long delay = delayAfterRefusal(client);
        if (delay == 0 || !hold(client)) {
            answer.run();
            return;
        }
        CompletableFuture<Void> later = new CompletableFuture<>();
        ctx.future(() -> later.thenRun(answer));
        scheduler.schedule(
                () -> {
                    release(client);
                    later.complete(null);
                },
                delay);
    }

    /** Counts a refusal of {@code client}: how long its answer should wait, in milliseconds (0: at once). */
    long delayAfterRefusal(String client) {
        long now = nanos.getAsLong();
        if (strikes.size() >= MAX_CLIENTS && !strikes.containsKey(client)) {
            forgetQuiet(now);
        }
        Strikes after = strikes.merge(
                client,
                new Strikes(1, now),
                (before, one) -> quiet(before, now) ? one : new Strikes(before.refusals() + 1, now));
        int beyond = after.refusals() - FREE_REFUSALS;
        if (beyond <= 0) {
            return 0;
        }
        return beyond > 10 ? MAX_DELAY_MS : Math.min(MAX_DELAY_MS, FIRST_DELAY_MS << (beyond - 1));
    }

    private static boolean quiet(Strikes strikes, long now) {
        return now - strikes.lastNanos() > TimeUnit.MILLISECONDS.toNanos(FORGET_MS);
    }

    /** Past {@link #MAX_CLIENTS}: the clients not refused lately go, and if that is not enough, all of them. */
    private void forgetQuiet(long now) {
        strikes.values().removeIf(s -> quiet(s, now));
        if (strikes.size() >= MAX_CLIENTS) {
            strikes.clear();
        }
    }

    private boolean hold(String client) {
        if (held.incrementAndGet() > maxHeld) {
            held.decrementAndGet();
            return false;
        }
        boolean[] admitted = new boolean[1];
        heldByClient.compute(client, (key, n) -> {
            int now = n == null ? 0 : n;
            if (now >= HELD_PER_CLIENT) {
                return n;
            }
            admitted[0] = true;
            return now + 1;
        });
        if (!admitted[0]) {
            held.decrementAndGet();
        }
        return admitted[0];
    }

    private void release(String client) {
        heldByClient.computeIfPresent(client, (key, n) -> n <= 1 ? null : n - 1);
        held.decrementAndGet();
    }

    /** Answers held now (tests). */
    int held() {
        return held.get();
    }
}
