package jp.policysearch.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates a line prints: Western ({@code 2025年6月7日}, {@code 2025（令和7）年3月}, {@code 2025/6/7},
 * {@code 2025.6}), era ({@code 令和7年6月}, {@code 令和元年}, {@code 平成31年4月1日}, {@code 令和七年六月}), abbreviated era
 * ({@code R7.6.7}, {@code H31.4.1}), in half- or full-width digits. A fiscal year ({@code 令和7年度}) is a year only.
 */
public final class DateFinder {

    /** A date found in a line: month and day are 0 when not printed. */
    public record Found(int year, int month, int day, boolean fiscal, int start, int end, String text) {

        /** ISO form: {@code 2025-06-07}, {@code 2025-06}, or null for a year alone. */
        public String iso() {
            if (month == 0) {
                return null;
            }
            return day == 0
                    ? String.format("%04d-%02d", year, month)
                    : String.format("%04d-%02d-%02d", year, month, day);
        }
    }

    private static final String ERA = "(令和|平成|昭和)\\s*(元|\\d{1,2})\\s*年";
    private static final String MD = "(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?)?";
    private static final Pattern WESTERN = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\s*(?:[(（]\\s*(?:令和|平成|昭和)\\s*(?:元|\\d{1,2})\\s*[)）])?\\s*年(度)?" + MD);
    private static final Pattern ERA_DATE = Pattern.compile(ERA + "(度)?" + MD + "(?!\\s*[(（]\\s*(?:19|20)\\d{2})");
    /** 令和7（2025）年6月, 令和7年（2025年）6月. */
    private static final Pattern ERA_WESTERN = Pattern.compile(
            "(令和|平成|昭和)\\s*(元|\\d{1,2})\\s*年?\\s*[(（]\\s*" + "((?:19|20)\\d{2})\\s*年?\\s*[)）]\\s*年?(度)?" + MD);

    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d./])((?:19|20)\\d{2})\\s*([./／-])\\s*(\\d{1,2})(?:\\s*\\2\\s*(\\d{1,2}))?(?![\\d./])");
    private static final Pattern ABBREVIATED = Pattern.compile(
            "(?<![A-Za-z\\d])([RHS])\\s*(\\d{1,2})\\s*[./／]\\s*(\\d{1,2})(?:\\s*[./／]\\s*(\\d{1,2}))?(?![\\d./])");

    private DateFinder() {}

    /** The dates in {@code line}, left to right, overlapping readings dropped. */
    public static List<Found> find(String line) {
        String s = normalize(line);
        List<Found> out = new ArrayList<>();
        Matcher m = ERA_WESTERN.matcher(s);
        while (m.find()) {
            add(out, Integer.parseInt(m.group(3)), m.group(5), m.group(6), m.group(4) != null, m, line);
        }
        m = WESTERN.matcher(s);
        while (m.find()) {
            add(out, Integer.parseInt(m.group(1)), m.group(3), m.group(4), m.group(2) != null, m, line);
        }
        m = ERA_DATE.matcher(s);
        while (m.find()) {
            int year = eraYear(m.group(1), m.group(2));
            add(out, year, m.group(4), m.group(5), m.group(3) != null, m, line);
        }
        m = NUMERIC.matcher(s);
        while (m.find()) {
            add(out, Integer.parseInt(m.group(1)), m.group(3), m.group(4), false, m, line);
        }
        m = ABBREVIATED.matcher(s);
        while (m.find()) {
            String era = switch (m.group(1)) {
                case "R" -> "令和";
                case "H" -> "平成";
                default -> "昭和";
            };
            add(out, eraYear(era, m.group(2)), m.group(3), m.group(4), false, m, line);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void add(
            List<Found> out, int year, String month, String day, boolean fiscal, Matcher m, String line) {
        int mo = month == null ? 0 : Integer.parseInt(month);
        int d = day == null ? 0 : Integer.parseInt(day);
        if (mo > 12 || d > 31 || year < 1900 || year > 2100 || (mo == 0 && d > 0)) {
            return;
        }
        int end = m.end();
        while (end > m.start() && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        for (Found f : out) {
            if (m.start() < f.end() && f.start() < end) {
                return;
            }
        }
        out.add(new Found(year, mo, fiscal ? 0 : d, fiscal, m.start(), end, line.substring(m.start(), end)));
    }

    static int eraYear(String era, String number) {
        int n = number.equals("元") ? 1 : Integer.parseInt(number);
        return switch (era) {
            case "令和" -> 2018 + n;
            case "平成" -> 1988 + n;
            default -> 1925 + n;
        };
    }

    /**
     * Full-width digits and letters to ASCII and kanji numerals in era dates to digits, keeping every offset
     * (a kanji tens form 十二 becomes 12 only where it is two characters).
     */
    static String normalize(String line) {
        return kanjiNumerals(new StringBuilder(HalfWidth.of(line)));
    }

    private static final String KANJI = "〇一二三四五六七八九";

    /** 令和七年六月一日 → 令和7年6月1日 where the kanji number has one or two characters (十 as a tens digit). */
    private static String kanjiNumerals(StringBuilder b) {
        Matcher m = Pattern.compile("([〇一二三四五六七八九十]{1,2})(?=[年月日])").matcher(b);
        StringBuilder out = new StringBuilder(b.length());
        int last = 0;
        while (m.find()) {
            String k = m.group(1);
            String digits = kanjiNumber(k);
            if (digits == null || digits.length() != k.length()) {
                continue;
            }
            out.append(b, last, m.start()).append(digits);
            last = m.end();
        }
        out.append(b, last, b.length());
        return out.toString();
    }

    private static String kanjiNumber(String k) {
        if (k.length() == 1) {
            return k.equals("十") ? null : String.valueOf(KANJI.indexOf(k));
        }
        char a = k.charAt(0);
        char c = k.charAt(1);
        if (a == '十' && c != '十') {
            return "1" + KANJI.indexOf(c);
        }
        if (c == '十' && a != '十') {
            return KANJI.indexOf(a) + "0";
        }
        return null;
    }
}
