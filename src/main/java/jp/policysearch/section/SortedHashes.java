package jp.policysearch.section;

/**
 * Sorted arrays of text hashes (shingles, bigrams), on which near-copy detection ({@link SectionGrouper}) and the
 * comparison of versions ({@code compare.Segment}) measure similarity.
 */
public final class SortedHashes {

    private SortedHashes() {}

    /** How many elements two sorted arrays share, each element matched once (a multiset intersection). */
    public static int common(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }
}
