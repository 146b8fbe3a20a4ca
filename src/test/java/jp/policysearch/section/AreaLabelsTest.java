package jp.policysearch.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The area report: the areas the rules give against a sample of sections from all five documents labelled by reading
 * them ({@code src/test/resources/area-labels.tsv}); prints precision and recall over (section, area) pairs.
 */
class AreaLabelsTest {

    // issue #11's targets over (section, area) pairs
    private static final double MIN_PRECISION = 0.95;
    private static final double MIN_RECALL = 0.90;

    @Test
    void areas_match_the_hand_labelled_sample() throws IOException {
        Map<String, Set<String>> labels = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/area-labels.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cols = line.split("\t");
                labels.put(cols[0], new HashSet<>(List.of(cols[1].split(" \\| "))));
            }
        }
        ParsedCorpus corpus = DocumentParsers.sectionParser(Path.of("corpus")).parse(Path.of("corpus"));
        Map<String, Set<String>> actual = new HashMap<>();
        corpus.sections().forEach(s -> actual.put(s.id(), new HashSet<>(s.areas())));
        assertThat(labels).hasSizeGreaterThanOrEqualTo(120);
        assertThat(actual.keySet()).containsAll(labels.keySet());
        assertThat(labels.keySet().stream()
                        .map(id -> id.substring(0, id.indexOf('/')))
                        .distinct())
                .hasSize(5);
        Map<String, Tally> perDocument = new TreeMap<>();
        Tally all = new Tally();
        List<String> wrong = new ArrayList<>();
        for (var e : labels.entrySet()) {
            Set<String> got = actual.get(e.getKey());
            Set<String> both = new HashSet<>(got);
            both.retainAll(e.getValue());
            String doc = e.getKey().substring(0, e.getKey().indexOf('/'));
            for (Tally t : List.of(all, perDocument.computeIfAbsent(doc, d -> new Tally()))) {
                t.add(both.size(), got.size(), e.getValue().size());
            }
            if (!got.equals(e.getValue())) {
                wrong.add(e.getKey() + " labelled " + e.getValue() + ", rules " + got);
            }
        }
        System.out.printf("[areas] %d sections, %d labels: %s%n", labels.size(), all.wanted, all);
        perDocument.forEach((doc, t) -> System.out.printf("[areas]   %-36s %s%n", doc, t));
        wrong.forEach(w -> System.out.println("[areas]   " + w));
        assertThat(all.precision()).isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(all.recall()).isGreaterThanOrEqualTo(MIN_RECALL);
    }

    private static final class Tally {
        int right;
        int given;
        int wanted;

        void add(int right, int given, int wanted) {
            this.right += right;
            this.given += given;
            this.wanted += wanted;
        }

        double precision() {
            return (double) right / given;
        }

        double recall() {
            return (double) right / wanted;
        }

        @Override
        public String toString() {
            return String.format(
                    "precision %.3f (%d/%d), recall %.3f (%d/%d)", precision(), right, given, recall(), right, wanted);
        }
    }
}
