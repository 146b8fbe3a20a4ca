package jp.policysearch.section;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import jp.policysearch.Json;
import jp.policysearch.corpus.CorpusException;

/** The small vocabulary of public bodies, loaded from {@code corpus/bodies.json}, that fills a section's {@code mentioned} field. */
public final class BodyVocabulary {

    private final Map<String, List<String>> bodies = new LinkedHashMap<>();

    private BodyVocabulary(String file, String json) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new CorpusException(file, 0, "not valid JSON: " + e.getMessage());
        }
        root.path("bodies").properties().forEach(e -> {
            List<String> alternatives = new ArrayList<>();
            e.getValue().forEach(v -> alternatives.add(v.asText()));
            bodies.put(e.getKey(), alternatives);
        });
    }

    // Latin acronyms must stand alone (IPA, not the IPA inside a longer word)
    private static boolean mentions(String text, String name) {
        boolean latin = name.chars().allMatch(c -> c < 128);
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (!latin || (!letterAt(text, at - 1) && !letterAt(text, at + name.length()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean letterAt(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetter(text.charAt(i)) && text.charAt(i) < 128;
    }

    public static BodyVocabulary load(Path path) {
        try {
            return new BodyVocabulary(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CorpusException(path.toString(), 0, "cannot read bodies vocabulary: " + e.getMessage());
        }
    }

    public static BodyVocabulary parse(String file, String json) {
        return new BodyVocabulary(file, json);
    }

    /** The canonical names of the bodies the text mentions, in vocabulary order. */
    public List<String> mentioned(String text) {
        List<String> out = new ArrayList<>();
        bodies.forEach((name, spellings) -> {
            if (spellings.stream().anyMatch(sp -> mentions(text, sp))) {
                out.add(name);
            }
        });
        return out;
    }
}
