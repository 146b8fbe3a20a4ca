package jp.policysearch.index;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/**
 * Indexing progress: a bar redrawn in place on a terminal (count, rate, time left), plain log lines every few
 * seconds otherwise.
 */
public final class Progress {

    private final PrintStream out;
    private final boolean terminal;
    private final long total;
    private final Instant start = Instant.now();
    private Instant lastPrint = start;

    public Progress(PrintStream out, boolean terminal, long total) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
    }

    /** Makes the progress display once the total is known. */
    @FunctionalInterface
    public interface Factory {
        Progress create(long total);
    }

    public static Progress silent() {
        return new Progress(new PrintStream(OutputStream.nullOutputStream()), false, 0);
    }

    void update(long done) {
        Instant now = Instant.now();
        Duration sinceLast = Duration.between(lastPrint, now);
        if (done < total && sinceLast.compareTo(terminal ? Duration.ofMillis(100) : Duration.ofSeconds(2)) < 0) {
            return;
        }
        lastPrint = now;
        double seconds = Math.max(0.001, Duration.between(start, now).toMillis() / 1000.0);
        double rate = done / seconds;
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        if (terminal) {
            int width = 30;
            int filled = total == 0 ? width : (int) (width * done / total);
            out.printf(
                    "\r[%s%s] %d/%d sections  %.0f/s  %ds left ",
                    "#".repeat(filled), ".".repeat(width - filled), done, total, rate, left);
            if (done >= total) {
                out.println();
            }
        } else {
            out.printf("indexed %d/%d sections (%.0f/s, about %d s left)%n", done, total, rate, left);
        }
        out.flush();
    }
}
