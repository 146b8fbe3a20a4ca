package jp.policysearch.section;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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
        Groups groups = start();
        sections.forEach(groups::add);
        List<Section> out = new ArrayList<>(sections.size());
        for (int i = 0; i < sections.size(); i++) {
            out.add(sections.get(i).grouped(groups.groupKey(i), groups.reprint(i)));
        }
        return out;
    }

    /** Grouping that takes the sections one at a time in corpus order and keeps only small keys of each. */
    public Groups start() {
        return new Groups();
    }

    /**
     * The running state of a grouping: per section its id, union-find parent, card part and the number of its
     * distinct shingle set; shingles are kept once per distinct text (a hundred copies of a text cost one set).
     * Near-identical candidates come from a prefix filter over the distinct sets in a fixed order (hash order): two
     * sets with Jaccard >= t share one of the first |A| - ceil(t|A|) + 1 elements of each, so every pair that
     * qualifies is found whatever the order, and a section joins the earliest earlier section that qualifies.
     */
    public final class Groups {

        private final List<String> ids = new ArrayList<>();
        private final Map<String, Integer> byId = new HashMap<>();
        private final Map<String, Integer> cardPartIds = new HashMap<>();
        private final Map<String, Integer> byCardPart = new HashMap<>();
        private int[] parent = new int[1024];
        private int[] cardPart = new int[1024];
        private int[] setOf = new int[1024];
        private final BitSet reprint = new BitSet();
        private final Map<Shingles, Integer> setIds = new HashMap<>();
        private final List<int[]> sets = new ArrayList<>();
        private final List<List<Integer>> similar = new ArrayList<>();
        private final List<List<Integer>> members = new ArrayList<>();
        private final Map<Integer, List<Integer>> prefixIndex = new HashMap<>();

        private Groups() {}

        public int size() {
            return ids.size();
        }

        /** The next section in corpus order. */
        public void add(Section s) {
            int i = ids.size();
            if (i == parent.length) {
                parent = Arrays.copyOf(parent, 2 * i);
                cardPart = Arrays.copyOf(cardPart, 2 * i);
                setOf = Arrays.copyOf(setOf, 2 * i);
            }
            ids.add(s.id());
            parent[i] = i;
            byId.putIfAbsent(s.id(), i);
            cardPart[i] = -1;
            if (s.cardKey() != null) {
                String key = s.cardKey() + "\u0000" + s.phase();
                cardPart[i] = cardPartIds.computeIfAbsent(key, k -> cardPartIds.size());
                Integer first = byCardPart.putIfAbsent(key, i);
                if (first != null) {
                    union(parent, first, i);
                }
            }
            if (s.groupKey() != null && !s.groupKey().equals(s.id()) && byId.containsKey(s.groupKey())) {
                union(parent, byId.get(s.groupKey()), i);
            }
            if (s.reprint()) {
                reprint.set(i);
            }
            int[] b = shingles(s.text());
            setOf[i] = -1;
            if (b.length < minChars - SHINGLE) {
                return;
            }
            int d = setIds.computeIfAbsent(new Shingles(b), k -> newSet(k.hashes()));
            setOf[i] = d;
            int earliest = Integer.MAX_VALUE;
            for (int candidate : candidates(d)) {
                for (int m : members.get(candidate)) {
                    if (m >= earliest) {
                        break;
                    }
                    if (cardPart[m] < 0 || cardPart[m] != cardPart[i]) {
                        // a card's versions in two documents are grouped above, but neither repeats the other
                        // (000 and 001 differ in their figures, docs/corpus.md, the same card in both files)
                        earliest = m;
                        break;
                    }
                }
            }
            if (earliest != Integer.MAX_VALUE) {
                union(parent, earliest, i);
                reprint.set(i);
            }
            members.get(d).add(i);
        }

        /** The set itself and the distinct sets near-identical to it. */
        private List<Integer> candidates(int d) {
            List<Integer> out = new ArrayList<>(similar.get(d).size() + 1);
            out.add(d);
            out.addAll(similar.get(d));
            return out;
        }

        private int newSet(int[] b) {
            int d = sets.size();
            sets.add(b);
            members.add(new ArrayList<>(1));
            similar.add(new ArrayList<>(0));
            int prefix = b.length - (int) Math.ceil(threshold * b.length) + 1;
            TreeSet<Integer> found = new TreeSet<>();
            for (int k = 0; k < prefix; k++) {
                List<Integer> holders = prefixIndex.get(b[k]);
                if (holders != null) {
                    found.addAll(holders);
                }
            }
            for (int other : found) {
                int a = sets.get(other).length;
                if (Math.min(a, b.length) >= threshold * Math.max(a, b.length)
                        && jaccard(sets.get(other), b) >= threshold) {
                    similar.get(other).add(d);
                    similar.get(d).add(other);
                }
            }
            for (int k = 0; k < prefix; k++) {
                prefixIndex.computeIfAbsent(b[k], x -> new ArrayList<>(1)).add(d);
            }
            return d;
        }

        /** The group's key: the id of its first section in corpus order. */
        public String groupKey(int i) {
            return ids.get(root(i));
        }

        /** The position of the group's first section; equal for the sections of one group. */
        public int root(int i) {
            return find(parent, i);
        }

        public boolean reprint(int i) {
            return reprint.get(i);
        }
    }

    /** A sorted shingle set as a map key. */
    private record Shingles(int[] hashes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Shingles other && Arrays.equals(hashes, other.hashes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(hashes);
        }
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
        int common = SortedHashes.common(a, b);
        int union = a.length + b.length - common;
        return union == 0 ? 0 : (double) common / union;
    }
}
