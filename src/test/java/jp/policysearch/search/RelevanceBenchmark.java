package jp.policysearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.function.Function;
import jp.policysearch.Config;
import jp.policysearch.analysis.TextNormalizer;
import jp.policysearch.es.Cluster;
import jp.policysearch.index.CorpusIndexer;
import jp.policysearch.index.Progress;
import jp.policysearch.testsupport.TestCluster;
import jp.policysearch.web.Urls;

/**
 * Not a test: how well the service ranks the answers of a judged query set ({@code relevance/queries.tsv}), beside
 * two plain BM25 baselines on the same node and sections (kuromoji fields, all words required / any word). Prints
 * recall@10, MRR@10 and nDCG@10 per query group and set, and writes every query's answer rank to
 * {@code target/relevance-ranks.tsv}. Run: {@code bin/policy-search bench relevance [reuse]}; {@code reuse} keeps an
 * index built by an earlier run (for ranking changes; analysis or mapping changes need a fresh one); {@code show=N}
 * (a line of the query file, repeatable) prints the service's first hits for that query, the relevant ones starred;
 * {@code file=PATH} (relative to the project) runs another query file, such as the held-out {@code holdout.tsv}.
 */
public final class RelevanceBenchmark {

    private static final String ALIAS = "relevance";
    private static final int K = 10;
    /** The baselines search what a reader sees of a section: its title, headings and text. */
    private static final List<String> BASELINE_FIELDS = List.of("title", "breadcrumb", "text");

    private RelevanceBenchmark() {}

    record Judged(
            String group, String set, String q, Map<String, List<String>> filters, List<String> answers, int line) {}

    /** Ranks (1-based) of the relevant groups among the first K hits, and how many relevant groups exist. */
    record Outcome(List<Integer> ranks, int relevant) {
        double recall() {
            return relevant == 0 ? 0 : (double) ranks.size() / Math.min(relevant, K);
        }

        double reciprocalRank() {
            return ranks.isEmpty() ? 0 : 1.0 / ranks.get(0);
        }

        double ndcg() {
            double dcg = 0;
            for (int r : ranks) {
                dcg += 1 / log2(r + 1);
            }
            double ideal = 0;
            for (int i = 1; i <= Math.min(relevant, K); i++) {
                ideal += 1 / log2(i + 1);
            }
            return ideal == 0 ? 0 : dcg / ideal;
        }

        String first() {
            return ranks.isEmpty() ? "-" : String.valueOf(ranks.get(0));
        }

        private static double log2(double x) {
            return Math.log(x) / Math.log(2);
        }
    }

    public static void main(String[] args) throws Exception {
        Config config = TestCluster.config().withIndexAlias(ALIAS);
        String queriesFile = List.of(args).stream()
                .filter(a -> a.startsWith("file="))
                .map(a -> a.substring("file=".length()))
                .reduce((a, b) -> b)
                .orElse("src/test/resources/relevance/queries.tsv");
        Path file = config.projectDir().resolve(queriesFile);
        List<Judged> queries = read(file);
        try (Cluster cluster = TestCluster.cluster()) {
            CorpusIndexer indexer = new CorpusIndexer(cluster.indexingClient(), config);
            boolean reuse =
                    List.of(args).contains("reuse") && indexer.aliases().live().isPresent();
            if (reuse) {
                System.out.println("Reusing the index behind '" + ALIAS + "' on " + cluster.url());
            } else {
                System.out.println("Indexing the corpus into '" + ALIAS + "' on " + cluster.url() + " ...");
                indexer.index(t -> Progress.silent());
            }
            // long timeouts: this measures rankings, not latency, and the machine may be busy
            Set<Integer> show = new HashSet<>();
            for (String arg : args) {
                if (arg.startsWith("show=")) {
                    show.add(Integer.parseInt(arg.substring("show=".length())));
                }
            }
            run(config, cluster.indexingClient(), queries, file, show);
        }
        System.exit(0); // the shared test node's shutdown hook stops it
    }

    private static void run(
            Config config, ElasticsearchClient client, List<Judged> queries, Path file, Set<Integer> show)
            throws IOException {
        TextNormalizer normalizer = TextNormalizer.withDefaultVariants();
        SectionSearcher searcher = new SectionSearcher(
                client,
                ALIAS,
                new Synonyms(config.mappingsDir().resolve("dictionaries").resolve("synonyms.txt"), normalizer),
                normalizer,
                Urls.LINKS);
        Map<String, String> groupOf = new HashMap<>();
        Map<String, String> textOf = new HashMap<>();
        for (Hit<ObjectNode> hit : client.search(
                        s -> s.index(ALIAS)
                                .size(10_000)
                                .source(src ->
                                        src.filter(f -> f.includes("id", "group_key", "title", "breadcrumb", "text"))),
                        ObjectNode.class)
                .hits()
                .hits()) {
            JsonNode s = hit.source();
            String id = s.path("id").asText();
            groupOf.put(id, s.path("group_key").asText(id));
            StringBuilder all = new StringBuilder(s.path("title").asText());
            s.path("breadcrumb").forEach(b -> all.append(b.asText()));
            all.append(s.path("text").asText());
            textOf.put(id, compact(normalizer, all.toString()));
        }
        Map<String, Function<Judged, List<String>>> systems = new LinkedHashMap<>();
        Map<Judged, Long> strictOf = new HashMap<>();
        Map<Judged, List<SearchResult.SectionHit>> hitsOf = new HashMap<>();
        systems.put("service", j -> {
            SearchResult result = searcher.search(new SearchQuery(j.q(), j.filters(), Sort.RELEVANCE, 1, K));
            strictOf.put(j, result.total());
            hitsOf.put(j, result.hits());
            return result.hits().stream().map(SearchResult.SectionHit::id).toList();
        });
        systems.put("bm25-and", j -> baseline(client, j, Operator.And));
        systems.put("bm25-or", j -> baseline(client, j, Operator.Or));

        Map<String, Map<String, List<Outcome>>> byGroup = new TreeMap<>();
        Map<String, Map<String, List<Outcome>>> bySet = new TreeMap<>();
        List<String> rows = new ArrayList<>();
        rows.add("line\tgroup\tset\tquery\tfilters\trelevant\t" + String.join("\t", systems.keySet()) + "\tstrict");
        for (Judged j : queries) {
            Set<String> relevant = new HashSet<>();
            List<String> answers =
                    j.answers().stream().map(a -> compact(normalizer, a)).toList();
            textOf.forEach((id, text) -> {
                if (answers.stream().anyMatch(text::contains)) {
                    relevant.add(groupOf.get(id));
                }
            });
            if (relevant.isEmpty()) {
                throw new IllegalStateException(file + ":" + j.line() + ": no section contains the answer");
            }
            StringBuilder row = new StringBuilder(j.line() + "\t" + j.group() + "\t" + j.set() + "\t" + j.q() + "\t"
                    + j.filters() + "\t" + relevant.size());
            for (var system : systems.entrySet()) {
                List<Integer> ranks = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                List<String> ids = system.getValue().apply(j);
                for (int i = 0; i < ids.size() && i < K; i++) {
                    String group = groupOf.getOrDefault(ids.get(i), ids.get(i));
                    if (relevant.contains(group) && seen.add(group)) {
                        ranks.add(i + 1);
                    }
                }
                Outcome o = new Outcome(ranks, relevant.size());
                byGroup.computeIfAbsent(j.group(), g -> new LinkedHashMap<>())
                        .computeIfAbsent(system.getKey(), s -> new ArrayList<>())
                        .add(o);
                byGroup.computeIfAbsent("(all)", g -> new LinkedHashMap<>())
                        .computeIfAbsent(system.getKey(), s -> new ArrayList<>())
                        .add(o);
                bySet.computeIfAbsent(j.set(), g -> new LinkedHashMap<>())
                        .computeIfAbsent(system.getKey(), s -> new ArrayList<>())
                        .add(o);
                row.append('\t').append(o.first());
            }
            rows.add(row.append('\t').append(strictOf.get(j)).toString());
            if (show.contains(j.line())) {
                System.out.printf("%n%d: %s %s (%d strict)%n", j.line(), j.q(), j.filters(), strictOf.get(j));
                for (SearchResult.SectionHit h : hitsOf.get(j)) {
                    System.out.printf(
                            "  %s %-7s %8.1f %s %s %s%n",
                            relevant.contains(groupOf.getOrDefault(h.id(), h.id())) ? "*" : " ",
                            h.match(),
                            h.score() == null ? 0 : h.score(),
                            h.id(),
                            h.title(),
                            h.missingTerms());
                }
            }
        }
        Path out = Path.of("target/relevance-ranks.tsv");
        Files.createDirectories(out.getParent());
        Files.write(out, rows, StandardCharsets.UTF_8);
        System.out.printf(
                "%n%d judged queries from %s; ranks of every query in %s%n", queries.size(), file.getFileName(), out);
        print("group", byGroup);
        print("set", bySet);
    }

    private static void print(String label, Map<String, Map<String, List<Outcome>>> table) {
        System.out.printf("%n%-14s %4s  %-9s %9s %7s %8s%n", label, "n", "system", "recall@10", "MRR@10", "nDCG@10");
        table.forEach((name, systems) -> systems.forEach((system, outcomes) -> System.out.printf(
                "%-14s %4d  %-9s %9.3f %7.3f %8.3f%n",
                name,
                outcomes.size(),
                system,
                outcomes.stream().mapToDouble(Outcome::recall).average().orElse(0),
                outcomes.stream().mapToDouble(Outcome::reciprocalRank).average().orElse(0),
                outcomes.stream().mapToDouble(Outcome::ndcg).average().orElse(0))));
    }

    /** BM25 over the kuromoji-analysed fields, the same facet filters, versions grouped as the service groups them. */
    private static List<String> baseline(ElasticsearchClient client, Judged j, Operator operator) {
        SearchQuery query = new SearchQuery(j.q(), j.filters(), Sort.RELEVANCE, 1, K);
        FacetFilters filters = new FacetFilters(query);
        try {
            return client
                    .search(
                            s -> s.index(ALIAS)
                                    .size(K)
                                    .query(q -> q.bool(b -> b.must(m -> m.multiMatch(mm -> mm.query(j.q())
                                                    .fields(BASELINE_FIELDS)
                                                    .type(TextQueryType.CrossFields)
                                                    .operator(operator)))
                                            .filter(filters.all())))
                                    .collapse(c -> c.field("group_key"))
                                    .source(src -> src.filter(f -> f.includes("id"))),
                            ObjectNode.class)
                    .hits()
                    .hits()
                    .stream()
                    .map(h -> h.source().path("id").asText())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Normalised like the index, without white space: PDF text breaks lines and spaces words at random. */
    private static String compact(TextNormalizer normalizer, String text) {
        return normalizer.normalize(text).replaceAll("\\s+", "");
    }

    static List<Judged> read(Path file) throws IOException {
        List<Judged> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 5) {
                throw new IllegalArgumentException(
                        file + ":" + (i + 1) + ": expected 5 tab-separated columns, got " + cols.length);
            }
            Map<String, List<String>> filters = new LinkedHashMap<>();
            if (!cols[3].equals("-")) {
                for (String pair : cols[3].split("&")) {
                    String[] kv = pair.split("=", 2);
                    if (kv.length != 2) {
                        throw new IllegalArgumentException(
                                file + ":" + (i + 1) + ": filter '" + pair + "' is not facet=value");
                    }
                    filters.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv[1]);
                }
            }
            out.add(new Judged(cols[0], cols[1], cols[2], filters, List.of(cols[4].split(" \\|\\| ")), i + 1));
        }
        return out;
    }
}
