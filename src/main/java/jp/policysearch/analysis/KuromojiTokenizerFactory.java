package jp.policysearch.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/** Tokenizer {@code policy_kuromoji}: Lucene's kuromoji (IPADIC) with an inline user dictionary. */
@NamedComponent("policy_kuromoji")
public class KuromojiTokenizerFactory implements TokenizerFactory {

    /** Index settings of the tokenizer; Elasticsearch implements this interface with a proxy. */
    @AnalysisSettings
    public interface Settings {
        @StringSetting(path = "mode", defaultValue = "search")
        String mode();

        @BooleanSetting(path = "discard_punctuation", defaultValue = true)
        boolean discardPunctuation();

        @BooleanSetting(path = "discard_compound_token", defaultValue = true)
        boolean discardCompoundToken();

        /** CSV lines {@code text,segmentation,readings,pos}, as in the official plugin's option of the same name. */
        @ListSetting(path = "user_dictionary_rules")
        List<String> userDictionaryRules();
    }

    private final JapaneseTokenizer.Mode mode;
    private final boolean discardPunctuation;
    private final boolean discardCompoundToken;
    private final UserDictionary userDictionary;

    @Inject
    public KuromojiTokenizerFactory(Settings settings) {
        this.mode = parseMode(settings.mode());
        this.discardPunctuation = settings.discardPunctuation();
        this.discardCompoundToken = settings.discardCompoundToken();
        this.userDictionary = parseUserDictionary(settings.userDictionaryRules());
    }

    JapaneseTokenizer.Mode mode() {
        return mode;
    }

    boolean hasUserDictionary() {
        return userDictionary != null;
    }

    @Override
    public Tokenizer create() {
        return new JapaneseTokenizer(userDictionary, discardPunctuation, discardCompoundToken, mode);
    }

    static JapaneseTokenizer.Mode parseMode(String value) {
        try {
            return JapaneseTokenizer.Mode.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "policy_kuromoji: unknown mode [" + value + "], expected one of search, normal, extended", e);
        }
    }

    /** Null when there are no rules, as kuromoji expects; rejects a surface form given twice. */
    static UserDictionary parseUserDictionary(List<String> rules) {
        Set<String> surfaces = new HashSet<>();
        StringBuilder csv = new StringBuilder();
        for (String rule : rules) {
            String line = rule.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (fields.length != 4) {
                throw new IllegalArgumentException("policy_kuromoji: user dictionary rule [" + rule
                        + "] must have 4 comma-separated fields: text,segmentation,readings,pos");
            }
            if (!surfaces.add(fields[0])) {
                throw new IllegalArgumentException(
                        "policy_kuromoji: duplicate term [" + fields[0] + "] in user_dictionary_rules");
            }
            csv.append(line).append('\n');
        }
        if (csv.isEmpty()) {
            return null;
        }
        try {
            return UserDictionary.open(new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
