package jp.policysearch.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import jp.policysearch.Json;

/**
 * Reads a corpus data file ({@code areas.json}, {@code kinds/*.json}, {@code bodies.json}) into its record: a
 * misspelt key, a value of the wrong type, a bad regex or a missing required key is a {@link CorpusException} naming
 * the file, the line and the entry (records mark required keys with {@code @JsonProperty(required = true)}). Keys
 * {@code comment} and {@code *_comment} are notes for the staff who edit the files and are skipped.
 */
public final class DataFileReader {

    private static final ObjectMapper MAPPER = mapper();
    private static final PropertyNamingStrategies.NamingBase SNAKE_CASE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
    private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']+)'");

    private DataFileReader() {}

    /** Reads {@code path}; {@code file} is how problems name it. */
    public static <T> T read(Path path, String file, Class<T> type) {
        String json;
        try {
            json = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CorpusException(file, 0, "cannot read: " + e.getMessage());
        }
        return parse(file, json, type);
    }

    /** Reads JSON text; {@code file} is how problems name it. */
    public static <T> T parse(String file, String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonMappingException e) {
            throw new CorpusException(file, line(e.getLocation()), explain(e, json));
        } catch (JsonProcessingException e) {
            String column =
                    e.getLocation() == null ? "" : " (column " + e.getLocation().getColumnNr() + ")";
            throw new CorpusException(
                    file, line(e.getLocation()), "not valid JSON: " + e.getOriginalMessage() + column);
        }
    }

    /**
     * The line of the first {@code "needle"} in {@code json}, or 0: for what is checked once the whole file is read
     * (an alias naming an area that is not listed).
     */
    public static int lineOf(String json, String needle) {
        int at = json.indexOf("\"" + needle.replace("\\", "\\\\") + "\"");
        return at < 0
                ? 0
                : (int) json.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The message without Jackson's class names: where in the file (levels[3].regex) and what is wrong. */
    private static String explain(JsonMappingException e, String json) {
        List<JsonMappingException.Reference> path = e.getPath();
        Matcher missing = MISSING.matcher(e.getOriginalMessage());
        if (missing.find()) {
            // the path ends with the missing key; a misspelt key in the same entry is only reported after the entry
            // is built, so it is looked for here (Jackson reads creator properties first and unknown keys later)
            List<JsonMappingException.Reference> entry = path.subList(0, Math.max(0, path.size() - 1));
            Object from = path.isEmpty() ? null : path.getLast().getFrom();
            Class<?> type = from instanceof Class<?> c ? c : from == null ? null : from.getClass();
            return where(entry) + "missing required key '" + missing.group(1) + "'" + strayKeys(json, entry, type);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null
                    ? ""
                    : u.getKnownPropertyIds().stream()
                            .map(String::valueOf)
                            .sorted()
                            .collect(Collectors.joining(", ", " (known keys: ", ")"));
            return where(path.subList(0, Math.max(0, path.size() - 1))) + "unknown key '" + u.getPropertyName() + "'"
                    + known;
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return where(path) + v.getCause().getMessage();
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() == Pattern.class) {
            return where(path) + e.getOriginalMessage();
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return where(path) + "expected " + expected(m.getTargetType());
        }
        return where(path) + e.getOriginalMessage();
    }

    /** {@code levels[3].regex: }, or nothing at the top of the file. */
    private static String where(List<JsonMappingException.Reference> path) {
        String where = path.stream()
                .map(r -> r.getIndex() >= 0 ? "[" + r.getIndex() + "]" : "." + r.getFieldName())
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
        return where.isEmpty() ? "" : where + ": ";
    }

    /** The keys of the entry at {@code path} that its record does not know, as a hint; empty when none. */
    private static String strayKeys(String json, List<JsonMappingException.Reference> path, Class<?> type) {
        if (type == null || !type.isRecord()) {
            return "";
        }
        String pointer = path.stream()
                .map(r -> "/" + (r.getIndex() >= 0 ? String.valueOf(r.getIndex()) : r.getFieldName()))
                .collect(Collectors.joining());
        Set<String> known = Arrays.stream(type.getRecordComponents())
                .map(c -> SNAKE_CASE.translate(c.getName()))
                .collect(Collectors.toSet());
        try {
            List<String> stray = new ArrayList<>();
            MAPPER.readTree(json).at(pointer).fieldNames().forEachRemaining(name -> {
                if (!known.contains(name) && !name.equals("comment") && !name.endsWith("_comment")) {
                    stray.add("'" + name + "'");
                }
            });
            return stray.isEmpty() ? "" : " (the entry has unknown key " + String.join(", ", stray) + ")";
        } catch (JsonProcessingException notJson) {
            return "";
        }
    }

    private static String expected(Class<?> type) {
        if (type == String.class || type == Pattern.class) {
            return "a string";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = Json.mapper()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .registerModule(new SimpleModule().addDeserializer(Pattern.class, new RegexDeserializer()))
                .addHandler(new DeserializationProblemHandler() {
                    @Override
                    public boolean handleUnknownProperty(
                            DeserializationContext ctxt,
                            JsonParser p,
                            JsonDeserializer<?> deserializer,
                            Object beanOrClass,
                            String name)
                            throws IOException {
                        if (name.equals("comment") || name.endsWith("_comment")) {
                            p.skipChildren();
                            return true;
                        }
                        return false;
                    }
                });
        // a number where a string belongs (or "3" where a number does) is a mistake, not something to convert; a
        // whole number where a fraction belongs (secondary_share: 1) is still a number
        Map<LogicalType, List<CoercionInputShape>> refused = Map.of(
                LogicalType.Textual,
                List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean),
                LogicalType.Integer,
                List.of(CoercionInputShape.String, CoercionInputShape.Float, CoercionInputShape.Boolean),
                LogicalType.Float,
                List.of(CoercionInputShape.String, CoercionInputShape.Boolean),
                LogicalType.Boolean,
                List.of(CoercionInputShape.String, CoercionInputShape.Integer, CoercionInputShape.Float));
        refused.forEach((type, shapes) ->
                shapes.forEach(shape -> mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail)));
        return mapper;
    }

    /** Regexes compiled as they are read, so a bad one is reported at its own line with Java's description. */
    private static final class RegexDeserializer extends JsonDeserializer<Pattern> {
        @Override
        public Pattern deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (Pattern) ctxt.handleUnexpectedToken(Pattern.class, p);
            }
            String source = p.getText();
            try {
                return Pattern.compile(source);
            } catch (PatternSyntaxException e) {
                throw InvalidFormatException.from(
                        p,
                        "not a valid regex (" + e.getDescription() + " at index " + e.getIndex() + ")",
                        source,
                        Pattern.class);
            }
        }
    }
}
