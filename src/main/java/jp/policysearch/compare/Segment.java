package jp.policysearch.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import jp.policysearch.section.SortedHashes;

/**
 * The unit that passages are aligned by: a heading, a line (bullet) of a passage, one sentence of a long line, or
 * one note. Knows its tokens and the character bigrams that similarity is measured on (numbers as one placeholder,
 * so that two lines differing only in their figures are still the same line).
 *
 * @param anchor  the passage it belongs to (its anchor on the section page)
 * @param heading true for a passage heading
 */
public record Segment(String anchor, boolean heading, String text, List<Token> tokens, int[] grams) {

    /** Lines longer than this are split into sentences, so that token diffs stay small. */
    static final int LONG_LINE = 300;

    private static final Pattern LINES = Pattern.compile("\\R");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=。)");
    /** Notes printed as one line 「(*1)…、(*2)…」: one segment per note. */
    private static final Pattern NOTE_START = Pattern.compile("、(?=[(（][*＊])");

    static Segment of(String anchor, boolean heading, String text) {
        List<Token> tokens = Tokenizer.tokens(text);
        return new Segment(anchor, heading, text, tokens, grams(tokens));
    }

    /** A version's segments in reading order. */
    static List<Segment> split(Version version) {
        List<Segment> out = new ArrayList<>();
        for (Version.Part p : version.parts()) {
            if (p.heading() != null && !p.heading().isBlank()) {
                out.add(of(p.anchor(), true, p.heading().strip()));
            }
            lines(p.anchor(), p.text() == null ? "" : p.text(), false, out);
        }
        for (String note : version.notes()) {
            lines(Version.NOTES_ANCHOR, note, true, out);
        }
        return out;
    }

    private static void lines(String anchor, String text, boolean notes, List<Segment> out) {
        for (String line : LINES.split(text)) {
            List<String> pieces = notes ? Arrays.asList(NOTE_START.split(line)) : List.of(line);
            for (String piece : pieces) {
                List<String> sentences =
                        piece.length() > LONG_LINE ? Arrays.asList(SENTENCE_END.split(piece)) : List.of(piece);
                for (String s : sentences) {
                    if (!s.isBlank()) {
                        out.add(of(anchor, false, s.strip()));
                    }
                }
            }
        }
    }

    /** Sorted hashes of the bigrams of the tokens' keys, numbers as {@code #}, spaces left out. */
    private static int[] grams(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (t.key().isBlank()) {
                continue;
            }
            sb.append(t.figure() || Character.isDigit(t.key().charAt(0)) ? "#" : t.key());
        }
        if (sb.length() < 2) {
            return sb.length() == 0 ? new int[0] : new int[] {sb.charAt(0)};
        }
        int[] out = new int[sb.length() - 1];
        for (int i = 0; i + 1 < sb.length(); i++) {
            out[i] = sb.charAt(i) * 65_599 + sb.charAt(i + 1);
        }
        Arrays.sort(out);
        return out;
    }

    /** Dice coefficient of the two bigram multisets, 0 to 1. */
    double similarity(Segment other) {
        int[] a = grams;
        int[] b = other.grams;
        if (a.length == 0 || b.length == 0) {
            return a.length == b.length ? 1 : 0;
        }
        int common = SortedHashes.common(a, b);
        return 2.0 * common / (a.length + b.length);
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return anchor + ":" + text;
    }
}
