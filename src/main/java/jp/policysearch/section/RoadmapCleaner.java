package jp.policysearch.section;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line-level cleaning for roadmap text: list markers, footnote markers, markdown bold, HTML tags and placeholders go;
 * every printed word stays (OCR misprints included), so quotes from the clean text are exact.
 */
final class RoadmapCleaner {

    // ^{(*11)(*12)} (842), ^{(*)1} (858), ^(*1) (810), ^{※1} (4180), ^{*} (4616)
    private static final Pattern CARET = Pattern.compile("\\^\\{[^}]*\\}|\\^\\([^)]*\\)");
    // ※¹ (1196), JC-STAR*¹ (283)
    private static final Pattern SUPERSCRIPT = Pattern.compile("[※*]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+");
    // [※] (4517), (*) (001:813), CS(**) (001:815), (*1), (*)1), （※1）
    private static final Pattern PAREN_MARK = Pattern.compile("\\[※\\]|[(（](?:\\*+\\)?\\d*|※\\s?\\d*)[)）]");
    private static final Pattern BOLD = Pattern.compile("\\*\\*");
    // what is left after bold: 技術*において (1030)
    private static final Pattern STAR = Pattern.compile("\\*\\d*");
    // 研究開発※や (178), オンプレミス型※ (600); a ※ opening a line or after a space is a printed note mark
    private static final Pattern INLINE_REF = Pattern.compile("(?<=[^\\s　])※\\d*");
    private static final Pattern HTML = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");
    // "- ・x", " - x", "-x" (001:536) but not "-8.0"
    private static final Pattern DASH = Pattern.compile("^(\\s*)-(?:\\s+|(?=[^\\d\\s-]))(.*)$");
    // most lines carry no markup: one scan for the characters every markup pattern needs saves the regex passes
    private static final String MARKUP_CHARS = "^*※[(（<⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String KEEP_MARKERS = "✓◎⇒▶※①②③④⑤⑥⑦⑧⑨⑩○●◆■▪";

    private static boolean hasMarkup(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (MARKUP_CHARS.indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The line without footnote markers, bold, HTML tags and trailing space; list markers become {@code ・}. */
    String cleanLine(String raw) {
        String line = stripMarkup(raw).stripTrailing();
        Matcher dash = DASH.matcher(line);
        String indent = "";
        String rest;
        boolean bullet;
        if (dash.matches()) {
            indent = dash.group(1).isEmpty() ? "" : "　";
            rest = dash.group(2).strip();
            bullet = true;
        } else {
            rest = line.strip();
            bullet = rest.startsWith("・");
        }
        if (rest.startsWith("・")) {
            rest = rest.substring(1).strip();
        }
        if (rest.isEmpty()) {
            return "";
        }
        if (bullet && KEEP_MARKERS.indexOf(rest.charAt(0)) < 0) {
            return indent + "・" + rest;
        }
        return indent + rest;
    }

    /** A heading line as printed, without list dash, bold and markers: {@code - ① 現状} → {@code ① 現状}. */
    String cleanHeading(String raw) {
        String line = stripMarkup(raw).strip();
        if (line.startsWith("- ")) {
            line = line.substring(2).strip();
        }
        return line;
    }

    /** A footnote or definition as printed, without bold and HTML (its own marker stays: it names the note). */
    String cleanNote(String raw) {
        return HTML.matcher(BOLD.matcher(raw).replaceAll("")).replaceAll("").strip();
    }

    /** Removes placeholders (also when split over lines) and drops the lines they leave empty. */
    String removePlaceholders(String text, List<Pattern> placeholders) {
        String out = text;
        for (Pattern p : placeholders) {
            out = p.matcher(out).replaceAll("");
        }
        if (out.length() == text.length()) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        for (String line : out.split("\n")) {
            String l = line.stripTrailing();
            if (!l.isBlank() && !l.strip().equals("・")) {
                sb.append(sb.isEmpty() ? "" : "\n").append(l);
            }
        }
        return sb.toString();
    }

    private static String stripMarkup(String raw) {
        if (!hasMarkup(raw)) {
            return raw;
        }
        String s = CARET.matcher(raw).replaceAll("");
        s = SUPERSCRIPT.matcher(s).replaceAll("");
        s = PAREN_MARK.matcher(s).replaceAll("");
        s = BOLD.matcher(s).replaceAll("");
        s = STAR.matcher(s).replaceAll("");
        s = INLINE_REF.matcher(s).replaceAll("");
        return HTML.matcher(s).replaceAll("");
    }
}
