package jp.policysearch.corpus;

import java.util.List;

/** Page lookups over a list of page starts (1-based line numbers, ascending), as {@link DocumentText} keeps them. */
public final class Pages {

    private Pages() {}

    /** The 1-based page that 1-based {@code line} is on, or 0 when {@code pageStarts} is empty. */
    public static int pageOf(List<Integer> pageStarts, int line) {
        int lo = 0;
        int hi = pageStarts.size() - 1;
        int page = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (pageStarts.get(mid) <= line) {
                page = mid + 1;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return page;
    }
}
