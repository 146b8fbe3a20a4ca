package jp.policysearch.analysis;

import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Token filter {@code policy_ja_stop}: Lucene's default Japanese stop words (する, こと, など, …). */
@NamedComponent("policy_ja_stop")
public class JapaneseStopFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new StopFilter(tokenStream, JapaneseAnalyzer.getDefaultStopSet());
    }
}
