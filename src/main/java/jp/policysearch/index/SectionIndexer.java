package jp.policysearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.TranslogDurability;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a new index from sections and moves the search alias to it in one atomic step. Any failure leaves the alias
 * where it was and deletes the half-built index; memory stays bounded because sections stream through a bulk
 * ingester with at most two requests in flight (two write threads on one shard) of 200 sections or 4 MB. The index
 * is built without replicas, refreshes and translog fsyncs, which it gets before the alias moves.
 */
public final class SectionIndexer {

    private static final Logger log = LoggerFactory.getLogger(SectionIndexer.class);
    /**
     * Sections per bulk request: the ingester holds the request being filled and the two in flight, sections and
     * JSON, so the size of a request is most of the indexer's live heap while it loads (docs/performance.md).
     */
    private static final int BATCH = 200;

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    /** What one successful build did. */
    public record Result(String index, String previousIndex, long sections, int documents, Duration took) {}

    private final ElasticsearchClient client;
    private final IndexDefinition definition;
    private final IndexAliases aliases;
    private final int shards;
    private final int replicas;
    private volatile boolean cancelled;

    public SectionIndexer(
            ElasticsearchClient client, IndexDefinition definition, String alias, int shards, int replicas) {
        this.client = client;
        this.definition = definition;
        this.aliases = new IndexAliases(client, alias);
        this.shards = shards;
        this.replicas = replicas;
    }

    /** The alias and its indices, e.g. to clean up after a benchmark. */
    public IndexAliases aliasesForCleanup() {
        return aliases;
    }

    /** Asks a running {@link #index} to stop; it cleans up and throws. Safe from a shutdown hook. */
    public void cancel() {
        cancelled = true;
    }

    /**
     * @param documents the index documents (each with an {@code id}), streamed
     * @param meta      recorded in the index's {@code _meta}; its section count is the number expected
     */
    public Result index(Iterator<IndexedSection> documents, IndexMeta meta, Progress progress) {
        Instant start = Instant.now();
        String name = aliases.alias() + "-" + STAMP.format(start);
        create(name, meta);
        try {
            long sent = load(name, documents, progress);
            if (cancelled) {
                throw new IndexingException("indexing was interrupted");
            }
            // built without replicas, refreshes and translog fsyncs (IndexDefinition); now the index gets them
            client.indices()
                    .putSettings(p -> p.index(name)
                            .settings(st -> st.refreshInterval(t -> t.time("1s"))
                                    .translog(t -> t.durability(TranslogDurability.Request))
                                    .numberOfReplicas(String.valueOf(replicas))));
            client.indices().refresh(r -> r.index(name));
            long stored = client.count(c -> c.index(name)).count();
            if (stored != sent || sent != meta.sectionCount()) {
                throw new IndexingException("the new index holds " + stored + " sections, but " + meta.sectionCount()
                        + " were parsed and " + sent + " sent (duplicate section ids?)");
            }
            markComplete(name, meta);
            String previous = aliases.moveTo(name);
            aliases.deleteAllBut(name, previous);
            return new Result(name, previous, stored, meta.documentCount(), Duration.between(start, Instant.now()));
        } catch (IndexingException e) {
            deleteQuietly(name);
            throw e;
        } catch (ElasticsearchException | IOException e) {
            deleteQuietly(name);
            throw new IndexingException("Elasticsearch failed while building " + name + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(name);
            throw e;
        }
    }

    /** Replaces the build mark: from now on the index is complete and never taken for an orphan. */
    private void markComplete(String name, IndexMeta meta) throws IOException {
        Map<String, JsonData> complete = new LinkedHashMap<>();
        meta.asMap().forEach((key, value) -> complete.put(key, JsonData.of(value)));
        complete.put(BuildMark.STATE, JsonData.of(BuildMark.COMPLETE));
        client.indices().putMapping(p -> p.index(name).meta(complete));
    }

    private void create(String name, IndexMeta meta) {
        String body = definition.body(shards, 0, meta, BuildMark.ofThisProcess().building());
        try {
            client.indices().create(c -> c.index(name).withJson(new StringReader(body)));
        } catch (ElasticsearchException e) {
            throw new IndexingException(
                    "Elasticsearch refused to create " + name + " from " + definition.file() + ": " + e.getMessage(),
                    e);
        } catch (IOException e) {
            throw new IndexingException("could not reach Elasticsearch to create " + name + ": " + e.getMessage(), e);
        }
    }

    private long load(String name, Iterator<IndexedSection> documents, Progress progress) {
        BulkFailures failures = new BulkFailures();
        long sent = 0;
        try (BulkIngester<String> ingester = BulkIngester.of(b -> b.client(client)
                .maxOperations(BATCH)
                .maxSize(4L * 1024 * 1024)
                .maxConcurrentRequests(2)
                .listener(failures))) {
            while (documents.hasNext() && !cancelled) {
                IndexedSection doc = documents.next();
                String id = doc.documentId();
                ingester.add(op -> op.index(i -> i.index(name).id(id).document(doc)), id);
                progress.update(++sent);
            }
        }
        if (failures.any()) {
            throw new IndexingException(failures.describe());
        }
        return sent;
    }

    private void deleteQuietly(String name) {
        try {
            client.indices().delete(d -> d.index(name).ignoreUnavailable(true));
            log.info("Deleted the unfinished index {}", name);
        } catch (Exception e) {
            log.warn("Could not delete the unfinished index {}: {}", name, e.getMessage());
        }
    }
}
