package jp.policysearch.corpus;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import jp.policysearch.Json;

/**
 * Changes {@code manifest.json} one entry at a time, keeping every other entry as it is. Each change writes a
 * temporary file and moves it over the manifest in one atomic rename, so a reader (or a killed writer) sees the old
 * manifest or the new one, never half of one.
 */
public final class ManifestWriter {

    private final ObjectMapper mapper = Json.mapper();
    private final Path manifest;

    public ManifestWriter(Path corpusDir) {
        this.manifest = corpusDir.resolve(ManifestReader.MANIFEST);
    }

    /** The manifest entry of a document, as {@link ManifestReader} reads it back. */
    public static ObjectNode entry(DocumentInfo info) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("id", info.id());
        node.put("file", info.file());
        node.put("title", info.title());
        ArrayNode ministries = node.putArray("ministries");
        info.ministries().forEach(ministries::add);
        node.put("date", info.date());
        node.put("year", info.year());
        node.put("kind", info.kind().label());
        if (info.note() != null) {
            node.put("note", info.note());
        }
        if (!info.parsing().isEmpty()) {
            ObjectNode parsing = node.putObject("parsing");
            info.parsing().forEach(parsing::put);
        }
        if (!info.inferred().isEmpty()) {
            ObjectNode inferred = node.putObject("inferred");
            info.inferred().forEach(inferred::put);
        }
        return node;
    }

    /** Replaces the entry with the same id, or appends it (a new document comes last in corpus order). */
    public void put(ObjectNode entry) {
        ObjectNode root = read();
        ArrayNode documents = documents(root);
        String id = entry.path("id").asText();
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).path("id").asText().equals(id)) {
                documents.set(i, entry);
                write(root);
                return;
            }
        }
        documents.add(entry);
        write(root);
    }

    /** Removes the entry with this id; returns the entry removed, or null when there was none. */
    public JsonNode remove(String id) {
        ObjectNode root = read();
        ArrayNode documents = documents(root);
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).path("id").asText().equals(id)) {
                JsonNode removed = documents.remove(i);
                write(root);
                return removed;
            }
        }
        return null;
    }

    private ObjectNode read() {
        if (!Files.exists(manifest)) {
            ObjectNode root = mapper.createObjectNode();
            root.putArray("documents");
            return root;
        }
        try {
            JsonNode root = mapper.readTree(manifest.toFile());
            if (!(root instanceof ObjectNode object)) {
                throw new CorpusException(ManifestReader.MANIFEST, 1, "expected a JSON object");
            }
            return object;
        } catch (IOException e) {
            throw new CorpusException(ManifestReader.MANIFEST, 0, "cannot read: " + e.getMessage());
        }
    }

    private static ArrayNode documents(ObjectNode root) {
        JsonNode documents = root.get("documents");
        if (documents == null) {
            return root.putArray("documents");
        }
        if (!(documents instanceof ArrayNode array)) {
            throw new CorpusException(ManifestReader.MANIFEST, 1, "\"documents\" must be an array");
        }
        return array;
    }

    private void write(ObjectNode root) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter);
        printer.indentArraysWith(indenter);
        Path temp = manifest.resolveSibling("." + ManifestReader.MANIFEST + ".tmp");
        try {
            Files.writeString(temp, mapper.writer(printer).writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
            Files.move(temp, manifest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + manifest, e);
        }
    }
}
