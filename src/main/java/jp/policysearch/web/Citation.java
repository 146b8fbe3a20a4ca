package jp.policysearch.web;

import java.util.List;
import java.util.Map;

/**
 * The Japanese 出典 line of a section, the same on its page, in exports and wherever else it is shown, in the form
 * Japanese ministries use for their own references: 『{document}』（{ministries}、{date or year}）{card}・{phase}
 * {url}; a section outside a card names its title. A value the project inferred is followed by 「（推定）」, and a
 * title the document does not print is given in brackets as SIST 02 does for supplied data
 * (［{title}］（推定）), never in 『』 as if it were the document's own.
 */
public final class Citation {

    private Citation() {}

    static final String INFERRED = "（推定）";

    /**
     * @param inferred  the document's inferred fields ({@code title}, {@code issuers}, {@code date}, {@code year})
     * @param pageFirst the page (slide number) the source prints, or null; {@code pageLast} likewise
     */
    public static String line(
            String docTitle,
            List<String> ministries,
            String date,
            int year,
            String card,
            String phase,
            String title,
            String url,
            Map<String, String> inferred,
            Integer pageFirst,
            Integer pageLast) {
        StringBuilder out = new StringBuilder();
        if (inferred.containsKey("title")) {
            out.append('［').append(docTitle).append('］').append(INFERRED);
        } else {
            out.append('『').append(docTitle).append('』');
        }
        out.append('（');
        if (!ministries.isEmpty()) {
            out.append(String.join("・", ministries));
            out.append(inferred.containsKey("issuers") ? INFERRED : "").append('、');
        }
        out.append(japaneseDate(date, year))
                .append(dateInferred(date, inferred) ? INFERRED : "")
                .append('）');
        if (card != null && !card.isBlank()) {
            out.append(card);
            if (phase != null && !phase.isBlank()) {
                out.append('・').append(phase);
            }
        } else {
            out.append(title);
        }
        if (pageFirst != null) {
            out.append('、').append(pages(pageFirst, pageLast));
        }
        return out.append(' ').append(url).toString();
    }

    /** {@code p.12} or {@code pp.12–14}; null when {@code first} is null. */
    public static String pages(Integer first, Integer last) {
        if (first == null) {
            return null;
        }
        return last == null || last.equals(first) ? "p." + first : "pp." + first + "–" + last;
    }

    /** True when the date the line prints (the date, else the year) was inferred. */
    public static boolean dateInferred(String date, Map<String, String> inferred) {
        boolean printsDate = date != null && date.matches("\\d{4}-\\d{2}(-\\d{2})?");
        return printsDate ? inferred.containsKey("date") : inferred.containsKey("year");
    }

    /** {@code 2026-04-06} → 2026年4月6日, {@code 2025-03} → 2025年3月; no date → the year; neither → empty. */
    public static String japaneseDate(String date, int year) {
        if (date != null && date.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
            String[] parts = date.split("-");
            StringBuilder out = new StringBuilder(parts[0])
                    .append('年')
                    .append(Integer.parseInt(parts[1]))
                    .append('月');
            if (parts.length == 3) {
                out.append(Integer.parseInt(parts[2])).append('日');
            }
            return out.toString();
        }
        return year > 0 ? year + "年" : "";
    }
}
