package jp.policysearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Token filter {@code policy_reading_key}: a word written with kanji becomes its kanji plus its kuromoji reading
 * (取組, 取り組み, 取組み → 取組トリクミ), so okurigana variants of one word share a term while homophones written with
 * other kanji (機関, 期間) do not. See {@link ReadingKeyFilter}.
 */
@NamedComponent("policy_reading_key")
public class ReadingKeyFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new ReadingKeyFilter(tokenStream);
    }
}
