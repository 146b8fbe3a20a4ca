package jp.policysearch.section;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Marks repeated slides: a slide titled （再掲） or one whose text nearly repeats an earlier slide (character 5-gram
 * Jaccard at least {@value #NEAR_COPY}) is a reprint, grouped with the slide it repeats.
 */
final class ReprintMarker {

    static final double NEAR_COPY = 0.6;
    // a marked reprint is grouped with the most similar slide when it shares at least this much
    private static final double MARKED_MATCH = 0.2;
    private static final int RARE = 8;

    private ReprintMarker() {}

    static List<Section> mark(List<Section> sections, Pattern marker) {
        List<Set<Integer>> shingles = new ArrayList<>();
        Map<Integer, List<Integer>> postings = new HashMap<>();
        List<Section> out = new ArrayList<>(sections.size());
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            Set<Integer> sh = shingles(s.text());
            shingles.add(sh);
            // candidates share rare shingles; common phrases (in many slides) are left out of the search only
            Map<Integer, Integer> common = new HashMap<>();
            for (int h : sh) {
                if ((h & 3) != 0) {
                    continue; // a quarter of the shingles (by hash) suffice to find candidates
                }
                List<Integer> posting = postings.computeIfAbsent(h, k -> new ArrayList<>());
                if (posting.size() <= RARE) {
                    for (int j : posting) {
                        common.merge(j, 1, Integer::sum);
                    }
                }
                posting.add(i);
            }
            int best = -1;
            double bestScore = 0;
            List<Integer> candidates = common.entrySet().stream()
                    .sorted((x, y) -> y.getValue() != x.getValue().intValue()
                            ? y.getValue() - x.getValue()
                            : x.getKey() - y.getKey())
                    .limit(3)
                    .map(Map.Entry::getKey)
                    .toList();
            for (int j : candidates) {
                Set<Integer> other = shingles.get(j);
                int inter = 0;
                for (int h : sh) {
                    if (other.contains(h)) {
                        inter++;
                    }
                }
                double score = inter / (double) (sh.size() + other.size() - inter);
                if (score > bestScore || (score == bestScore && j < best)) {
                    bestScore = score;
                    best = j;
                }
            }
            boolean marked = marker != null && marker.matcher(s.title()).find();
            boolean reprint = marked || bestScore >= NEAR_COPY;
            String group = s.id();
            if (best >= 0 && (bestScore >= NEAR_COPY || (marked && bestScore >= MARKED_MATCH))) {
                group = out.get(best).groupKey();
            }
            out.add(s.grouped(group, reprint));
        }
        return out;
    }

    private static Set<Integer> shingles(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        Set<Integer> out = new HashSet<>(b.length() * 2);
        for (int i = 0; i + 5 <= b.length(); i++) {
            int h = 0;
            for (int k = i; k < i + 5; k++) {
                h = 31 * h + b.charAt(k);
            }
            out.add(h * 0x9E3779B1);
        }
        return out;
    }
}
