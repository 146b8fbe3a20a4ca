package jp.policysearch.search;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Admission of heavy searches. A search whose query expands into more than {@link #HEAVY_CLAUSES} leaf clauses (an
 * ordinary query of a few words has 4 to 40; see {@link QueryBudget}) costs Elasticsearch tens of times more than an
 * ordinary one, and a few of them at once take every search thread of the node, so everyone else's searches queue
 * behind them. So at most {@code slots} heavy searches run at once in the whole service, at most one of them per
 * client; one more is refused at once with {@link SearchBusyException} (429 with Retry-After), never queued. A
 * heavy search also costs its own time as rest: after one that ran for {@code t}, no new heavy search starts for
 * {@code t}, so heavy searches repeated back to back occupy a search thread at most half of the time. Light
 * searches are never counted here: they keep the node's remaining search threads.
 */
public final class HeavySearches {

    /** Leaf clauses above which a search is heavy. */
    public static final int HEAVY_CLAUSES = 50;
    /** Heavy searches one client may run at once. */
    static final int PER_CLIENT = 1;

    private final int slots;
    private final LongSupplier nanos;
    private final Map<String, Integer> byClient = new HashMap<>();
    private int running;
    /** No heavy search starts before this (a {@link #nanos} reading): the rest the last finished one earned. */
    private long restUntil;

    private boolean resting;

    /** @param slots heavy searches the whole service runs at once (at least 1) */
    public HeavySearches(int slots) {
        this(slots, System::nanoTime);
    }

    /** @param nanos the clock heavy searches are timed by (tests pass their own) */
    public HeavySearches(int slots, LongSupplier nanos) {
        if (slots < 1) {
            throw new IllegalArgumentException("slots must be at least 1: " + slots);
        }
        this.slots = slots;
        this.nanos = nanos;
    }

    /** A held admission; closing it frees the slot. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private static final Permit LIGHT = () -> {};

    /**
     * Admits a search of {@code clauses} leaf clauses for {@code client}, or throws {@link SearchBusyException} when
     * it is heavy and the service or this client already runs as many heavy searches as allowed.
     */
    public Permit enter(int clauses, String client) {
        if (clauses <= HEAVY_CLAUSES) {
            return LIGHT;
        }
        synchronized (this) {
            int mine = byClient.getOrDefault(client, 0);
            long now = nanos.getAsLong();
            if (running >= slots || mine >= PER_CLIENT || (resting && now - restUntil < 0)) {
                throw new SearchBusyException("複雑な検索（言い換えを含めて" + clauses + "個の条件）が混み合っています（同時に全体で" + slots
                        + "件、1つの接続元から" + PER_CLIENT + "件まで）。少し待ってから再度お試しいただくか、語の数を減らしてください。");
            }
            running++;
            byClient.put(client, mine + 1);
        }
        long started = nanos.getAsLong();
        return new Permit() {
            private boolean closed;

            @Override
            public void close() {
                synchronized (HeavySearches.this) {
                    if (closed) {
                        return;
                    }
                    closed = true;
                    running--;
                    long now = nanos.getAsLong();
                    long until = now + (now - started);
                    if (!resting || until - restUntil > 0) {
                        restUntil = until;
                        resting = true;
                    }
                    byClient.computeIfPresent(client, (key, n) -> n <= 1 ? null : n - 1);
                }
            }
        };
    }

    /** Heavy searches running now (tests). */
    synchronized int running() {
        return running;
    }
}
