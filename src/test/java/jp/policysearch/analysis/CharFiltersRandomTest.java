package jp.policysearch.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;
import org.elasticsearch.plugin.analysis.CharFilterFactory;

/**
 * The two char filters alone ({@code policy_normalize}: {@link TextNormalizer}, {@code policy_numbers}:
 * {@link NumberFolder}) in front of Lucene's whitespace mock tokenizer, as Lucene tests its own char filters: random
 * text must give valid, ordered offsets, and folded text must map back to the original span.
 */
public class CharFiltersRandomTest extends BaseTokenStreamTestCase {

    private static Analyzer whitespaceAfter(CharFilterFactory... charFilters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new MockTokenizer(MockTokenizer.WHITESPACE, false);
                return new TokenStreamComponents(tokenizer, tokenizer);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return MappingAnalyzers.charFiltered(reader, List.of(charFilters));
            }
        };
    }

    public void testNumbersRandomText() throws IOException {
        try (Analyzer analyzer = whitespaceAfter(new NumbersCharFilterFactory())) {
            checkRandomData(random(), analyzer, 500 * RANDOM_MULTIPLIER);
        }
    }

    public void testNormalizeRandomText() throws IOException {
        try (Analyzer analyzer = whitespaceAfter(new NormalizeCharFilterFactory())) {
            checkRandomData(random(), analyzer, 500 * RANDOM_MULTIPLIER);
        }
    }

    public void testBothInTheMappingsOrderRandomText() throws IOException {
        try (Analyzer analyzer = whitespaceAfter(new NormalizeCharFilterFactory(), new NumbersCharFilterFactory())) {
            checkRandomData(random(), analyzer, 500 * RANDOM_MULTIPLIER);
            checkRandomData(random(), analyzer, 20 * RANDOM_MULTIPLIER, 2048);
        }
    }

    public void testFoldedFiguresKeepTheirOriginalSpans() throws IOException {
        try (Analyzer analyzer = whitespaceAfter(new NumbersCharFilterFactory())) {
            assertAnalyzesTo(
                    analyzer,
                    "計8,000億円 1,234,567人 二十か国",
                    new String[] {"計8000億円", "1234567人", "20か国"},
                    new int[] {0, 9, 20},
                    new int[] {8, 19, 24});
        }
    }

    public void testFoldedWidthsKeepTheirOriginalSpans() throws IOException {
        try (Analyzer analyzer = whitespaceAfter(new NormalizeCharFilterFactory())) {
            assertAnalyzesTo(
                    analyzer, "ＡＩ・５Ｇ ｲﾉﾍﾞｰｼｮﾝ", new String[] {"AI・5G", "イノベーション"}, new int[] {0, 6}, new int[] {5, 14});
        }
    }
}
