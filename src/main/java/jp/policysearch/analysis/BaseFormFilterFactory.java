package jp.policysearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Token filter {@code policy_baseform}: inflected verbs and adjectives to their dictionary form (推進し → 推進する). */
@NamedComponent("policy_baseform")
public class BaseFormFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new JapaneseBaseFormFilter(tokenStream);
    }
}
