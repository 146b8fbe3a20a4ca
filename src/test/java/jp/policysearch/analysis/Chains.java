package jp.policysearch.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** The analyzers of index-mappings/sections.json, assembled from our factories the way Elasticsearch does. */
final class Chains {

    record Token(String term, int start, int end) {}

    record TokenizerSettings(
            String mode, boolean discardPunctuation, boolean discardCompoundToken, List<String> userDictionaryRules)
            implements KuromojiTokenizerFactory.Settings {
        static TokenizerSettings defaults() {
            return new TokenizerSettings("search", true, true, List.of());
        }
    }

    record StopTags(List<String> stoptags) implements PartOfSpeechFilterFactory.Settings {}

    record MinimumLength(int minimumLength) implements KatakanaStemFilterFactory.Settings {}

    record Unigrams(boolean outputUnigrams) implements CjkBigramFilterFactory.Settings {}

    private Chains() {}

    /** ja_index (indexing and search). */
    static Analyzer japanese() {
        return japanese(TokenizerSettings.defaults());
    }

    static Analyzer japanese(KuromojiTokenizerFactory.Settings tokenizerSettings) {
        NormalizeCharFilterFactory normalize = new NormalizeCharFilterFactory();
        NumbersCharFilterFactory numbers = new NumbersCharFilterFactory();
        KuromojiTokenizerFactory tokenizer = new KuromojiTokenizerFactory(tokenizerSettings);
        BaseFormFilterFactory baseForm = new BaseFormFilterFactory();
        PartOfSpeechFilterFactory partOfSpeech = new PartOfSpeechFilterFactory(new StopTags(List.of()));
        JapaneseStopFilterFactory stop = new JapaneseStopFilterFactory();
        KatakanaStemFilterFactory stem = new KatakanaStemFilterFactory(new MinimumLength(4));
        LowercaseFilterFactory lowercase = new LowercaseFilterFactory();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer.create();
                TokenStream stream =
                        lowercase.create(stem.create(stop.create(partOfSpeech.create(baseForm.create(source)))));
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return numbers.create(normalize.create(reader));
            }
        };
    }

    /** ja_reading: the kuromoji chain with each kanji word turned into its kanji and reading. */
    static Analyzer reading() {
        NormalizeCharFilterFactory normalize = new NormalizeCharFilterFactory();
        NumbersCharFilterFactory numbers = new NumbersCharFilterFactory();
        KuromojiTokenizerFactory tokenizer = new KuromojiTokenizerFactory(TokenizerSettings.defaults());
        PartOfSpeechFilterFactory partOfSpeech = new PartOfSpeechFilterFactory(new StopTags(List.of()));
        JapaneseStopFilterFactory stop = new JapaneseStopFilterFactory();
        ReadingKeyFilterFactory readingKey = new ReadingKeyFilterFactory();
        LowercaseFilterFactory lowercase = new LowercaseFilterFactory();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer.create();
                TokenStream stream = lowercase.create(readingKey.create(stop.create(partOfSpeech.create(source))));
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return numbers.create(normalize.create(reader));
            }
        };
    }

    /** ja_bigram (unigrams false) and ja_bigram_unigrams (true). */
    static Analyzer bigram(boolean outputUnigrams) {
        NormalizeCharFilterFactory normalize = new NormalizeCharFilterFactory();
        NumbersCharFilterFactory numbers = new NumbersCharFilterFactory();
        LowercaseFilterFactory lowercase = new LowercaseFilterFactory();
        CjkBigramFilterFactory bigram = new CjkBigramFilterFactory(new Unigrams(outputUnigrams));
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, bigram.create(lowercase.create(source)));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return numbers.create(normalize.create(reader));
            }
        };
    }

    static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    static List<String> terms(Analyzer analyzer, String text) {
        return tokens(analyzer, text).stream().map(Token::term).toList();
    }
}
