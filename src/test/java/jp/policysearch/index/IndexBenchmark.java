package jp.policysearch.index;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import jp.policysearch.BuildInfo;
import jp.policysearch.Config;
import jp.policysearch.Json;
import jp.policysearch.es.Cluster;
import jp.policysearch.es.LocalNode;
import jp.policysearch.es.NodeSettings;
import jp.policysearch.section.DocumentParsers;
import jp.policysearch.section.ParsedCorpus;
import jp.policysearch.section.Section;

/**
 * Benchmark (not a test): indexes the real corpus and a synthetic corpus 100 times its size (copies of the real
 * sections under new ids, generated on the fly), reporting sections/s, MB/s and the indexer's peak memory.
 * Run with {@code bin/policy-search bench index}. Uses its own local node (or ES_URL).
 */
public final class IndexBenchmark {

    public static void main(String[] args) throws Exception {
        int factor = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Config base = Config.fromEnvironment(Path.of(System.getProperty("policysearch.project.dir", ".")));
        LocalNode node = null;
        Config config = base.withIndexAlias("bench-index");
        if (base.usesLocalNode()) {
            NodeSettings settings = NodeSettings.from(base, BuildInfo.load())
                    .withBaseDir(base.projectDir().resolve("target/bench-node"))
                    .withHttpPort(base.esPort() + 7);
            node = LocalNode.start(settings);
            config = config.withCluster(null, node.url().getPort());
        }
        try (Cluster cluster = node == null ? Cluster.open(config) : Cluster.attach(node, config)) {
            long parseStart = System.nanoTime();
            ParsedCorpus parsed =
                    DocumentParsers.sectionParser(config.corpusDir()).parse(config.corpusDir());
            System.out.printf(
                    "parsed %d sections in %d ms%n",
                    parsed.sections().size(), (System.nanoTime() - parseStart) / 1_000_000);
            SectionDocuments documents = new SectionDocuments(parsed.documents());
            IndexDefinition definition = IndexDefinition.load(config.mappingsDir());
            SectionIndexer indexer =
                    new SectionIndexer(cluster.indexingClient(), definition, config.indexAlias(), 1, 0);

            // The first index on a fresh node also pays for loading the kuromoji dictionary and warming the node.
            run("real corpus (cold node)", indexer, documents, parsed.sections(), 1);
            run("real corpus (warm node)", indexer, documents, parsed.sections(), 1);
            run("synthetic corpus x" + factor, indexer, documents, parsed.sections(), factor);
            for (String index : indexer.aliasesForCleanup().family()) {
                cluster.indexingClient().indices().delete(d -> d.index(index));
            }
        } finally {
            if (node != null) {
                node.close();
            }
        }
    }

    private static void run(
            String label, SectionIndexer indexer, SectionDocuments documents, List<Section> sections, int copies) {
        System.gc();
        resetPeaks();
        long total = (long) sections.size() * copies;
        AtomicLong bytes = new AtomicLong();
        Iterator<IndexedSection> source = new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < total;
            }

            @Override
            public IndexedSection next() {
                long copy = next / sections.size();
                Section s = sections.get((int) (next % sections.size()));
                next++;
                IndexedSection doc = documents.toDocument(s);
                if (copy > 0) {
                    ObjectNode renamed = Json.mapper().valueToTree(doc);
                    renamed.put("id", s.id() + "-x" + copy);
                    doc = Json.mapper().convertValue(renamed, IndexedSection.class);
                }
                try {
                    bytes.addAndGet(Json.mapper().writeValueAsBytes(doc).length);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                return doc;
            }
        };
        IndexMeta meta = new IndexMeta(Instant.now().toString(), "bench", "bench", "bench", total, 5);
        long start = System.nanoTime();
        SectionIndexer.Result result = indexer.index(source, meta, Progress.silent());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "%-26s %,8d sections %7.1f MB in %6.2f s: %,9.0f sections/s %6.2f MB/s; "
                        + "peak heap %5.1f MB; process peak RSS %6.1f MB%n",
                label,
                result.sections(),
                bytes.get() / 1e6,
                seconds,
                result.sections() / seconds,
                bytes.get() / 1e6 / seconds,
                peakHeap() / 1e6,
                peakRss() / 1e6);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return -1;
    }
}
