package jp.policysearch.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.policysearch.analysis.NormalizedText;
import jp.policysearch.analysis.TextNormalizer;

/**
 * Marks query terms in corpus text for the section page: the text is escaped in full and {@code <mark>} is put
 * around each match. Matching runs on the normalized text (the same folding as the index, so ＡＩ in the text matches
 * a query for AI) and the spans are mapped back to the original characters.
 */
final class TermMarker {

    private final TextNormalizer normalizer;

    TermMarker(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    TrustedHtml mark(String text, List<String> needles) {
        if (text == null || text.isEmpty()) {
            return new TrustedHtml("");
        }
        List<int[]> spans = spans(text, needles);
        StringBuilder out = new StringBuilder(text.length() + spans.size() * 13);
        int at = 0;
        for (int[] span : spans) {
            out.append(Html.escape(text.substring(at, span[0])))
                    .append("<mark>")
                    .append(Html.escape(text.substring(span[0], span[1])))
                    .append("</mark>");
            at = span[1];
        }
        out.append(Html.escape(text.substring(at)));
        return new TrustedHtml(out.toString());
    }

    /** Non-overlapping [start, end) spans in {@code text}, longest needle first where two start together. */
    private List<int[]> spans(String text, List<String> needles) {
        List<String> folded = needles.stream()
                .filter(n -> n != null && !n.isBlank())
                .map(n -> lower(normalizer.normalize(n.strip())))
                .filter(n -> !n.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        if (folded.isEmpty()) {
            return List.of();
        }
        NormalizedText normalized = normalizer.normalizeWithOffsets(text);
        String haystack = lower(normalized.text());
        List<int[]> found = new ArrayList<>();
        int i = 0;
        while (i < haystack.length()) {
            String hit = null;
            for (String needle : folded) {
                if (haystack.startsWith(needle, i)) {
                    hit = needle;
                    break;
                }
            }
            if (hit == null) {
                i++;
                continue;
            }
            int start = normalized.originalOffset(i);
            int end = Math.min(text.length(), normalized.originalOffset(i + hit.length()));
            if (end > start && (found.isEmpty() || start >= found.get(found.size() - 1)[1])) {
                found.add(new int[] {start, end});
            }
            i += hit.length();
        }
        return found;
    }

    /** Lower case without changing the length, so offsets stay valid. */
    private static String lower(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
