package jp.policysearch.section;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.policysearch.corpus.CorpusException;

/**
 * Finds the government bodies a section's text mentions (the {@code mentioned} field, kept apart from the issuing
 * ministries), with the vocabulary of {@code corpus/bodies.json}.
 */
public final class MentionFinder {

    /** The data file's path relative to the corpus directory. */
    public static final String FILE = "bodies.json";

    private final Map<String, List<String>> forms;

    public MentionFinder(Map<String, List<String>> forms) {
        this.forms = new LinkedHashMap<>(forms);
    }

    public static MentionFinder load(Path corpusDir) {
        try {
            JsonNode root = new ObjectMapper().readTree(corpusDir.resolve(FILE).toFile());
            Map<String, List<String>> forms = new LinkedHashMap<>();
            for (JsonNode body : root.path("bodies")) {
                List<String> list = new ArrayList<>();
                body.path("forms").forEach(f -> list.add(f.asText()));
                forms.put(body.path("name").asText(), list);
            }
            return new MentionFinder(forms);
        } catch (IOException e) {
            throw new CorpusException(FILE, 0, "cannot read bodies: " + e.getMessage());
        }
    }

    /** The bodies mentioned in any of the texts, in vocabulary order. */
    public List<String> find(String... texts) {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, List<String>> body : forms.entrySet()) {
            search:
            for (String form : body.getValue()) {
                for (String text : texts) {
                    if (text != null && text.contains(form)) {
                        found.add(body.getKey());
                        break search;
                    }
                }
            }
        }
        return found;
    }
}
