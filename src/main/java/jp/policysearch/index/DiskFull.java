package jp.policysearch.index;

import java.util.Optional;

/**
 * Recognises the ways a full disk shows up while indexing (the flood-stage write block, "No space left on device",
 * a node that lost its master at 0 bytes free) and says so in one sentence, instead of the bare exception.
 */
public final class DiskFull {

    private DiskFull() {}

    /** One sentence about the full disk, or empty when {@code failure} is about something else. */
    public static Optional<String> explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("flood-stage watermark")
                    || message.contains("read-only-allow-delete")
                    || message.contains("No space left on device")
                    || message.contains("disk usage exceeded")) {
                return Optional.of("Elasticsearch refuses to write because the disk that holds its data is (nearly) "
                        + "full; free at least 1 GB on it and run the command again (the node lifts its write block "
                        + "by itself once there is space).");
            }
            if (message.contains("master_not_discovered_exception")) {
                return Optional.of("Elasticsearch lost its cluster state, which it does when the disk that holds its "
                        + "data runs completely full; free at least 1 GB on it, restart the node (bin/policy-search "
                        + "es stop) and run the command again.");
            }
        }
        return Optional.empty();
    }
}
