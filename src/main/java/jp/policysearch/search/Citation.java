package jp.policysearch.search;

import java.util.List;

/**
 * The Japanese 出典 line of a section, the same on its page, in exports and wherever else it is shown:
 * 『{document}』（{ministries}、{date or year}）{card}・{phase} {url}; a section outside a card names its title.
 */
public final class Citation {

    private Citation() {
    }

    public static String line(String docTitle, List<String> ministries, String date, int year, String card,
                              String phase, String title, String url) {
        StringBuilder out = new StringBuilder();
        out.append('『').append(docTitle).append('』').append('（');
        if (!ministries.isEmpty()) {
            out.append(String.join("・", ministries)).append('、');
        }
        out.append(japaneseDate(date, year)).append('）');
        if (card != null && !card.isBlank()) {
            out.append(card);
            if (phase != null && !phase.isBlank()) {
                out.append('・').append(phase);
            }
        } else {
            out.append(title);
        }
        return out.append(' ').append(url).toString();
    }

    /** {@code 2026-04-06} → 2026年4月6日, {@code 2025-03} → 2025年3月; no date → the year; neither → empty. */
    public static String japaneseDate(String date, int year) {
        if (date != null && date.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
            String[] parts = date.split("-");
            StringBuilder out = new StringBuilder(parts[0]).append('年').append(Integer.parseInt(parts[1])).append('月');
            if (parts.length == 3) {
                out.append(Integer.parseInt(parts[2])).append('日');
            }
            return out.toString();
        }
        return year > 0 ? year + "年" : "";
    }
}
