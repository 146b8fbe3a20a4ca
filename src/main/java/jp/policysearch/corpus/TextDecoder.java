package jp.policysearch.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a text file whose encoding nobody stated: UTF-8 (with or without BOM), UTF-16 with BOM, Shift_JIS
 * (windows-31j, the form Japanese Windows writes) or EUC-JP. Each candidate is decoded strictly (a malformed or
 * unmappable byte rules it out); when more than one decodes, the one whose text looks most like Japanese wins
 * ({@link #score}). The rules are in {@code docs/intake.md}.
 */
public final class TextDecoder {

    /** Shift_JIS as Japanese Windows writes it (with NEC and IBM extensions: ①, ㈱, 髙 …). */
    public static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    public static final Charset EUC_JP = Charset.forName("EUC-JP");

    /** A decoded text and the character set that decoded it. */
    public record Decoded(String text, Charset charset) {}

    private TextDecoder() {}

    /**
     * @param name  the file name, for messages
     * @throws CorpusException naming the file when the bytes are binary or decode in none of the encodings
     */
    public static Decoded decode(String name, byte[] bytes) {
        if (bytes.length == 0 || isBlank(bytes)) {
            throw new CorpusException(
                    name, 0, "the file is empty: nothing to index (check that the right file was" + " given)");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strictOrFail(name, bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            Charset utf16 = bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return new Decoded(strictOrFail(name, bytes, 2, utf16), utf16);
        }
        if (looksBinary(bytes)) {
            throw new CorpusException(
                    name, 0, "a binary file, not text or PDF: add a PDF, a plain text or a" + " Markdown file");
        }
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8);
        }
        List<Decoded> candidates = new ArrayList<>();
        for (Charset charset : List.of(SHIFT_JIS, EUC_JP)) {
            String text = strict(bytes, 0, charset);
            if (text != null) {
                candidates.add(new Decoded(text, charset));
            }
        }
        if (candidates.isEmpty()) {
            int offset = firstMalformedUtf8(bytes);
            throw new CorpusException(
                    name,
                    lineOf(bytes, offset),
                    String.format(
                            "unreadable encoding: not UTF-8"
                                    + " (malformed byte 0x%02X at byte offset %d), Shift_JIS or EUC-JP;"
                                    + " save the file as UTF-8 and add it again",
                            bytes[offset] & 0xff, offset));
        }
        Decoded best = candidates.getFirst();
        for (Decoded d : candidates) {
            if (score(d.text()) > score(best.text())) {
                best = d;
            }
        }
        if (score(best.text()) < 0) {
            throw new CorpusException(
                    name,
                    0,
                    "unreadable encoding: the bytes decode as " + best.charset().name()
                            + " only into unlikely characters; save the file as UTF-8 and add it again");
        }
        return best;
    }

    /**
     * How much a decoded text looks like Japanese prose, per character: kana and common kanji count for, half-width
     * katakana, private-use and control characters against. A Shift_JIS file read as EUC-JP (or the reverse) turns
     * its hiragana into half-width katakana or rare kanji, so the right reading scores clearly higher.
     */
    static double score(String text) {
        long points = 0;
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            count++;
            if (c >= 0x3041 && c <= 0x309F) {
                points += 3; // hiragana
            } else if (c >= 0x30A1 && c <= 0x30FE) {
                points += 2; // katakana
            } else if (c >= 0x4E00 && c <= 0x9FFF) {
                points += Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 1 : 0;
            } else if ((c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF5E)) {
                points += 1; // CJK punctuation, full-width ASCII
            } else if (c >= 0xFF61 && c <= 0xFF9F) {
                points -= 2; // half-width katakana: rare in documents, common in misreadings
            } else if ((c >= 0xE000 && c <= 0xF8FF) || c == 0xFFFD) {
                points -= 5; // private use (EUC-JP user area), replacement
            } else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                points -= 5;
            }
        }
        return count == 0 ? 0 : (double) points / count;
    }

    private static String strictOrFail(String name, byte[] bytes, int skip, Charset charset) {
        String text = strict(bytes, skip, charset);
        if (text == null) {
            throw new CorpusException(
                    name,
                    0,
                    "unreadable encoding: the file starts with a " + charset.name()
                            + " byte order mark but is not valid " + charset.name()
                            + "; save it as UTF-8 and add it again");
        }
        return text;
    }

    private static String strict(byte[] bytes, int skip, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
            return out.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** NUL bytes or many control bytes: no text encoding we read produces them. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        return control * 20 > n;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int firstMalformedUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
        return Math.min(in.position(), bytes.length - 1);
    }

    /** The 1-based line that byte {@code offset} is on. */
    static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Lines end at LF (a CR before it is dropped), or at a lone CR in a file without any LF (old Mac files). */
    public static List<String> lines(String text) {
        char end = text.indexOf('\n') < 0 && text.indexOf('\r') >= 0 ? '\r' : '\n';
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == end) {
                int stop = end == '\n' && i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                lines.add(text.substring(start, stop));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
