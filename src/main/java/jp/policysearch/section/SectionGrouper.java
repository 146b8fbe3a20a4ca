package jp.policysearch.section;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Last step of splitting: groups sections that are versions of one another across the corpus, so search can show
 * one hit per group. Same card and part in two documents (000 and 001 share four cards), a parser's own 再掲 link,
 * and near-identical text (Jaccard similarity of character 5-gram sets) share a {@code group_key}: the id of the
 * group's first section in corpus order. A near-identical later copy is marked {@code reprint}; a card's version in
 * another document is grouped but not marked, since the versions differ in their figures.
 */
public final class SectionGrouper {

    private static final int SHINGLE = 5;
    /** Shingle hashes kept per section to find near-identical candidates in the index. */
    public static final int SKETCH = 8;

    private final double threshold;
    private final int minChars;

    /**
     * @param threshold Jaccard similarity from which two sections count as near-identical, e.g. 0.85
     * @param minChars  sections with less normalised text than this are never near-identical (too little to tell)
     */
    public SectionGrouper(double threshold, int minChars) {
        this.threshold = threshold;
        this.minChars = minChars;
    }

    public SectionGrouper() {
        this(0.85, 200);
    }

    /** The sections, in the same order, with group_key and reprint set. */
    public List<Section> group(List<Section> sections) {
        int n = sections.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, Integer> byId = new HashMap<>();
        Map<String, Integer> byCardPart = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Section s = sections.get(i);
            byId.putIfAbsent(s.id(), i);
            if (s.cardKey() != null) {
                Integer first = byCardPart.putIfAbsent(s.cardKey() + "\u0000" + s.phase(), i);
                if (first != null) {
                    union(parent, first, i);
                }
            }
            if (s.groupKey() != null && !s.groupKey().equals(s.id()) && byId.containsKey(s.groupKey())) {
                union(parent, byId.get(s.groupKey()), i);
            }
        }
        boolean[] reprint = new boolean[n];
        int[][] shingles = new int[n][];
        for (int i = 0; i < n; i++) {
            shingles[i] = shingles(sections.get(i).text());
        }
        // prefix filtering: two sets with Jaccard >= t share one of the first |A| - ceil(t|A|) + 1 elements of each
        // in one global order; rarest shingles first, so boilerplate shared by many sections rarely makes a candidate
        Map<Integer, Integer> frequency = new HashMap<>();
        for (int[] set : shingles) {
            for (int h : set) {
                frequency.merge(h, 1, Integer::sum);
            }
        }
        Map<Integer, List<Integer>> index = new HashMap<>();
        for (int j = 0; j < n; j++) {
            int[] b = shingles[j];
            if (b.length < minChars - SHINGLE) {
                continue;
            }
            long[] keyed = new long[b.length];
            for (int k = 0; k < b.length; k++) {
                keyed[k] = ((long) frequency.get(b[k]) << 32) | (b[k] & 0xffffffffL);
            }
            Arrays.sort(keyed);
            int[] ordered = new int[b.length];
            for (int k = 0; k < b.length; k++) {
                ordered[k] = (int) keyed[k];
            }
            int prefix = b.length - (int) Math.ceil(threshold * b.length) + 1;
            java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>();
            for (int k = 0; k < prefix; k++) {
                List<Integer> holders = index.get(ordered[k]);
                if (holders != null) {
                    candidates.addAll(holders);
                }
            }
            for (int i : candidates) {
                int a = shingles[i].length;
                if (Math.min(a, b.length) < threshold * Math.max(a, b.length)
                        || sameCardPart(sections.get(i), sections.get(j))) {
                    // a card's versions in two documents are grouped above, but neither repeats the other
                    // (000 and 001 differ in their figures, docs/corpus.md, the same card in both files)
                    continue;
                }
                if (jaccard(shingles[i], b) >= threshold) {
                    union(parent, i, j);
                    reprint[j] = true;
                    break;
                }
            }
            for (int k = 0; k < prefix; k++) {
                index.computeIfAbsent(ordered[k], x -> new ArrayList<>()).add(j);
            }
        }
        List<Section> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Section s = sections.get(i);
            String groupKey = sections.get(find(parent, i)).id();
            out.add(new Section(
                    s.id(),
                    s.doc(),
                    s.title(),
                    s.breadcrumb(),
                    s.areas(),
                    s.card(),
                    s.cardKey(),
                    s.phase(),
                    s.ministries(),
                    s.year(),
                    s.date(),
                    s.text(),
                    s.passages(),
                    s.notes(),
                    s.source(),
                    s.order(),
                    groupKey,
                    s.reprint() || reprint[i],
                    s.mentioned(),
                    s.pages()));
        }
        return out;
    }

    /**
     * The {@link #SKETCH} smallest shingle hashes of a text long enough to be near-identical to another, else
     * none. Two texts with a Jaccard similarity of 0.85 share some of them all but surely: adding one document
     * looks up only the sections that share one, then compares their shingles exactly.
     */
    public int[] sketch(String text) {
        int[] set = shingles(text);
        if (set.length < minChars - SHINGLE) {
            return new int[0];
        }
        return Arrays.copyOf(set, Math.min(SKETCH, set.length)); // shingles() is sorted
    }

    private static boolean sameCardPart(Section a, Section b) {
        return a.cardKey() != null && a.cardKey().equals(b.cardKey()) && java.util.Objects.equals(a.phase(), b.phase());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins two sets so that the root is always the member earliest in corpus order. */
    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** Sorted distinct hashes of the 5-grams of the text's letters and digits (width-folded). */
    static int[] shingles(String text) {
        if (text == null) {
            return new int[0];
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        int count = Math.max(0, sb.length() - SHINGLE + 1);
        int[] hashes = new int[count];
        for (int i = 0; i < count; i++) {
            int h = 0;
            for (int k = 0; k < SHINGLE; k++) {
                h = 31 * h + sb.charAt(i + k);
            }
            hashes[i] = h;
        }
        Arrays.sort(hashes);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return Arrays.copyOf(hashes, distinct);
    }

    static double jaccard(int[] a, int[] b) {
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
        int union = a.length + b.length - common;
        return union == 0 ? 0 : (double) common / union;
    }
}
