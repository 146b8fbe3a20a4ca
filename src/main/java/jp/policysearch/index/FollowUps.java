package jp.policysearch.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.policysearch.Json;

/**
 * What a change of one document still owes the other documents once its new version is live: the group keys to
 * rename and the version groups whose fields to recompute ({@link GroupJoiner.Joined}). Recorded in {@value #FILE}
 * in the corpus folder just before the switch and cleared when done, so that a change stopped after the switch (a
 * failure, a kill) is finished by the next {@code add}, {@code remove} or {@code index}. Both steps can run twice.
 */
final class FollowUps {

    static final String FILE = ".policy-search-pending.json";

    /** What one document's change owes. */
    record Pending(String doc, Map<String, String> renamed, Set<String> touched) {}

    private final Path dir;

    FollowUps(Path dir) {
        this.dir = dir;
    }

    List<Pending> read() {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<Pending> out = new ArrayList<>();
            for (JsonNode p : Json.mapper().readTree(file.toFile()).path("pending")) {
                Map<String, String> renamed = new LinkedHashMap<>();
                p.path("renamed")
                        .properties()
                        .forEach(e -> renamed.put(e.getKey(), e.getValue().asText()));
                Set<String> touched = new LinkedHashSet<>();
                p.path("touched").forEach(t -> touched.add(t.asText()));
                out.add(new Pending(p.path("doc").asText(), renamed, touched));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Records what {@code pending.doc()}'s change owes (replacing an earlier record of that document). */
    void add(Pending pending) {
        List<Pending> all = new ArrayList<>(read());
        all.removeIf(p -> p.doc().equals(pending.doc()));
        all.add(pending);
        write(all);
    }

    /** Forgets what a document owed: it is done. */
    void done(String doc) {
        List<Pending> all = new ArrayList<>(read());
        if (all.removeIf(p -> p.doc().equals(doc))) {
            write(all);
        }
    }

    /** Forgets everything (a full build wrote every group and field afresh). */
    void clear() {
        try {
            Files.deleteIfExists(dir.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir.resolve(FILE), e);
        }
    }

    private void write(List<Pending> all) {
        Path file = dir.resolve(FILE);
        try {
            if (all.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            ObjectNode root = Json.mapper().createObjectNode();
            ArrayNode list = root.putArray("pending");
            for (Pending p : all) {
                ObjectNode node = list.addObject().put("doc", p.doc());
                ObjectNode renamed = node.putObject("renamed");
                p.renamed().forEach(renamed::put);
                ArrayNode touched = node.putArray("touched");
                p.touched().forEach(touched::add);
            }
            Path temp = dir.resolve(FILE + ".tmp");
            Files.writeString(temp, Json.mapper().writeValueAsString(root));
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
