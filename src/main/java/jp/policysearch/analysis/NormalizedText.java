package jp.policysearch.analysis;

import java.util.Arrays;

/**
 * Output of {@link TextNormalizer}: the folded text and the points where its offsets shift against the original, so
 * a highlight found in the folded text can be placed on the original. Free of Lucene, like the normalizer.
 *
 * @param text            the folded text
 * @param shiftAt         folded offsets, strictly increasing, from which {@code originalAt[k] - shiftAt[k]} holds
 * @param originalAt      the original offset for each entry of {@code shiftAt}
 */
public record NormalizedText(String text, int[] shiftAt, int[] originalAt) {

    public NormalizedText {
        if (shiftAt.length != originalAt.length) {
            throw new IllegalArgumentException("shiftAt and originalAt differ in length");
        }
        shiftAt = shiftAt.clone();
        originalAt = originalAt.clone();
    }

    @Override
    public int[] shiftAt() {
        return shiftAt.clone();
    }

    @Override
    public int[] originalAt() {
        return originalAt.clone();
    }

    /** The offset in the original text for an offset in the folded text (an end offset maps past its source). */
    public int originalOffset(int offset) {
        int k = Arrays.binarySearch(shiftAt, offset);
        if (k < 0) {
            k = -k - 2;
        }
        return k < 0 ? offset : offset + originalAt[k] - shiftAt[k];
    }

    /** Collects folded text and offset shifts while {@link TextNormalizer} walks the input. */
    static final class Builder {
        private final StringBuilder text;
        private int[] shiftAt = new int[8];
        private int[] originalAt = new int[8];
        private int shifts;

        Builder(int capacity) {
            text = new StringBuilder(capacity);
        }

        void keep(String source, int start, int length) {
            text.append(source, start, start + length);
        }

        /** Appends {@code replacement} for {@code length} source characters starting at {@code start}. */
        void replace(int start, int length, String replacement) {
            int out = text.length();
            text.append(replacement);
            int produced = replacement.length();
            if (produced < length) {
                addShift(out + produced, start + length);
            } else if (produced > length) {
                // Extra characters of an expansion (㍻ → 平成) all map to the end of their source.
                for (int extra = length + 1; extra <= produced; extra++) {
                    addShift(out + extra, start + length);
                }
            }
        }

        int lastChar() {
            return text.isEmpty() ? -1 : text.charAt(text.length() - 1);
        }

        private void addShift(int folded, int original) {
            if (shifts > 0 && shiftAt[shifts - 1] == folded) {
                originalAt[shifts - 1] = original;
                return;
            }
            if (shifts == shiftAt.length) {
                shiftAt = Arrays.copyOf(shiftAt, shifts * 2);
                originalAt = Arrays.copyOf(originalAt, shifts * 2);
            }
            shiftAt[shifts] = folded;
            originalAt[shifts] = original;
            shifts++;
        }

        NormalizedText build() {
            return new NormalizedText(
                    text.toString(), Arrays.copyOf(shiftAt, shifts), Arrays.copyOf(originalAt, shifts));
        }
    }
}
