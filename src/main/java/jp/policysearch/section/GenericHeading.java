package jp.policysearch.section;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.policysearch.corpus.HalfWidth;

/**
 * A line that looks like a heading of a document of any layout, by its numbering style: Markdown {@code #},
 * 第1章 / 第1節 / 第1部, 第１　… / 一　…, {@code 1.} / {@code 1.1} / {@code 1.1.1}, {@code (1)} / {@code （１）},
 * {@code 1)}, ①, Ⅰ / {@code I.}, ア / (ア), {@code a.} / (a), 「１　目的」 (a number, a space, a short title),
 * 問1 / Q1 (a Q&amp;A). The style (not the level) is what the line says; {@link GenericOutline} gives levels from
 * the order styles appear in.
 *
 * @param style  the numbering style, e.g. {@code chapter}, {@code dec2}, {@code paren}, {@code md3}
 * @param number the heading's number within its style (1-based; 0 for an unnumbered Markdown heading)
 * @param token  the ASCII id segment, e.g. {@code ch1}, {@code 2}, {@code p3}, {@code n4}, {@code ka}
 * @param title  the heading as printed (numbering included, runs of spaces as one)
 * @param prefix for a dotted number, the parents' numbers ({@code 1.2} for {@code 1.2.3}); else empty
 */
record GenericHeading(String style, int number, String token, String title, String prefix) {

    /** Heading text longer than this is a numbered sentence, not a heading. */
    static final int MAX_TITLE = 60;

    private static final String NUM = "([0-9]{1,3}|[一二三四五六七八九十]{1,3})";
    private static final Pattern MARKDOWN = Pattern.compile("^(#{1,6})\\s+(\\S.*?)\\s*#*$");
    private static final Pattern KANJI_UNIT = Pattern.compile("^第\\s*" + NUM + "\\s*([編部章節款])(?![0-9一二三四五六七八九十])(.*)$");
    /** 「第１　基本的な考え方」: 第 and a number with no unit, as Cabinet decisions number their parts. */
    private static final Pattern DAI = Pattern.compile("^第\\s*" + NUM + "[\\s　]+(\\S.*)$");
    /** 「一　総論」, 「二、施策」: a kanji numeral and a separator. */
    private static final Pattern KANJI_NUMERAL =
            Pattern.compile("^([一二三四五六七八九十]{1,3})(?:[\\s　]+|[、．.][\\s　]*)(\\S.*)$");

    private static final Pattern DOTTED = Pattern.compile("^(\\d{1,2}(?:[.．]\\d{1,2}){0,3})([.．、]?)[\\s　]+(\\S.*)$");
    private static final Pattern DOTTED_TIGHT =
            Pattern.compile("^(\\d{1,2}(?:[.．]\\d{1,2}){0,3})[.．、]([^\\d\\s.．].*)$");
    private static final Pattern PAREN = Pattern.compile("^[(（]\\s*(\\d{1,2})\\s*[)）][\\s　]*(\\S.*)$");
    private static final Pattern RIGHT_PAREN = Pattern.compile("^(\\d{1,2})[)）][\\s　]*(\\S.*)$");
    private static final Pattern CIRCLED = Pattern.compile("^([①-⑳])[\\s　]*(\\S.*)$");
    private static final Pattern ROMAN =
            Pattern.compile("^([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|I{1,3}|IV|VI{0,3}|IX|X)(?:[.．、][\\s　]*|[\\s　]+)(\\S.*)$");
    private static final Pattern KANA =
            Pattern.compile("^([アイウエオカキクケコサシスセソタチツテトナニヌネノ])(?:[.．、][\\s　]*|[\\s　]+)(\\S.*)$");
    private static final Pattern PAREN_KANA = Pattern.compile("^[(（]([アイウエオカキクケコサシスセソタチツテトナニヌネノ])[)）][\\s　]*(\\S.*)$");
    private static final Pattern ALPHA = Pattern.compile("^[(（]?([a-h])[)）.．][\\s　]*(\\S.*)$");
    /** A question of a Q&amp;A: 問1, Q1., Q 2: (after full-width letters became ASCII). */
    private static final Pattern QUESTION = Pattern.compile("^(?:問|Q)[\\s　]?(\\d{1,3})[.．:：、]?[\\s　]*(\\S.*)$");
    /** A question is a sentence: it may end in 。 or ？ and run longer than a heading. */
    static final int MAX_QUESTION = 120;
    /** What follows 「3 」 when the number is a count, not a heading: 3 件, 5 社, 2 割 (but 「1 人材の育成」 is one). */
    private static final Pattern COUNT_UNIT =
            Pattern.compile("^(?:件|人|社|円|年|月|日|回|点|者|名|位|番|号|か所|箇所|歳|倍|割|台|万|億|兆|千|百)(?:[\\s　、。,)）].*)?$");

    private static final String KANA_ORDER = "アイウエオカキクケコサシスセソタチツテトナニヌネノ";
    private static final List<String> ROMANS = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X");
    private static final String ROMAN_CHARS = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ";

    /** The heading {@code raw} is, or null. {@code markdown}: only {@code #} headings count (lists are lists). */
    static GenericHeading of(String raw, boolean markdown) {
        String line = normalize(raw.strip());
        if (line.isEmpty()) {
            return null;
        }
        Matcher m = MARKDOWN.matcher(line);
        if (m.matches()) {
            GenericHeading inner = markdown ? numbered(m.group(2)) : null;
            int level = m.group(1).length();
            String printed = raw.strip()
                    .replaceFirst("^#+\\s+", "")
                    .replaceFirst("\\s+#+$", "")
                    .replaceAll("[\\s　]+", " ");
            return new GenericHeading("md" + level, 0, inner == null ? null : inner.token, printed, "");
        }
        if (markdown) {
            return null;
        }
        GenericHeading h = numbered(line);
        if (h == null) {
            return null;
        }
        if (h.style.equals("question")
                ? h.title.length() > MAX_QUESTION
                : h.title.length() > MAX_TITLE || h.title.endsWith("。") || h.title.endsWith("、")) {
            return null;
        }
        return new GenericHeading(h.style, h.number, h.token, raw.strip().replaceAll("[\\s　]+", " "), h.prefix);
    }

    private static GenericHeading numbered(String line) {
        Matcher m = KANJI_UNIT.matcher(line);
        if (m.matches()) {
            int n = number(m.group(1));
            String style = switch (m.group(2)) {
                case "編", "部" -> "part";
                case "章" -> "chapter";
                case "節" -> "section";
                default -> "article";
            };
            String token = switch (style) {
                        case "part" -> "pt";
                        case "chapter" -> "ch";
                        case "section" -> "s";
                        default -> "a";
                    }
                    + n;
            return n > 0 ? new GenericHeading(style, n, token, line, "") : null;
        }
        m = DAI.matcher(line);
        if (m.matches()) {
            int n = number(m.group(1));
            return n > 0 ? new GenericHeading("dai", n, "d" + n, line, "") : null;
        }
        m = KANJI_NUMERAL.matcher(line);
        if (m.matches()) {
            int n = number(m.group(1));
            return n > 0 ? new GenericHeading("kanji", n, "j" + n, line, "") : null;
        }
        m = DOTTED.matcher(line);
        if (!m.matches()) {
            m = DOTTED_TIGHT.matcher(line);
            if (m.matches() && m.group(2).length() >= 2) {
                return dotted(m.group(1), "x", line);
            }
            m = null;
        }
        if (m != null) {
            String sep = m.group(2);
            String[] parts = m.group(1).split("[.．]");
            String rest = m.group(3);
            if (rest.matches("^[\\d.,%％]+.*") || rest.matches(".*[年月日]$") && rest.length() < 4) {
                return null;
            }
            if (parts.length == 1 && sep.isEmpty()) {
                // 「１　目的」: a number, a space and a short title, as white papers and notices number their items;
                // 「3 件」 and 「1 東京都 120」 (a count, a table row) are not headings
                return spacedTitle(rest)
                        ? new GenericHeading("num", Integer.parseInt(parts[0]), parts[0], line, "")
                        : null;
            }
            return dotted(m.group(1), sep, line);
        }
        m = PAREN.matcher(line);
        if (m.matches()) {
            return new GenericHeading("paren", Integer.parseInt(m.group(1)), "p" + m.group(1), line, "");
        }
        m = RIGHT_PAREN.matcher(line);
        if (m.matches()) {
            return new GenericHeading("rparen", Integer.parseInt(m.group(1)), "q" + m.group(1), line, "");
        }
        m = CIRCLED.matcher(line);
        if (m.matches()) {
            int n = m.group(1).charAt(0) - '①' + 1;
            return new GenericHeading("circled", n, "n" + n, line, "");
        }
        m = ROMAN.matcher(line);
        if (m.matches()) {
            String r = m.group(1);
            int n = ROMAN_CHARS.indexOf(r) >= 0 ? ROMAN_CHARS.indexOf(r) + 1 : ROMANS.indexOf(r) + 1;
            return new GenericHeading("roman", n, "r" + n, line, "");
        }
        m = PAREN_KANA.matcher(line);
        if (m.matches()) {
            int n = KANA_ORDER.indexOf(m.group(1)) + 1;
            return new GenericHeading("pkana", n, "pk" + letter(n), line, "");
        }
        m = KANA.matcher(line);
        if (m.matches()) {
            int n = KANA_ORDER.indexOf(m.group(1)) + 1;
            return new GenericHeading("kana", n, "k" + letter(n), line, "");
        }
        m = QUESTION.matcher(line);
        if (m.matches()) {
            return new GenericHeading("question", Integer.parseInt(m.group(1)), "qa" + m.group(1), line, "");
        }
        m = ALPHA.matcher(line);
        if (m.matches()) {
            int n = m.group(1).charAt(0) - 'a' + 1;
            return new GenericHeading("alpha", n, "l" + m.group(1), line, "");
        }
        return null;
    }

    private static boolean spacedTitle(String rest) {
        return rest.length() >= 3
                && rest.length() <= 30
                && !COUNT_UNIT.matcher(rest).matches()
                && !rest.matches(".*[0-9%％。、．.]$")
                && rest.codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA);
    }

    private static GenericHeading dotted(String number, String sep, String line) {
        String[] parts = number.split("[.．]");
        int n = Integer.parseInt(parts[parts.length - 1]);
        String prefix = number.contains(".") ? number.substring(0, number.lastIndexOf('.')) : "";
        return new GenericHeading("dec" + parts.length, n, Integer.toString(n), line, prefix);
    }

    private static String letter(int n) {
        return n <= 26 ? String.valueOf((char) ('a' + n - 1)) : Integer.toString(n);
    }

    /** 一 → 1, 十二 → 12, 二十 → 20, digits as they are; 0 when not a number. */
    static int number(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        String digits = "〇一二三四五六七八九";
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? digits.indexOf(s.charAt(0)) : 0;
        }
        int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1));
        return tens <= 0 || ones < 0 ? 0 : tens * 10 + ones;
    }

    /** Full-width digits and letters as ASCII, spaces folded; the original line stays in the section text. */
    static String normalize(String line) {
        return HalfWidth.of(line).replaceAll("[\\s　]+", " ");
    }
}
