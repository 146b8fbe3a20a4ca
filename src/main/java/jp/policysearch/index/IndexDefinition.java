package jp.policysearch.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code index-mappings/sections.json} as loaded: settings and mappings, with shards, replicas and {@code _meta}
 * filled in for one new index. The file is the single source of the index's analysis and fields.
 */
public record IndexDefinition(Path file, String json, String hash) {

    public static IndexDefinition load(Path mappingsDir) {
        Path file = mappingsDir.resolve("sections.json");
        try {
            // Only the index definition counts: dictionaries/ holds query-time synonyms, which change without
            // re-indexing.
            return new IndexDefinition(file, Files.readString(file), ContentHash.ofFile(file));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the index definition " + file, e);
        }
    }

    /** The body of the create-index request. */
    String body(int shards, int replicas, IndexMeta meta) {
        return body(shards, replicas, meta, Map.of());
    }

    /** The body of the create-index request, with {@code extraMeta} (e.g. the build mark) beside the meta. */
    String body(int shards, int replicas, IndexMeta meta, Map<String, Object> extraMeta) {
        ObjectMapper json = new ObjectMapper();
        try {
            ObjectNode root = (ObjectNode) json.readTree(this.json);
            ObjectNode settings = root.withObjectProperty("settings");
            settings.put("number_of_shards", shards);
            settings.put("number_of_replicas", replicas);
            // No refreshes while the bulk load runs, and no fsync of the translog per bulk request (a build that
            // stops is deleted, never used); SectionIndexer refreshes once, then restores both defaults.
            settings.put("refresh_interval", "-1");
            settings.put("translog.durability", "async");
            ObjectNode metaNode = root.withObjectProperty("mappings").withObjectProperty("_meta");
            metaNode.setAll((ObjectNode) json.valueToTree(meta.asMap()));
            metaNode.setAll((ObjectNode) json.valueToTree(extraMeta));
            return json.writeValueAsString(root);
        } catch (IOException e) {
            throw new IndexingException(file + " is not valid JSON: " + e.getMessage(), e);
        }
    }
}
