package jp.policysearch.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jp.policysearch.Json;

/**
 * Reads {@code corpus/manifest.json} into validated {@link DocumentInfo} entries; a bad entry becomes a problem naming
 * the manifest and the entry's line, and the other entries are still read.
 */
public final class ManifestReader {

    /** The manifest's file name inside the corpus directory. */
    public static final String MANIFEST = "manifest.json";

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}(?:-\\d{2})?");
    private static final Set<String> FIELDS =
            Set.of("id", "file", "title", "ministries", "date", "year", "kind", "note", "parsing", "inferred");

    /** Entries that validated, in manifest order, and the problems of those that did not. */
    public record Result(List<DocumentInfo> entries, List<Integer> lines, List<CorpusProblem> problems) {}

    private final ObjectMapper mapper = Json.mapper();

    public Result read(Path manifest) {
        List<DocumentInfo> entries = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<CorpusProblem> problems = new ArrayList<>();
        if (!Files.isRegularFile(manifest)) {
            problems.add(new CorpusProblem(MANIFEST, 0, "manifest not found at " + manifest));
            return new Result(entries, lines, problems);
        }
        try (JsonParser parser = mapper.createParser(manifest.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problems.add(
                        new CorpusProblem(MANIFEST, line(parser.currentTokenLocation()), "expected a JSON object"));
                return new Result(entries, lines, problems);
            }
            boolean sawDocuments = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!"documents".equals(name)) {
                    parser.skipChildren();
                    continue;
                }
                sawDocuments = true;
                if (value != JsonToken.START_ARRAY) {
                    problems.add(new CorpusProblem(
                            MANIFEST, line(parser.currentTokenLocation()), "\"documents\" must be an array"));
                    parser.skipChildren();
                    continue;
                }
                Set<String> ids = new HashSet<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    int line = line(parser.currentTokenLocation());
                    JsonNode node = mapper.readTree(parser);
                    List<String> errors = new ArrayList<>();
                    DocumentInfo info = entry(node, errors);
                    if (info != null && !ids.add(info.id())) {
                        errors.add("duplicate id '" + info.id() + "'");
                    }
                    if (errors.isEmpty()) {
                        entries.add(info);
                        lines.add(line);
                    } else {
                        String label = node.path("id").isTextual()
                                ? "entry '" + node.path("id").asText() + "': "
                                : "entry: ";
                        errors.forEach(e -> problems.add(new CorpusProblem(MANIFEST, line, label + e)));
                    }
                }
            }
            if (!sawDocuments) {
                problems.add(new CorpusProblem(MANIFEST, 1, "no \"documents\" array"));
            }
        } catch (JsonProcessingException e) {
            problems.add(
                    new CorpusProblem(MANIFEST, line(e.getLocation()), "not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(new CorpusProblem(MANIFEST, 0, "cannot read: " + e.getMessage()));
        }
        return new Result(entries, lines, problems);
    }

    private static DocumentInfo entry(JsonNode node, List<String> errors) {
        if (!node.isObject()) {
            errors.add("expected an object");
            return null;
        }
        node.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                errors.add("unknown field '" + f + "'");
            }
        });
        String id = text(node, "id", true, errors);
        if (id != null && !ID.matcher(id).matches()) {
            errors.add("id '" + id + "' must be a lower-case ASCII slug (a-z, 0-9, single hyphens)");
        }
        String file = text(node, "file", true, errors);
        if (file != null && (file.contains("/") || file.contains("\\"))) {
            errors.add("file '" + file + "' must be a plain file name inside corpus/");
        }
        String title = text(node, "title", true, errors);
        Map<String, String> inferred = inferred(node.get("inferred"), errors);
        List<String> ministries = new ArrayList<>();
        JsonNode m = node.get("ministries");
        if (m == null || !m.isArray() || (m.isEmpty() && !inferred.containsKey("issuers"))) {
            errors.add("missing field 'ministries' (a non-empty array of issuing bodies; empty only when"
                    + " inferred.issuers says why)");
        } else {
            m.forEach(x -> ministries.add(x.asText()));
        }
        String date = text(node, "date", false, errors);
        if (date != null && !DATE.matcher(date).matches()) {
            errors.add("date '" + date + "' must be yyyy-mm-dd, yyyy-mm or null");
        }
        JsonNode y = node.get("year");
        int year = 0;
        if (y == null || !y.canConvertToInt()) {
            errors.add("missing field 'year' (an integer)");
        } else {
            year = y.asInt();
            if (date != null && !date.startsWith(Integer.toString(year))) {
                errors.add("date '" + date + "' is not in year " + year);
            }
        }
        String kindLabel = text(node, "kind", true, errors);
        DocumentKind kind = null;
        if (kindLabel != null) {
            try {
                kind = DocumentKind.fromLabel(kindLabel);
            } catch (IllegalArgumentException e) {
                errors.add(e.getMessage());
            }
        }
        String note = text(node, "note", false, errors);
        Map<String, String> parsing = new LinkedHashMap<>();
        JsonNode p = node.get("parsing");
        if (p != null && !p.isNull()) {
            if (!p.isObject()) {
                errors.add("'parsing' must be an object");
            } else {
                p.properties().forEach(e -> parsing.put(e.getKey(), e.getValue().asText()));
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new DocumentInfo(id, file, title, ministries, date, year, kind, note, parsing, inferred);
    }

    /** The {@code inferred} object: field name to a Japanese reason, keys from {@link DocumentInfo#INFERABLE}. */
    private static Map<String, String> inferred(JsonNode node, List<String> errors) {
        Map<String, String> inferred = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return inferred;
        }
        if (!node.isObject()) {
            errors.add("'inferred' must be an object of field name to reason");
            return inferred;
        }
        node.properties().forEach(e -> {
            if (!DocumentInfo.INFERABLE.contains(e.getKey())) {
                errors.add(
                        "inferred: unknown field '" + e.getKey() + "' (expected title, issuers, date, year or kind)");
            } else if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                errors.add("inferred." + e.getKey() + " must be a non-empty string (the reason, in Japanese)");
            } else {
                inferred.put(e.getKey(), e.getValue().asText());
            }
        });
        return inferred;
    }

    private static String text(JsonNode node, String field, boolean required, List<String> errors) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                errors.add("missing field '" + field + "'");
            }
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            errors.add("field '" + field + "' must be a non-empty string");
            return null;
        }
        return v.asText();
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }
}
