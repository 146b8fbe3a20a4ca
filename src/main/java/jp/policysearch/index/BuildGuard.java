package jp.policysearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares a new build with the live index before the alias may move: a document that disappears, or loses more
 * than a set share of its sections (default 10 %), is refused, naming the document and both counts. It works on
 * per-document section counts only, so every writer of the live index uses it: the full build ({@link CorpusIndexer},
 * {@code index} and serve's automatic re-index) and incremental add/remove/replace, which pass the documents a
 * person removes on purpose as {@code intended} and the counts after their change as {@code next}.
 */
public final class BuildGuard {

    /** The share of a document's sections a build may lose without {@code --force}. */
    public static final double DEFAULT_MAX_LOSS = 0.10;

    private final double maxLoss;

    public BuildGuard(double maxLoss) {
        if (maxLoss < 0 || maxLoss > 1) {
            throw new IllegalArgumentException("max loss must be between 0 and 1, got " + maxLoss);
        }
        this.maxLoss = maxLoss;
    }

    /** One document the new build would lose, or lose too much of. */
    public record Loss(String doc, long live, long next) {
        @Override
        public String toString() {
            if (next == 0) {
                return "document '" + doc + "' would disappear (" + live + " sections in the live index, 0 in the new "
                        + "build)";
            }
            return "document '" + doc + "' would go from " + live + " sections in the live index to " + next + " ("
                    + Math.round(100.0 * (live - next) / live) + " % fewer)";
        }
    }

    /**
     * @param live     sections per document in the live index
     * @param next     sections per document in the build that would replace it
     * @param intended documents removed on purpose (by {@code remove}): not a loss
     * @return the losses past the limit, in document order; empty when the build may go live
     */
    public List<Loss> check(Map<String, Long> live, Map<String, Long> next, Set<String> intended) {
        List<Loss> losses = new ArrayList<>();
        for (Map.Entry<String, Long> e : new TreeMap<>(live).entrySet()) {
            if (intended.contains(e.getKey()) || e.getValue() == 0) {
                continue;
            }
            long after = next.getOrDefault(e.getKey(), 0L);
            if (after == 0 || (e.getValue() - after) > maxLoss * e.getValue()) {
                losses.add(new Loss(e.getKey(), e.getValue(), after));
            }
        }
        return losses;
    }

    /** The refusal message: every loss, that the alias stays, and how to accept anyway. */
    public static String refusal(String liveIndex, List<Loss> losses, double maxLoss) {
        StringBuilder message = new StringBuilder("the new build would lose sections compared with the live index "
                + liveIndex + " (more than " + Math.round(maxLoss * 100) + " % of a document, or a whole document):");
        losses.forEach(l -> message.append("\n  ").append(l));
        message.append("\nThe alias stays on ")
                .append(liveIndex)
                .append(". If this is intended, run the command again " + "with --force.");
        return message.toString();
    }

    /** Sections per document ({@code doc} field) in {@code index}. */
    public static Map<String, Long> counts(ElasticsearchClient client, String index) throws IOException {
        var response = client.search(
                s -> s.index(index)
                        .size(0)
                        .aggregations("docs", a -> a.terms(t -> t.field("doc").size(100_000))),
                Void.class);
        Map<String, Long> counts = new TreeMap<>();
        response.aggregations()
                .get("docs")
                .sterms()
                .buckets()
                .array()
                .forEach(b -> counts.put(b.key().stringValue(), b.docCount()));
        return counts;
    }
}
