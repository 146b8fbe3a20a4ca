package jp.policysearch.compare;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Japanese text into diff tokens (docs/compare.md): every kana, kanji and punctuation mark is a token of its
 * own, a run of Latin letters or digits is one, and a number with its scale and unit is one token marked as a
 * figure, so that 72兆円 → 70兆円 is one change and never 「2」→「0」 (a placeholder 「○兆円」 is a figure too).
 * Tokens are compared width-folded.
 */
public final class Tokenizer {

    /** Scales and units after a number that make it a figure; longest first where one starts another. */
    private static final String UNITS = "兆円|億円|万円|千円|円|兆ドル|億ドル|万ドル|ドル|%|ポイント|年度|年代|年|か月|ヶ月|カ月|月|日|"
            + "件|万社|社|万人|人|名|万台|台|倍|割|回|機|基|校|か所|カ所|箇所|万トン|トン|GWh|TWh|GW|MW|kW|TB|PB|Gbps";

    private static final Pattern FIGURE =
            Pattern.compile("(?:[0-9]+(?:,[0-9]{3})*(?:\\.[0-9]+)?|[○〇]+)(?:兆|億|万|千)*(?:" + UNITS + ")(?![A-Za-z])");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+(?:[.,][0-9]+)*");

    private Tokenizer() {}

    public static List<Token> tokens(String text) {
        // fold character by character, so that positions in the folded text map back to the printed text
        StringBuilder folded = new StringBuilder(text.length());
        // each code point folds to one char or stays as printed, so the folded text is never longer
        int[] origin = new int[text.length() + 1];
        for (int i = 0; i < text.length(); ) {
            char plain = text.charAt(i);
            if (stable(plain)) { // most of a Japanese text: no normalising needed (the comparer's hot loop)
                origin[folded.length()] = i;
                folded.append(plain);
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            String f = Normalizer.normalize(text.substring(i, i + len), Normalizer.Form.NFKC);
            if (f.length() != 1) {
                f = text.substring(i, i + len); // a ligature or a surrogate pair stays one unit as printed
            }
            for (int k = 0; k < f.length(); k++) {
                origin[folded.length()] = i;
                folded.append(f.charAt(k));
            }
            i += len;
        }
        origin[folded.length()] = text.length();
        List<Token> out = new ArrayList<>();
        Matcher figure = FIGURE.matcher(folded);
        Matcher word = WORD.matcher(folded);
        int i = 0;
        while (i < folded.length()) {
            char c = folded.charAt(i);
            int end;
            boolean isFigure = false;
            if (isAlnum(c)) {
                boolean afterLetter = i > 0 && isLetter(folded.charAt(i - 1));
                if (Character.isDigit(c)
                        && !afterLetter
                        && figure.region(i, folded.length()).lookingAt()) {
                    end = figure.end();
                    isFigure = true;
                } else {
                    word.region(i, folded.length()).lookingAt(); // matches: c is a letter or digit
                    end = word.end();
                }
            } else if (isPlaceholder(c) && figure.region(i, folded.length()).lookingAt()) {
                end = figure.end(); // 「○兆円」: a figure the draft has yet to fill in
                isFigure = true;
            } else if (Character.isWhitespace(c)) {
                end = i + 1;
                while (end < folded.length() && Character.isWhitespace(folded.charAt(end))) {
                    end++;
                }
            } else {
                end = i + 1;
            }
            String printed = text.substring(origin[i], origin[end]);
            String key = folded.substring(i, end);
            if (Character.isWhitespace(c)) {
                key = " ";
            } else if (isFigure || Character.isDigit(c)) {
                key = key.replace(",", "");
            }
            out.add(new Token(printed, key, isFigure));
            i = end;
        }
        return out;
    }

    /** Characters NFKC leaves as they are: ASCII, hiragana, katakana, the common kanji, 、。ー. */
    private static boolean stable(char c) {
        return c < 0x80
                || (c >= 0x3041 && c <= 0x3096)
                || (c >= 0x30A1 && c <= 0x30FA)
                || (c >= 0x4E00 && c <= 0x9FFF)
                || c == '、'
                || c == '。'
                || c == 'ー';
    }

    private static boolean isPlaceholder(char c) {
        return c == '○' || c == '〇';
    }

    private static boolean isAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static boolean isLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }
}
