package jp.policysearch.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import jp.policysearch.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The content hashes ({@link ContentHash#ofFile}) of a folder's files, remembered in {@value #FILE} beside them with
 * each file's size and modification time, as git's index does: a file whose size and time are those recorded is not
 * read again. So {@code add} does not re-read the whole corpus to check for duplicates, find what an interrupted
 * change left and record the corpus hash. A record is trusted only when the file's time was at least
 * {@value #RACY_MILLIS} ms older than the moment it was hashed (a file rewritten within the same clock tick keeps its
 * time). The file is a cache: deleting it costs one read of every file; one that cannot be written (a read-only
 * folder) is skipped.
 */
final class FileHashes {

    static final String FILE = ".policy-search-hashes.json";
    private static final long RACY_MILLIS = 2000;
    private static final Logger log = LoggerFactory.getLogger(FileHashes.class);

    private record Known(long size, long modified, long hashedAt, String hash) {}

    private final Path dir;
    private final Map<String, Known> known = new TreeMap<>();
    private boolean changed;
    private int read;

    private FileHashes(Path dir) {
        this.dir = dir;
    }

    /** The hashes recorded for {@code dir} (none when the record is missing or unreadable). */
    static FileHashes in(Path dir) {
        FileHashes hashes = new FileHashes(dir);
        Path file = dir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try {
                JsonNode root = Json.mapper().readTree(file.toFile());
                root.path("files").properties().forEach(e -> {
                    JsonNode k = e.getValue();
                    hashes.known.put(
                            e.getKey(),
                            new Known(
                                    k.path("size").asLong(-1),
                                    k.path("modified").asLong(-1),
                                    k.path("hashed_at").asLong(-1),
                                    k.path("hash").asText()));
                });
            } catch (IOException | RuntimeException e) {
                log.warn("Ignoring the unreadable hash record {}: {}", file, e.getMessage());
                hashes.known.clear();
            }
        }
        return hashes;
    }

    /** The content hash of a file under the folder, read only when its record does not hold. */
    String of(Path file) {
        String name = dir.relativize(file.toAbsolutePath().normalize()).toString();
        try {
            long size = Files.size(file);
            long modified = Files.getLastModifiedTime(file).toMillis();
            Known k = known.get(name);
            if (k != null && k.size() == size && k.modified() == modified && modified + RACY_MILLIS <= k.hashedAt()) {
                return k.hash();
            }
            long hashedAt = System.currentTimeMillis();
            String hash = ContentHash.ofFile(file);
            read++;
            Known now = new Known(size, modified, hashedAt, hash);
            if (!now.equals(k)) {
                known.put(name, now);
                changed = true;
            }
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    /** How many files were read (not taken from the record) so far. */
    int filesRead() {
        return read;
    }

    /** Writes the record when it changed (atomically), forgetting files that no longer exist. */
    void save() {
        known.keySet().removeIf(name -> !Files.isRegularFile(dir.resolve(name)));
        if (!changed) {
            return;
        }
        ObjectNode root = Json.mapper().createObjectNode();
        ObjectNode files = root.putObject("files");
        known.forEach((name, k) -> files.putObject(name)
                .put("size", k.size())
                .put("modified", k.modified())
                .put("hashed_at", k.hashedAt())
                .put("hash", k.hash()));
        Path temp = dir.resolve(FILE + ".tmp");
        try {
            Files.writeString(temp, Json.mapper().writeValueAsString(root));
            Files.move(temp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            changed = false;
        } catch (IOException e) {
            log.debug("Could not record the file hashes in {}: {}", dir, e.getMessage());
        }
    }
}
