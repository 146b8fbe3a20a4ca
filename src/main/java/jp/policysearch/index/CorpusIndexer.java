package jp.policysearch.index;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.GetMappingResponse;
import jp.policysearch.BuildInfo;
import jp.policysearch.Config;
import jp.policysearch.corpus.CorpusProblem;
import jp.policysearch.section.DocumentParsers;
import jp.policysearch.section.ParsedCorpus;

/**
 * corpus/ → sections → a new live index. Refuses a corpus with problems (a broken build never replaces a good
 * index) and knows whether the live index still matches the corpus and mappings on disk.
 */
public final class CorpusIndexer {

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

    /** Parses the corpus and builds a new live index from it. */
    public SectionIndexer.Result index(Progress.Factory progress) {
        ParsedCorpus parsed = DocumentParsers.sectionParser(config.corpusDir()).parse(config.corpusDir());
        if (!parsed.problems().isEmpty()) {
            StringBuilder message = new StringBuilder("the corpus has " + parsed.problems().size()
                    + " problem(s); the live index was left as it is:");
            for (CorpusProblem p : parsed.problems()) {
                message.append("\n  corpus/").append(p);
            }
            throw new IndexingException(message.toString());
        }
        IndexDefinition definition = IndexDefinition.load(config.mappingsDir());
        IndexMeta meta = new IndexMeta(Instant.now().toString(), ContentHash.of(config.corpusDir()), definition.hash(),
                BuildInfo.load().version(), parsed.sections().size(), parsed.documents().size());
        SectionIndexer indexer = new SectionIndexer(client, definition, config.indexAlias(), config.shards(),
                config.replicas());
        running = indexer;
        try {
            return indexer.index(new SectionDocuments(parsed.documents()).stream(parsed.sections().iterator()), meta,
                    progress.create(parsed.sections().size()));
        } finally {
            running = null;
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
        if (!meta.mappingsHash().equals(IndexDefinition.load(config.mappingsDir()).hash())) {
            return Optional.of("index-mappings/ changed since " + live.get() + " was built");
        }
        return Optional.empty();
    }

    /** The {@code _meta} an index was built with, or null. */
    public IndexMeta meta(String index) throws IOException {
        GetMappingResponse mapping = client.indices().getMapping(m -> m.index(index));
        var record = mapping.get(index);
        if (record == null || record.mappings().meta() == null || record.mappings().meta().isEmpty()) {
            return null;
        }
        Map<String, Object> meta = new java.util.HashMap<>();
        record.mappings().meta().forEach((key, value) -> meta.put(key, value.toJson().toString()));
        return IndexMeta.fromMap(meta);
    }
}
