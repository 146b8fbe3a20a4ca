package jp.policysearch.search;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import jp.policysearch.analysis.TextNormalizer;

/**
 * The form {@link PassagePicker} compares texts in: normalised as the index normalises them, lower case, spaces
 * dropped. Passage texts come back search after search and their form depends only on the text and the analysis
 * tables, so it is remembered for up to {@link #REMEMBERED} of them (all of them forgotten at once past that, so the
 * memory stays bounded on a large corpus); query terms and highlight fragments are computed each time.
 */
final class PassageKeys {

    static final int REMEMBERED = 20_000;

    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final TextNormalizer normalizer;
    private final Map<String, String> remembered = new ConcurrentHashMap<>();

    PassageKeys(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** The form of a query term or fragment. */
    String of(String text) {
        return SPACE.matcher(normalizer.normalize(text)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The form of a passage's text, remembered. */
    String ofPassage(String text) {
        String key = remembered.get(text);
        if (key == null) {
            key = of(text);
            if (remembered.size() >= REMEMBERED) {
                remembered.clear();
            }
            remembered.put(text, key);
        }
        return key;
    }

    int rememberedCount() {
        return remembered.size();
    }
}
