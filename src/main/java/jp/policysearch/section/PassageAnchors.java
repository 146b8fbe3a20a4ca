package jp.policysearch.section;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Passage anchors that survive revisions (docs/anchors.md): {@code h} and six hex digits of the SHA-256 of the
 * passage's normalised text (NFKC, lower case, no white space), with {@code -2}, {@code -3} for a text that repeats
 * in the section. Inserting, deleting or editing other passages leaves an anchor alone; editing the passage itself
 * gives it a new one. The positional anchor ({@code p5}) is kept as the passage's alias.
 */
public final class PassageAnchors {

    private static final int HEX_DIGITS = 6;

    private PassageAnchors() {}

    /** The passages with content anchors, their positions ({@code p1}, {@code p2} …) kept as aliases. */
    public static List<Passage> assign(List<Passage> passages) {
        if (passages == null) {
            return null;
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Passage> out = new ArrayList<>(passages.size());
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            String base = of(p.text() == null || p.text().isBlank() ? p.heading() : p.text());
            int n = seen.merge(base, 1, Integer::sum);
            String anchor = n == 1 ? base : base + "-" + n;
            out.add(new Passage(anchor, p.heading(), p.text(), "p" + (i + 1)));
        }
        return List.copyOf(out);
    }

    /** The anchor of a passage text, before any repeat suffix. */
    public static String of(String text) {
        String normal = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", "");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder("h");
            for (int i = 0; hex.length() <= HEX_DIGITS; i++) {
                hex.append(String.format("%02x", digest[i] & 0xff));
            }
            return hex.substring(0, HEX_DIGITS + 1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
