package jp.policysearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;

/** Token filter {@code policy_cjk_bigram}: overlapping bigrams of han, hiragana and katakana runs. */
@NamedComponent("policy_cjk_bigram")
public class CjkBigramFilterFactory implements TokenFilterFactory {

    /** Index settings of the filter. */
    @AnalysisSettings
    public interface Settings {
        @BooleanSetting(path = "output_unigrams", defaultValue = false)
        boolean outputUnigrams();
    }

    private static final int ALL_SCRIPTS =
            CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;

    private final boolean outputUnigrams;

    @Inject
    public CjkBigramFilterFactory(Settings settings) {
        this.outputUnigrams = settings.outputUnigrams();
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new CJKBigramFilter(tokenStream, ALL_SCRIPTS, outputUnigrams);
    }
}
