package jp.policysearch.section;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives every page of a deck a page label from the page numbers printed on some of them, so section ids follow the
 * document rather than processing order.
 *
 * <p>The rule: printed numbers are accepted in document order when they increase and stay plausible (no more than
 * two pages per page found, plus three). A page with an accepted number is {@code pNNN}. Pages between two accepted
 * numbers a and b count on from a ({@code a+1, a+2, …}); when there are more pages than numbers between a and b (a
 * continuation fragment), the surplus pages take the last free number with a suffix ({@code p014-2, p014-3}).
 * Pages before the first accepted number count back from it (the decks lack their cover pages); pages after the
 * last count on. Without any printed number, pages count from 1.
 */
final class PageNumbering {

    static final int SLACK = 8;

    private PageNumbering() {}

    /**
     * @param printed per page, the candidate printed numbers found on it (possibly empty), in preference order; a
     *                negative value is a weak candidate (a number line inside the page, 002:14418 `273`), accepted
     *                only within {@value #SLACK} of the number expected by counting on from the last accepted one
     * @return per page, its label
     */
    static List<String> labels(List<List<Integer>> printed) {
        int n = printed.size();
        List<int[]> anchors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int prevIdx = anchors.isEmpty() ? -1 : anchors.getLast()[0];
            int prevNum = anchors.isEmpty() ? 0 : anchors.getLast()[1];
            for (int found : printed.get(i)) {
                int candidate = Math.abs(found);
                int limit = anchors.isEmpty() ? 2 * i + 20 : prevNum + 2 * (i - prevIdx) + 3;
                boolean expected = !anchors.isEmpty() && Math.abs(candidate - (prevNum + i - prevIdx)) <= SLACK;
                if (candidate > prevNum && candidate <= limit && (found > 0 || expected)) {
                    anchors.add(new int[] {i, candidate});
                    break;
                }
            }
        }
        String[] labels = new String[n];
        if (anchors.isEmpty()) {
            for (int i = 0; i < n; i++) {
                labels[i] = label(i + 1, 0);
            }
            return List.of(labels);
        }
        int[] first = anchors.getFirst();
        if (first[0] <= first[1] - 1) {
            for (int i = 0; i < first[0]; i++) {
                labels[i] = label(first[1] - (first[0] - i), 0);
            }
        } else {
            fill(labels, -1, 0, first[0], first[1]);
        }
        for (int a = 0; a < anchors.size(); a++) {
            int[] cur = anchors.get(a);
            labels[cur[0]] = label(cur[1], 0);
            if (a + 1 < anchors.size()) {
                int[] next = anchors.get(a + 1);
                fill(labels, cur[0], cur[1], next[0], next[1]);
            } else {
                for (int i = cur[0] + 1; i < n; i++) {
                    labels[i] = label(cur[1] + (i - cur[0]), 0);
                }
            }
        }
        return List.of(labels);
    }

    private static void fill(String[] labels, int fromIdx, int fromNum, int toIdx, int toNum) {
        int slots = toNum - fromNum - 1;
        for (int k = 1; fromIdx + k < toIdx; k++) {
            if (k <= slots) {
                labels[fromIdx + k] = label(fromNum + k, 0);
            } else {
                labels[fromIdx + k] = label(slots > 0 ? toNum - 1 : fromNum, k - slots + 1);
            }
        }
    }

    private static String label(int page, int suffix) {
        String base = String.format("p%03d", page);
        return suffix == 0 ? base : base + "-" + suffix;
    }
}
