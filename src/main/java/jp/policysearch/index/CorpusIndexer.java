package jp.policysearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import jp.policysearch.BuildInfo;
import jp.policysearch.Config;
import jp.policysearch.compare.VersionChanges;
import jp.policysearch.corpus.CorpusLock;
import jp.policysearch.corpus.CorpusProblem;
import jp.policysearch.section.DocumentParsers;
import jp.policysearch.section.Section;
import jp.policysearch.section.SectionGrouper;
import jp.policysearch.section.SectionParser;
import jp.policysearch.section.SectionSpool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * corpus/ → sections → a new live index. Refuses a corpus with problems and a build that loses sections
 * ({@link BuildGuard}): a broken build never replaces a good index. Deletes what killed runs left, reports corpus
 * files the manifest does not list, and knows whether the live index still matches the corpus, mappings and
 * analysis on disk.
 */
public final class CorpusIndexer {

    private static final Logger log = LoggerFactory.getLogger(CorpusIndexer.class);

    private final ElasticsearchClient client;
    private final Config config;
    private final IndexAliases aliases;
    private volatile SectionIndexer running;

    public CorpusIndexer(ElasticsearchClient client, Config config) {
        this.client = client;
        this.config = config;
        this.aliases = new IndexAliases(client, config.indexAlias());
    }

    public IndexAliases aliases() {
        return aliases;
    }

    /** Parses the corpus and builds a new live index from it, unless it would lose sections ({@link BuildGuard}). */
    public SectionIndexer.Result index(Progress.Factory progress) {
        return index(progress, false);
    }

    /**
     * Parses the corpus and builds a new live index from it.
     *
     * @param force accept a build that loses documents or sections compared with the live index
     */
    public SectionIndexer.Result index(Progress.Factory progress, boolean force) {
        try (CorpusLock lock = CorpusLock.acquire(config.corpusDir())) {
            return indexLocked(progress, force);
        }
    }

    /** {@link #index} for a caller that holds the {@link CorpusLock} already. */
    SectionIndexer.Result indexLocked(Progress.Factory progress, boolean force) {
        deleteOrphans();
        try (SectionSpool spool = new SectionSpool()) {
            SectionIndexer.Result result = build(spool, progress, force);
            new FollowUps(config.corpusDir()).clear(); // every group key and version field was written afresh
            return result;
        }
    }

    /**
     * Streams the corpus: each document is parsed, its sections turned into index documents and parked in the
     * spool, keeping only their grouping and version keys; then the spool is bulk-loaded with the group keys, 再掲
     * marks and version fields that the whole corpus gives.
     */
    private SectionIndexer.Result build(SectionSpool spool, Progress.Factory progress, boolean force) {
        Path corpusDir = config.corpusDir();
        SectionGrouper.Groups groups = new SectionGrouper().start();
        VersionChanges.Collector versions = new VersionChanges().collector();
        Map<String, Long> counts = new TreeMap<>();
        FileHashes hashes = FileHashes.in(corpusDir);
        SectionParser.Streamed streamed =
                DocumentParsers.sectionParser(config.rulesDir()).stream(corpusDir, (info, sections) -> {
                    String generation = Generation.of(info, hashes.of(corpusDir.resolve(info.file())));
                    SectionDocuments documents = new SectionDocuments(List.of(info), id -> generation);
                    for (Section s : sections) {
                        groups.add(s);
                        versions.add(s);
                        spool.write(documents.toDocument(s));
                        counts.merge(s.doc(), 1L, Long::sum);
                    }
                });
        if (!streamed.problems().isEmpty()) {
            StringBuilder message = new StringBuilder(
                    "the corpus has " + streamed.problems().size() + " problem(s); the live index was left as it is:");
            for (CorpusProblem p : streamed.problems()) {
                message.append("\n  corpus/").append(p);
            }
            throw new IndexingException(message.toString());
        }
        UnlistedFiles.find(corpusDir, streamed.documents())
                .forEach(file -> log.warn(
                        "corpus/{} is not listed in corpus/manifest.json, so it is not indexed;"
                                + " add an entry or remove the file",
                        file));
        guard(counts, force);
        versions.compute(groups::root);
        IndexDefinition definition = IndexDefinition.load(config.mappingsDir());
        String corpusHash = ContentHash.of(corpusDir, hashes);
        hashes.save();
        IndexMeta meta = new IndexMeta(
                Instant.now().toString(),
                corpusHash,
                definition.hash(),
                BuildInfo.load().version(),
                spool.size(),
                streamed.documents().size(),
                AnalysisHash.of(AnalysisHash.pluginZip(config)));
        SectionIndexer indexer =
                new SectionIndexer(client, definition, config.indexAlias(), config.shards(), config.replicas());
        running = indexer;
        try {
            Iterator<IndexedSection> parked = spool.read(IndexedSection.class);
            Iterator<IndexedSection> grouped = new Iterator<>() {
                private int position;

                @Override
                public boolean hasNext() {
                    return parked.hasNext();
                }

                @Override
                public IndexedSection next() {
                    int i = position++;
                    return parked.next().grouped(groups.groupKey(i), groups.reprint(i), versions.change(i));
                }
            };
            return indexer.index(grouped, meta, progress.create(spool.size()));
        } finally {
            running = null;
        }
    }

    /** Refuses a build that loses a document or too many of its sections, unless forced. */
    private void guard(Map<String, Long> next, boolean force) {
        try {
            Optional<String> live = aliases.live();
            if (live.isEmpty()) {
                return;
            }
            List<BuildGuard.Loss> losses = new BuildGuard(BuildGuard.DEFAULT_MAX_LOSS)
                    .check(BuildGuard.counts(client, live.get()), next, Set.of());
            if (losses.isEmpty()) {
                return;
            }
            String message = BuildGuard.refusal(live.get(), losses, BuildGuard.DEFAULT_MAX_LOSS);
            if (!force) {
                throw new IndexingException(message);
            }
            log.warn("Accepted with --force: {}", message);
        } catch (IOException | ElasticsearchException e) {
            throw new IndexingException("could not compare the new build with the live index: " + e.getMessage(), e);
        }
    }

    /** Half-built indices of a killed run go first, so they never pile up (the live and previous ones stay). */
    private void deleteOrphans() {
        try {
            new OrphanIndices(client, aliases).delete();
        } catch (IOException | ElasticsearchException e) {
            throw new IndexingException(
                    "could not reach Elasticsearch to look for half-built indices: " + e.getMessage(), e);
        }
    }

    /** Stops an indexing run in progress (Ctrl-C); it deletes its half-built index. */
    public void cancel() {
        SectionIndexer indexer = running;
        if (indexer != null) {
            indexer.cancel();
        }
    }

    /** Why the live index must be rebuilt, or empty when it matches the corpus and mappings on disk. */
    public Optional<String> staleReason() throws IOException {
        Optional<String> live = aliases.live();
        if (live.isEmpty()) {
            return Optional.of("there is no index yet");
        }
        IndexMeta meta = meta(live.get());
        if (meta == null) {
            return Optional.of("the live index " + live.get() + " records no build information");
        }
        if (!meta.corpusHash().equals(ContentHash.of(config.corpusDir()))) {
            return Optional.of("corpus/ changed since " + live.get() + " was built");
        }
        if (!meta.mappingsHash()
                .equals(IndexDefinition.load(config.mappingsDir()).hash())) {
            return Optional.of("index-mappings/ changed since " + live.get() + " was built");
        }
        if (!meta.analysisHash().equals(AnalysisHash.of(AnalysisHash.pluginZip(config)))) {
            return Optional.of("the analysis plugin or its tables changed since " + live.get() + " was built");
        }
        return Optional.empty();
    }

    /** The {@code _meta} an index was built with, or null. */
    public IndexMeta meta(String index) throws IOException {
        Map<String, JsonData> recorded = IndexStatus.mappingMeta(client, index);
        if (recorded.isEmpty()) {
            return null;
        }
        Map<String, Object> meta = new HashMap<>();
        recorded.forEach((key, value) -> meta.put(key, value.toJson().toString()));
        return IndexMeta.fromMap(meta);
    }
}
