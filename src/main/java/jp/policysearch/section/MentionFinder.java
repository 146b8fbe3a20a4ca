package jp.policysearch.section;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.policysearch.corpus.BodyVocabulary;

/**
 * Finds the government bodies a section's text mentions (the {@code mentioned} field, kept apart from the issuing
 * ministries), with the vocabulary of {@code corpus/bodies.json}.
 */
public final class MentionFinder {

    private final Map<String, List<String>> forms;

    public MentionFinder(Map<String, List<String>> forms) {
        this.forms = new LinkedHashMap<>(forms);
    }

    /** The vocabulary of {@code corpusDir/bodies.json}, read by {@link BodyVocabulary}. */
    public static MentionFinder load(Path corpusDir) {
        Map<String, List<String>> forms = new LinkedHashMap<>();
        BodyVocabulary.load(corpusDir).bodies().forEach(body -> forms.put(body.name(), body.forms()));
        return new MentionFinder(forms);
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
