package jp.policysearch.analysis;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;

/** Token filter {@code policy_part_of_speech}: drops particles, auxiliaries and other parts of speech by tag. */
@NamedComponent("policy_part_of_speech")
public class PartOfSpeechFilterFactory implements TokenFilterFactory {

    /** Index settings of the filter; an empty or missing {@code stoptags} means Lucene's default tags. */
    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "stoptags")
        List<String> stoptags();
    }

    private final Set<String> stopTags;

    @Inject
    public PartOfSpeechFilterFactory(Settings settings) {
        List<String> configured = settings.stoptags();
        this.stopTags = configured.isEmpty() ? JapaneseAnalyzer.getDefaultStopTags() : Set.copyOf(configured);
    }

    Set<String> stopTags() {
        return stopTags;
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new JapanesePartOfSpeechStopFilter(tokenStream, stopTags);
    }
}
