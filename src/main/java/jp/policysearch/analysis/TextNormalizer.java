package jp.policysearch.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Character folding shared by the index side (the {@code policy_normalize} char filter) and the query side (the app,
 * which has no Lucene): width folding in the spirit of NFKC, variant glyphs, and dashes used as long vowels.
 *
 * <p>Plain NFKC is not used because it turns the structure markers ①, ⑴, ㈠ and footnote superscripts into digits;
 * only the ranges below are folded, everything else passes through unchanged. This class must stay free of Lucene
 * and Elasticsearch imports.
 */
public final class TextNormalizer {

    private static final String VARIANTS_RESOURCE = "variants.tsv";
    private static final char LONG_VOWEL = 'ー';

    private final Map<String, String> variants;
    private final int longestVariant;
    /** The first characters of the variants: most characters start none, and are not looked up at all. */
    private final BitSet variantStarts = new BitSet(Character.MAX_VALUE + 1);

    /** @param variants variant spelling → standard spelling; keys may be longer than one character */
    public TextNormalizer(Map<String, String> variants) {
        this.variants = Map.copyOf(variants);
        this.longestVariant =
                variants.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.variants.keySet().stream().filter(v -> !v.isEmpty()).forEach(v -> variantStarts.set(v.charAt(0)));
    }

    /** A normalizer with the corpus variant table shipped beside this class. */
    public static TextNormalizer withDefaultVariants() {
        try (InputStream in = TextNormalizer.class.getResourceAsStream(VARIANTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + VARIANTS_RESOURCE);
            }
            return new TextNormalizer(readVariants(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code variant<TAB>standard} lines; {@code #} starts a comment line. */
    static Map<String, String> readVariants(InputStream in) throws IOException {
        Map<String, String> table = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNo = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
                throw new IllegalArgumentException(
                        "variant table line " + lineNo + " is not 'variant<TAB>standard': " + line);
            }
            if (table.put(parts[0], parts[1]) != null) {
                throw new IllegalArgumentException("variant table line " + lineNo + " repeats " + parts[0]);
            }
        }
        return table;
    }

    /** The folded text, for query strings and synonym keys. */
    public String normalize(String text) {
        return normalizeWithOffsets(text).text();
    }

    /** The folded text together with the map back to offsets in {@code text}. */
    public NormalizedText normalizeWithOffsets(String text) {
        NormalizedText.Builder out = new NormalizedText.Builder(text.length());
        int i = 0;
        while (i < text.length()) {
            int consumed = foldVariant(text, i, out);
            if (consumed == 0) {
                consumed = foldCharacter(text, i, out);
            }
            i += consumed;
        }
        return out.build();
    }

    private int foldVariant(String text, int start, NormalizedText.Builder out) {
        if (!variantStarts.get(text.charAt(start))) {
            return 0;
        }
        for (int length = Math.min(longestVariant, text.length() - start); length > 0; length--) {
            String replacement = variants.get(text.substring(start, start + length));
            if (replacement != null) {
                out.replace(start, length, replacement);
                return length;
            }
        }
        return 0;
    }

    private int foldCharacter(String text, int start, NormalizedText.Builder out) {
        int c = text.codePointAt(start);
        int length = Character.charCount(c);
        if (c >= 0xFF61 && c <= 0xFF9F) {
            return foldHalfWidthKatakana(text, start, out);
        }
        String folded;
        if (isDash(c) && endsWithKatakana(out) && !startsWithAlphanumeric(text, start + length)) {
            // A dash right after katakana is an OCR'd long vowel: イノベ―ション, グループ－」 (002, 004).
            folded = String.valueOf(LONG_VOWEL);
        } else if (c >= 0xFF01 && c <= 0xFF5E) {
            folded = String.valueOf((char) (c - 0xFEE0));
        } else if (c == 0x3000 || c == 0x00A0) {
            folded = " ";
        } else if (isEnclosedIdeograph(c)) {
            // ㈱ → 株, not NFKC's (株): one character for one keeps highlight offsets exact.
            folded = nfkc(c).replace("(", "").replace(")", "");
        } else if (isCompatibilityForm(c)) {
            folded = nfkc(c);
        } else {
            folded = null;
        }
        if (folded == null || folded.equals(text.substring(start, start + length))) {
            out.keep(text, start, length);
        } else {
            out.replace(start, length, folded);
        }
        return length;
    }

    /** Half-width katakana to full-width, joining a following ﾞ/ﾟ into one character (ｶﾞ → ガ). */
    private static int foldHalfWidthKatakana(String text, int start, NormalizedText.Builder out) {
        char c = text.charAt(start);
        if (start + 1 < text.length() && (text.charAt(start + 1) == 'ﾞ' || text.charAt(start + 1) == 'ﾟ')) {
            String pair = Normalizer.normalize(text.substring(start, start + 2), Normalizer.Form.NFKC);
            if (pair.length() == 1) {
                out.replace(start, 2, pair);
                return 2;
            }
        }
        String folded = switch (c) {
            // NFKC would give the combining marks U+3099/U+309A, which glue onto the previous token.
            case 'ﾞ' -> "゛";
            case 'ﾟ' -> "゜";
            default -> Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        };
        out.replace(start, 1, folded);
        return 1;
    }

    private static boolean isDash(int c) {
        return (c >= 0x2010 && c <= 0x2015)
                || c == 0x2212
                || c == 0xFF0D
                || c == 0x2500
                || c == 0x2501
                || c == 0xFE63
                || c == 0x2E3A;
    }

    private static boolean endsWithKatakana(NormalizedText.Builder out) {
        int last = out.lastChar();
        return (last >= 0x30A1 && last <= 0x30FA) || last == LONG_VOWEL;
    }

    /** A dash before a letter or digit is a real dash (フェーズ－2, タイプ‐A), not a long vowel. */
    private static boolean startsWithAlphanumeric(String text, int index) {
        if (index >= text.length()) {
            return false;
        }
        char next = text.charAt(index);
        return (next < 0x80 || (next >= 0xFF10 && next <= 0xFF5A)) && Character.isLetterOrDigit(next);
    }

    /**
     * Parenthesized and circled ideographs other than numbers: ㈱ ㈲ ㊤ ㊥. The numbered ones (㈠–㈩, ㊀–㊉) are
     * structure markers and stay.
     */
    private static boolean isEnclosedIdeograph(int c) {
        return (c >= 0x322A && c <= 0x3247) || (c >= 0x328A && c <= 0x32B0);
    }

    /**
     * Compatibility forms that NFKC folds and that are never structure markers: Kangxi radicals (⾏ in 003's
     * GX移⾏債), CJK radicals supplement, CJK compatibility ideographs, full-width signs ￥ ￠, square units and era
     * names (㎡ ㍻ ㋿), telegraph months, Latin ligatures.
     */
    private static boolean isCompatibilityForm(int c) {
        return (c >= 0x2E80 && c <= 0x2FDF)
                || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0x2F800 && c <= 0x2FA1F)
                || (c >= 0xFFE0 && c <= 0xFFEE)
                || (c >= 0x32C0 && c <= 0x32CF)
                || c == 0x32FF
                || (c >= 0x3300 && c <= 0x33FF)
                || (c >= 0xFB00 && c <= 0xFB06);
    }

    private static String nfkc(int c) {
        return Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC);
    }
}
