package jp.policysearch.es;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's pid file, owned by the process that wrote it: it is replaced atomically, and removed only by a process
 * that finds its own node's pid in it, so stopping an old node never deletes the pid file of a node started since.
 */
final class PidFile {

    private static final Logger log = LoggerFactory.getLogger(PidFile.class);

    private final Path file;

    PidFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    void write(long pid) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial); // never write through a file (or link) someone else left
        Files.writeString(partial, Long.toString(pid), StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    Optional<Long> read() {
        try {
            return Optional.of(Long.parseLong(
                    Files.readString(file, StandardCharsets.UTF_8).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Deletes the file only when it still names {@code pid}; a newer node's file stays. */
    boolean deleteIfHolds(long pid) {
        if (read().filter(p -> p == pid).isEmpty()) {
            log.debug("{} no longer names pid {}; left as it is", file, pid);
            return false;
        }
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.getMessage());
            return false;
        }
    }
}
