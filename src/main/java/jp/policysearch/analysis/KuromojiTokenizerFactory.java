package jp.policysearch.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

/** Lucene's kuromoji tokenizer (IPADIC) under our own component name. */
@NamedComponent("policy_kuromoji_tokenizer")
public class KuromojiTokenizerFactory implements TokenizerFactory {

    @Override
    public Tokenizer create() {
        return new JapaneseTokenizer(null, true, true, JapaneseTokenizer.Mode.SEARCH);
    }
}
