package jp.policysearch.section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the lines that are page furniture rather than content, across the pages of a document: page numbers
 * ({@code 12}, {@code - 12 -}, {@code 12/40}, {@code p.12}) at the top or bottom of a page, and running headers and
 * footers (the same line at the top or bottom of at least a third of the pages, and of 3 or more; a short outermost
 * line may differ in its digits).
 * A text without page boundaries only loses its dashed page numbers ({@code －１２－}), which nothing else prints.
 */
final class PageNoise {

    /** Lines at each end of a page that may be furniture. */
    static final int EDGE_LINES = 3;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:[-－―‐–]\\s*)?(?:[pPＰｐ][.．]?\\s*)?[0-9０-９]{1,4}(?:\\s*[/／]\\s*[0-9０-９]{1,4})?(?:\\s*[-－―‐–])?$"
                    + "|^[（(]?[0-9０-９]{1,4}[)）]?$|^(?:ページ|頁)?\\s*[0-9０-９]{1,4}\\s*(?:ページ|頁)$");
    private static final Pattern DASHED = Pattern.compile("^[-－―‐–]\\s*[0-9０-９]{1,4}\\s*[-－―‐–]$");

    private PageNoise() {}

    /** One flag per line: true for furniture. */
    static boolean[] find(List<String> lines, List<Integer> pageStarts) {
        boolean[] noise = new boolean[lines.size()];
        if (pageStarts.size() < 2) {
            for (int i = 0; i < lines.size(); i++) {
                noise[i] = DASHED.matcher(lines.get(i).strip()).matches();
            }
            return noise;
        }
        List<List<Integer>> edges = new ArrayList<>();
        Map<String, Integer> pagesWith = new HashMap<>();
        Map<String, Integer> pagesWithExact = new HashMap<>();
        for (int p = 0; p < pageStarts.size(); p++) {
            int from = pageStarts.get(p) - 1;
            int to = p + 1 < pageStarts.size() ? pageStarts.get(p + 1) - 1 : lines.size();
            List<Integer> content = new ArrayList<>();
            for (int i = from; i < to; i++) {
                if (!lines.get(i).isBlank()) {
                    content.add(i);
                }
            }
            List<Integer> edge = new ArrayList<>();
            for (int k = 0; k < content.size(); k++) {
                if (k < EDGE_LINES || k >= content.size() - EDGE_LINES) {
                    edge.add(content.get(k));
                }
            }
            edges.add(edge);
            edge.stream().map(i -> shape(lines.get(i))).distinct().forEach(s -> pagesWith.merge(s, 1, Integer::sum));
            edge.stream()
                    .map(i -> lines.get(i).strip())
                    .distinct()
                    .forEach(s -> pagesWithExact.merge(s, 1, Integer::sum));
        }
        int pages = pageStarts.size();
        for (int p = 0; p < pages; p++) {
            List<Integer> edge = edges.get(p);
            for (int k = 0; k < edge.size(); k++) {
                int i = edge.get(k);
                String line = lines.get(i).strip();
                boolean outermost = k == 0 || k == edge.size() - 1;
                boolean number = PAGE_NUMBER.matcher(line).matches()
                        && (outermost || pagesWith.getOrDefault(shape(line), 0) * 3 >= pages);
                // the same line on a third of the pages; or, at a page's outer edge, a short line that differs
                // from page to page only in its digits (「資料1 3/20」)
                int exact = pagesWithExact.getOrDefault(line, 0);
                int shaped = pagesWith.getOrDefault(shape(line), 0);
                boolean running = pages >= 3
                        && ((exact >= 3 && exact * 3 >= pages)
                                || (outermost && line.length() <= 40 && shaped >= 3 && shaped * 3 >= pages));
                noise[i] = number || running;
            }
        }
        return noise;
    }

    /** The line with digits folded, so 「資料1 3/20」 and 「資料1 4/20」 are one running footer. */
    private static String shape(String line) {
        return line.strip().replaceAll("[0-9０-９]+", "#").replaceAll("[\\s　]+", " ");
    }
}
