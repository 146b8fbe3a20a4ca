package jp.policysearch.search;

import java.util.ArrayList;
import java.util.List;

/**
 * An excerpt of a hit with the query's matches marked: plain corpus text, no markup. The web layer decides how it is
 * shown (HTML with {@code <mark>} in pages and the API).
 */
public record Snippet(List<Part> parts) {

    /** Around a match in the highlighter's answer: characters of Unicode's private use area, not found in text. */
    static final String OPEN = "\uE000";

    static final String CLOSE = "\uE001";

    /** A run of text, a match of the query or not. */
    public record Part(String text, boolean match) {}

    public Snippet {
        parts = List.copyOf(parts);
    }

    /** A snippet without matches. */
    static Snippet plain(String text) {
        return new Snippet(List.of(new Part(text, false)));
    }

    /** A highlighter fragment with {@link #OPEN} and {@link #CLOSE} around each match. */
    static Snippet tagged(String fragment) {
        List<Part> parts = new ArrayList<>();
        int at = 0;
        while (at < fragment.length()) {
            int open = fragment.indexOf(OPEN, at);
            int close = open < 0 ? -1 : fragment.indexOf(CLOSE, open + 1);
            if (open < 0 || close < 0) {
                parts.add(new Part(fragment.substring(at).replace(OPEN, "").replace(CLOSE, ""), false));
                break;
            }
            if (open > at) {
                parts.add(new Part(fragment.substring(at, open), false));
            }
            parts.add(new Part(fragment.substring(open + 1, close), true));
            at = close + 1;
        }
        return new Snippet(parts);
    }

    /** The text without marks. */
    public String text() {
        StringBuilder out = new StringBuilder();
        parts.forEach(p -> out.append(p.text()));
        return out.toString();
    }
}
