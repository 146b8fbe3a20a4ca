package jp.policysearch.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.function.Function;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Lucene side of {@link TextNormalizer} and {@link NumberFolder}: folds the whole field value on first read and
 * registers the folding's offset shifts, so token offsets (and highlights) point into the original text.
 */
final class NormalizingCharFilter extends BaseCharFilter {

    private final Function<String, NormalizedText> folding;
    private String folded;
    private int position;

    NormalizingCharFilter(Reader in, Function<String, NormalizedText> folding) {
        super(in);
        this.folding = folding;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (folded == null) {
            fold();
        }
        if (position >= folded.length()) {
            return -1;
        }
        int count = Math.min(length, folded.length() - position);
        folded.getChars(position, position + count, buffer, offset);
        position += count;
        return count;
    }

    private void fold() throws IOException {
        // Field values are sections of at most a few thousand characters; reading them whole keeps the folding
        // rules (which look ahead and behind) simple.
        StringBuilder original = new StringBuilder();
        char[] chunk = new char[4096];
        for (int n = input.read(chunk); n != -1; n = input.read(chunk)) {
            original.append(chunk, 0, n);
        }
        NormalizedText result = folding.apply(original.toString());
        int[] shiftAt = result.shiftAt();
        int[] originalAt = result.originalAt();
        for (int k = 0; k < shiftAt.length; k++) {
            addOffCorrectMap(shiftAt[k], originalAt[k] - shiftAt[k]);
        }
        folded = result.text();
    }
}
