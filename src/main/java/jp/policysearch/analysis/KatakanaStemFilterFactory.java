package jp.policysearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.IntSetting;

/** Token filter {@code policy_katakana_stem}: drops a final long vowel from long katakana words (サーバー → サーバ). */
@NamedComponent("policy_katakana_stem")
public class KatakanaStemFilterFactory implements TokenFilterFactory {

    /** Index settings of the filter. */
    @AnalysisSettings
    public interface Settings {
        @IntSetting(path = "minimum_length", defaultValue = 4)
        int minimumLength();
    }

    private final int minimumLength;

    @Inject
    public KatakanaStemFilterFactory(Settings settings) {
        if (settings.minimumLength() < 2) {
            throw new IllegalArgumentException(
                    "policy_katakana_stem: minimum_length must be at least 2, got " + settings.minimumLength());
        }
        this.minimumLength = settings.minimumLength();
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new JapaneseKatakanaStemFilter(tokenStream, minimumLength);
    }
}
