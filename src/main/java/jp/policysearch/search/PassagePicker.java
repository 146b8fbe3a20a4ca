package jp.policysearch.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.policysearch.section.Passage;

/**
 * Chooses the passage a result links to: the one that holds the most of the query's terms. Ties go to the passage
 * whose terms are rarer in the section, then to the one holding them closest together, then to the passage of the
 * highest-scoring highlight fragment, then to the earlier passage. A term is held by a passage when the
 * passage contains one of the term's forms (the term, its dictionary and era variants), compared as the index compares
 * them (normalised, lower case, spaces ignored), or one of the strings the highlighter marked for that term (a phrase
 * typed as a sentence matches through its content words) where no passage holds the term as written.
 */
final class PassagePicker {

    private final PassageKeys keys;
    private final List<List<String>> terms = new ArrayList<>();

    /** @param expansions each positive query term with its variants, as {@link QueryBuilder#expansions} gives them */
    PassagePicker(PassageKeys keys, Map<String, List<String>> expansions) {
        this.keys = keys;
        expansions.forEach((term, variants) -> {
            List<String> forms = new ArrayList<>();
            forms.add(key(term));
            variants.forEach(v -> forms.add(key(v)));
            forms.removeIf(String::isEmpty);
            if (!forms.isEmpty()) {
                terms.add(forms);
            }
        });
    }

    /**
     * @param passages  the section's passages in document order (their anchor and text are read)
     * @param fragments highlight fragments with their marked matches, best score first
     * @return the chosen passage's anchor, or null when no passage holds any term or matches a fragment
     */
    String pick(List<Passage> passages, List<Snippet> fragments) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Passage p : passages) {
            if (p.anchor() != null && !p.anchor().isEmpty()) {
                texts.putIfAbsent(p.anchor(), keys.ofPassage(p.text() == null ? "" : p.text()));
            }
        }
        List<List<String>> forms = effectiveForms(fragments, texts.values());
        int[] holders = new int[forms.size()];
        texts.values().forEach(t -> {
            for (int i = 0; i < forms.size(); i++) {
                holders[i] += containsAny(t, forms.get(i)) ? 1 : 0;
            }
        });
        List<String> fragmentKeys = new ArrayList<>(); // compared with every passage: computed once
        fragments.forEach(f -> fragmentKeys.add(key(f.text())));
        List<Candidate> candidates = new ArrayList<>();
        texts.forEach(
                (anchor, text) -> candidates.add(candidate(anchor, text, forms, holders, texts.size(), fragmentKeys)));
        return candidates.stream()
                .filter(c -> c.held() > 0 || c.fragmentRank() < Integer.MAX_VALUE)
                .min(Comparator.comparingInt(Candidate::held)
                        .reversed()
                        .thenComparing(
                                Comparator.comparingDouble(Candidate::rarity).reversed())
                        .thenComparingInt(Candidate::span)
                        .thenComparingInt(Candidate::fragmentRank))
                .map(Candidate::anchor)
                .orElse(null);
    }

    /**
     * How well one passage holds the query: how many terms; how rare they are in the section (a term held by few
     * passages says more about which one answers, as idf does); how close together (the shortest stretch of text
     * that holds one occurrence of each); the rank of the best highlight fragment it holds.
     */
    record Candidate(String anchor, int held, double rarity, int span, int fragmentRank) {}

    private Candidate candidate(
            String anchor,
            String text,
            List<List<String>> forms,
            int[] holders,
            int passages,
            List<String> fragmentKeys) {
        List<int[]> hits = new ArrayList<>(); // start, end, term
        double rarity = 0;
        int held = 0;
        for (int i = 0; i < forms.size(); i++) {
            int before = hits.size();
            for (String form : forms.get(i)) {
                for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                    hits.add(new int[] {at, at + form.length(), i});
                }
            }
            if (hits.size() > before) {
                held++;
                rarity += Math.log(1.0 + (double) passages / holders[i]);
            }
        }
        return new Candidate(anchor, held, rarity, span(hits, held), fragmentRank(text, fragmentKeys));
    }

    /** The shortest stretch holding one occurrence of each of the {@code held} terms found (a sliding window). */
    private static int span(List<int[]> hits, int held) {
        hits.sort(Comparator.comparingInt(h -> h[0]));
        Map<Integer, Integer> inWindow = new HashMap<>();
        int best = Integer.MAX_VALUE;
        int left = 0;
        for (int[] right : hits) {
            inWindow.merge(right[2], 1, Integer::sum);
            while (inWindow.size() == held) {
                int[] first = hits.get(left);
                best = Math.min(best, right[1] - first[0]);
                if (inWindow.merge(first[2], -1, Integer::sum) == 0) {
                    inWindow.remove(first[2]);
                }
                left++;
            }
        }
        return best;
    }

    /** Each term's forms, plus the marks that stand for it where no passage holds it as written. */
    private List<List<String>> effectiveForms(List<Snippet> fragments, Collection<String> texts) {
        List<List<String>> marked = markedForms(fragments, texts);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            List<String> all = new ArrayList<>(terms.get(i));
            all.addAll(marked.get(i));
            out.add(all);
        }
        return out;
    }

    /**
     * For each term that no passage holds as written, the marked strings that are part of it (its content words, where
     * it matched loosely); none for a term some passage holds as written, so a mark of part of it ({@code 兆円} of
     * {@code 5兆円}) does not count.
     */
    private List<List<String>> markedForms(List<Snippet> fragments, Collection<String> texts) {
        List<String> marks = new ArrayList<>();
        for (Snippet fragment : fragments) {
            for (Snippet.Part part : fragment.parts()) {
                String mark = part.match() ? key(part.text()) : "";
                if (mark.codePointCount(0, mark.length()) > 1 && !marks.contains(mark)) {
                    marks.add(mark);
                }
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> forms : terms) {
            boolean written = texts.stream().anyMatch(t -> containsAny(t, forms));
            out.add(
                    written
                            ? List.of()
                            : marks.stream()
                                    .filter(mark -> forms.stream().anyMatch(f -> f.contains(mark)))
                                    .toList());
        }
        return out;
    }

    /**
     * The position of the best fragment this passage holds (fragments, in their compared form, may be cut at either
     * end), else MAX_VALUE.
     */
    private static int fragmentRank(String text, List<String> fragmentKeys) {
        for (int i = 0; i < fragmentKeys.size(); i++) {
            String f = fragmentKeys.get(i);
            if (!f.isEmpty() && text.contains(f)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static boolean containsAny(String text, List<String> forms) {
        return forms.stream().anyMatch(text::contains);
    }

    private String key(String text) {
        return keys.of(text);
    }
}
