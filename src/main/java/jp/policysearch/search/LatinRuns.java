package jp.policysearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Latin-alphanumeric tokens of a term (B5G, 5G, GX, Society5.0, 8,000) and what is left around them (without
 * any single letter or digit). Such a token is searched whole; the morphological analyser would otherwise cut it
 * where letters and digits meet.
 */
record LatinRuns(List<String> latin, String rest) {

    /** Letters and digits, joined by the marks the word tokeniser keeps inside a token (5.0, 8,000, O'Neil). */
    private static final Pattern RUN = Pattern.compile("[A-Za-z0-9]+(?:[.,'’:][A-Za-z0-9]+)*");

    static LatinRuns of(String text) {
        List<String> latin = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        Matcher m = RUN.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.group().length() > 1) { // a lone digit inside a compound (第5世代) would match every 5 on its own
                latin.add(m.group());
            }
            rest.append(text, last, m.start()).append(' ');
            last = m.end();
        }
        rest.append(text.substring(last));
        return new LatinRuns(List.copyOf(latin), rest.toString().strip());
    }

    /** Whether {@code text} is one Latin-alphanumeric token and nothing else. */
    static boolean onlyLatin(String text) {
        return RUN.matcher(text).matches();
    }
}
