package jp.policysearch.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds the ways the corpus and its readers write the same number to one, after {@link TextNormalizer} (so digits
 * are ASCII): thousands separators (8,000 → 8000), 千 and 百 after digits (8千億 → 8000億), kanji numerals before a
 * myriad, a currency or a counter (十兆円 → 10兆円, 二十か国 → 20か国), the counter kana of か国, か所, か月 (カ国,
 * ヶ国, ケ国, ヵ国, 箇国 → か国), and era abbreviations (R6補正 → 令和6年度補正, R5年度 → 令和5年度, R3/2/1 →
 * 令和3年2月1日).
 *
 * <p>The index side runs this as the {@code policy_numbers} char filter after {@code policy_normalize}, in every
 * analyzer, so the bigram fields that decide recall agree too. The app uses it to show a query's folded form. Free
 * of Lucene, like the normalizer.
 */
public final class NumberFolder {

    private static final Pattern ERA = Pattern.compile(
            "(?<![A-Za-z0-9])([RH])(元|\\d{1,2})(?:(年度|年|補正|当初|fy|FY)|[/.](\\d{1,2})[/.](\\d{1,2})(?!\\d))");
    private static final Pattern GROUPED = Pattern.compile("(?<![\\d,.])\\d{1,3}(?:,\\d{3})+(?!\\d)");
    private static final Pattern HUNDREDS = Pattern.compile("(?<![\\d.])(\\d{1,4})([千百])(?![一二三四五六七八九十百千])");
    private static final Pattern KANJI = Pattern.compile("[〇一二三四五六七八九十百千][〇一二三四五六七八九十百千万億兆]*");
    private static final Pattern UNIT_AFTER = Pattern.compile("円|ドル|倍|割|%|[かカヶケヵ箇][国所月]");
    private static final String KANJI_DIGITS = "〇一二三四五六七八九";
    private static final String MYRIADS = "万億兆";
    private static final String COUNTER_KANA = "カヶケヵ箇";
    private static final String COUNTED = "国所月";

    /** The folded text, for showing a query term's folded form. */
    public String fold(String text) {
        return foldWithOffsets(text).text();
    }

    /** The folded text together with the map back to offsets in {@code text}. */
    public NormalizedText foldWithOffsets(String text) {
        NormalizedText.Builder out = new NormalizedText.Builder(text.length());
        Matcher[] matchers = {ERA.matcher(text), GROUPED.matcher(text), HUNDREDS.matcher(text), KANJI.matcher(text)};
        for (Matcher m : matchers) {
            m.useTransparentBounds(true).useAnchoringBounds(false);
        }
        int i = 0;
        while (i < text.length()) {
            int consumed = foldAt(text, i, matchers, out);
            if (consumed == 0) {
                out.keep(text, i, 1);
                consumed = 1;
            }
            i += consumed;
        }
        return out.build();
    }

    private static int foldAt(String text, int at, Matcher[] m, NormalizedText.Builder out) {
        char c = text.charAt(at);
        if ((c == 'R' || c == 'H') && lookingAt(m[0], at)) {
            return replace(m[0], era(m[0]), out);
        }
        if (c >= '0' && c <= '9') {
            if (lookingAt(m[1], at)) {
                return replace(m[1], m[1].group().replace(",", ""), out);
            }
            if (lookingAt(m[2], at)) {
                String zeros = m[2].group(2).equals("千") ? "000" : "00";
                return replace(m[2], m[2].group(1) + zeros, out);
            }
            return 0;
        }
        if (KANJI_DIGITS.indexOf(c) >= 0 || c == '十' || c == '百' || c == '千') {
            return kanjiNumeral(text, at, m[3], out);
        }
        if (COUNTER_KANA.indexOf(c) >= 0 && afterNumber(text, at, out) && nextIn(text, at, COUNTED)) {
            out.replace(at, 1, "か");
            return 1;
        }
        return 0;
    }

    /** A run of kanji numerals counts as a number before a myriad, a currency or a counter; else it is a word. */
    private static int kanjiNumeral(String text, int at, Matcher m, NormalizedText.Builder out) {
        if (!lookingAt(m, at)) {
            return 0;
        }
        String run = m.group();
        Matcher unit = UNIT_AFTER.matcher(text).region(m.end(), text.length());
        boolean numeric = MYRIADS.indexOf(run.charAt(run.length() - 1)) >= 0 || unit.lookingAt();
        String value = numeric ? arabic(run) : null;
        if (value == null) {
            out.keep(text, at, run.length());
            return run.length();
        }
        return replace(m, value, out);
    }

    /** 一兆五千億 → 1兆5000億: each group between myriads in Arabic digits, the myriads kept; null if malformed. */
    static String arabic(String run) {
        StringBuilder result = new StringBuilder();
        StringBuilder group = new StringBuilder();
        for (char c : run.toCharArray()) {
            if (MYRIADS.indexOf(c) >= 0) {
                if (group.isEmpty()) {
                    return null;
                }
                String value = groupValue(group.toString());
                if (value == null) {
                    return null;
                }
                result.append(value).append(c);
                group.setLength(0);
            } else {
                group.append(c);
            }
        }
        if (!group.isEmpty()) {
            String value = groupValue(group.toString());
            if (value == null) {
                return null;
            }
            result.append(value);
        }
        return result.toString();
    }

    /** 三百五十 → 350 (十, 百, 千 multiply); 二〇二四 → 2024 (digits only: positional). */
    private static String groupValue(String group) {
        if (group.chars().allMatch(ch -> KANJI_DIGITS.indexOf(ch) >= 0)) {
            StringBuilder digits = new StringBuilder();
            group.chars().forEach(ch -> digits.append(KANJI_DIGITS.indexOf(ch)));
            return digits.toString();
        }
        int total = 0;
        int pending = -1;
        int lastScale = Integer.MAX_VALUE;
        for (char c : group.toCharArray()) {
            int digit = KANJI_DIGITS.indexOf(c);
            if (digit >= 0) {
                if (pending >= 0) {
                    return null; // 二三百: two digits in a row beside a scale is not a number
                }
                pending = digit;
                continue;
            }
            int scale = c == '十' ? 10 : c == '百' ? 100 : 1000;
            if (scale >= lastScale) {
                return null;
            }
            total += (pending < 0 ? 1 : pending) * scale;
            pending = -1;
            lastScale = scale;
        }
        return String.valueOf(total + Math.max(pending, 0));
    }

    private static String era(Matcher m) {
        String name = m.group(1).equals("R") ? "令和" : "平成";
        String year = m.group(2);
        String suffix = m.group(3);
        if (suffix == null) {
            return name + year + "年" + m.group(4) + "月" + m.group(5) + "日";
        }
        return switch (suffix) {
            case "年" -> name + year + "年";
            case "補正", "当初" -> name + year + "年度" + suffix;
            default -> name + year + "年度";
        };
    }

    private static boolean lookingAt(Matcher m, int at) {
        m.region(at, m.regionEnd());
        return m.lookingAt();
    }

    private static int replace(Matcher m, String replacement, NormalizedText.Builder out) {
        int length = m.end() - m.start();
        if (replacement.equals(m.group())) {
            out.keep(m.group(), 0, length);
        } else {
            out.replace(m.start(), length, replacement);
        }
        return length;
    }

    /** Right after a number, or after a number and one space (63 カ国, 004). */
    private static boolean afterNumber(String text, int at, NormalizedText.Builder out) {
        return isDigit(out.lastChar()) || (at >= 2 && text.charAt(at - 1) == ' ' && isDigit(text.charAt(at - 2)));
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean nextIn(String text, int at, String chars) {
        return at + 1 < text.length() && chars.indexOf(text.charAt(at + 1)) >= 0;
    }
}
