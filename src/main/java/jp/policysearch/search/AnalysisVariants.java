package jp.policysearch.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.policysearch.analysis.NumberFolder;

/**
 * The spellings the index's analysis already treats as the query term (the {@code policy_numbers} char filter folds
 * them on both sides), listed for the interpretation only: they need no clause of their own. {@code 八兆円} shows
 * {@code 8兆円}; {@code 8000億円} shows {@code 8,000億円}; {@code 20か国} shows {@code 20カ国} and {@code 20ヶ国};
 * {@code 令和6年度補正} shows {@code R6補正}.
 */
final class AnalysisVariants {

    private static final NumberFolder NUMBERS = new NumberFolder();
    /** A number of four digits or more before a unit people write with thousands separators. */
    private static final Pattern LARGE = Pattern.compile("(?<![\\d.,])(\\d{4,15})(?=兆|億|万|円|ドル|トン|t|人|件|社)");

    private static final Pattern COUNTER = Pattern.compile("(?<=\\d)か([国所月])");
    private static final Pattern ERA = Pattern.compile("(?<![A-Za-z0-9])(令和|平成)(元|\\d{1,2})年度(補正|当初)?");

    private static final Pattern INNER_OKURIGANA =
            Pattern.compile("(\\p{IsHan})(?![をがのにはとでへやもかなだ])\\p{IsHiragana}(?=\\p{IsHan})");
    private static final Pattern TRAILING_OKURIGANA =
            Pattern.compile("(\\p{IsHan})(?![をがのにはとでへやもかなだ])\\p{IsHiragana}$");

    private AnalysisVariants() {}

    /** {@code term} as the analysis reads it (R6補正 → 令和6年度補正), for rules that work on the spelled-out form. */
    static String folded(String term) {
        return NUMBERS.fold(term);
    }

    /** The other spellings of {@code term} that match it through the analysis, in a stable order. */
    static List<String> of(String term) {
        String folded = NUMBERS.fold(term);
        Set<String> out = new LinkedHashSet<>();
        out.add(folded);
        out.add(grouped(folded));
        Matcher counter = COUNTER.matcher(folded);
        if (counter.find()) {
            out.add(counter.replaceAll("カ$1"));
            out.add(counter.replaceAll("ヶ$1"));
        }
        Matcher era = ERA.matcher(folded);
        if (era.find()) {
            String letter = era.group(1).equals("令和") ? "R" : "H";
            String suffix = era.group(3) == null ? "年度" : era.group(3);
            out.add(folded.substring(0, era.start()) + letter + era.group(2) + suffix + folded.substring(era.end()));
        }
        out.addAll(okurigana(term));
        out.remove(term);
        return List.copyOf(out);
    }

    /**
     * Okurigana left out, as the corpus often writes it (取り組み → 取組み, 取組): the {@code text.reading} sub-field
     * matches these through their shared kanji and reading. Only for a term with okurigana between two kanji, so a
     * particle (人材を育成) or an inflection (推進した) is never dropped.
     */
    private static List<String> okurigana(String term) {
        Matcher inner = INNER_OKURIGANA.matcher(term);
        if (!inner.find()) {
            return List.of();
        }
        String dropped = inner.replaceAll("$1");
        Matcher trailing = TRAILING_OKURIGANA.matcher(dropped);
        return trailing.find() ? List.of(dropped, trailing.replaceFirst("$1")) : List.of(dropped);
    }

    private static String grouped(String text) {
        Matcher m = LARGE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, String.format(Locale.ROOT, "%,d", Long.parseLong(m.group(1))));
        }
        return m.appendTail(out).toString();
    }
}
