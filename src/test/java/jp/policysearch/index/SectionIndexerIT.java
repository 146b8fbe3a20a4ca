package jp.policysearch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import jp.policysearch.Config;
import jp.policysearch.Json;
import jp.policysearch.cli.SectionsCommand;
import jp.policysearch.es.Cluster;
import jp.policysearch.section.DocumentParsers;
import jp.policysearch.section.ParsedCorpus;
import jp.policysearch.testsupport.CorpusFolder;
import jp.policysearch.testsupport.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Full builds of the real corpus into a live alias. Every test builds the indices it needs under an alias of its own,
 * so each one runs alone, in any order.
 */
class SectionIndexerIT {

    private static final String ALIAS = "indexer-it";
    private static final List<String> ALIASES = new ArrayList<>();
    private static Config config;
    private static Cluster cluster;
    private static ElasticsearchClient client;

    @BeforeAll
    static void start() {
        config = TestCluster.config();
        cluster = TestCluster.cluster();
        client = cluster.indexingClient();
    }

    @AfterAll
    static void stop() throws Exception {
        for (String alias : ALIASES) {
            CorpusFolder.dropIndices(client, alias);
        }
        cluster.close();
    }

    /** An indexer of the real corpus into an alias only the calling test uses. */
    private static synchronized CorpusIndexer indexer(String test) {
        String alias = ALIAS + "-" + test;
        ALIASES.add(alias);
        return new CorpusIndexer(client, config.withIndexAlias(alias));
    }

    @Test
    void a_full_index_of_the_real_corpus_holds_exactly_the_sections_the_sections_command_prints() throws Exception {
        CorpusIndexer indexer = indexer("full");
        SectionIndexer.Result result = indexer.index(total -> Progress.silent());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new SectionsCommand()
                .run(
                        List.of(),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        config.corpusDir(),
                        config.rulesDir());
        assertThat(exit).isZero();
        Set<String> printed = new HashSet<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            printed.add(Json.mapper().readTree(line).path("id").asText());
        }
        assertThat(result.sections()).isEqualTo(printed.size());
        assertThat(result.documents()).isEqualTo(5);
        assertThat(indexedIds(result.index())).isEqualTo(printed);
        assertThat(indexer.aliases().live()).contains(result.index());

        IndexMeta meta = indexer.meta(result.index());
        assertThat(meta.sectionCount()).isEqualTo(printed.size());
        assertThat(meta.corpusHash()).isEqualTo(ContentHash.of(config.corpusDir()));
        assertThat(indexer.staleReason()).isEmpty();
    }

    @Test
    void reindexing_while_searching_gives_no_failed_and_no_empty_search() throws Exception {
        CorpusIndexer indexer = indexer("reindex");
        String before = indexer.index(total -> Progress.silent()).index();
        String alias = indexer.aliases().alias();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        List<String> failures = new ArrayList<>();
        Thread searcher = Thread.ofPlatform().start(() -> {
            while (running.get()) {
                try {
                    long hits = cluster.client()
                            .search(
                                    s -> s.index(alias)
                                            .size(0)
                                            .query(q -> q.matchPhrase(
                                                    m -> m.field("text.bg").query("半導体"))),
                                    Void.class)
                            .hits()
                            .total()
                            .value();
                    if (hits == 0) {
                        failures.add("empty result");
                    }
                    searches.incrementAndGet();
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(e.toString());
                    }
                }
            }
        });
        SectionIndexer.Result result;
        try {
            result = indexer.index(total -> Progress.silent());
        } finally {
            running.set(false);
            searcher.join();
        }
        assertThat(failures).isEmpty();
        assertThat(searches.get()).isGreaterThan(10);
        assertThat(result.previousIndex()).isEqualTo(before);
        assertThat(indexer.aliases().live()).contains(result.index());
        assertThat(indexer.aliases().family()).containsExactly(before, result.index());
    }

    @Test
    void a_section_elasticsearch_rejects_leaves_the_alias_and_old_index_untouched_and_is_named() throws Exception {
        CorpusIndexer indexer = indexer("rejected");
        String live = indexer.index(total -> Progress.silent()).index();
        List<String> familyBefore = indexer.aliases().family();
        ParsedCorpus parsed = DocumentParsers.sectionParser(config.corpusDir()).parse(config.corpusDir());
        SectionDocuments documents = new SectionDocuments(parsed.documents());
        List<IndexedSection> docs = new ArrayList<>();
        parsed.sections().forEach(s -> docs.add(documents.toDocument(s)));
        // a keyword longer than Lucene takes in one term (32766 bytes): the typed documents cannot carry a field
        // the strict mapping lacks, but Elasticsearch can still refuse one
        ObjectNode bad = Json.mapper().valueToTree(docs.get(42));
        bad.put("id", "growth-roadmap-2026/c99/bad");
        bad.put("card_key", "鍵".repeat(11_000));
        docs.add(Json.mapper().treeToValue(bad, IndexedSection.class));

        SectionIndexer sectionIndexer = new SectionIndexer(
                client,
                IndexDefinition.load(config.mappingsDir()),
                indexer.aliases().alias(),
                1,
                0);
        IndexMeta meta = new IndexMeta("now", "x", "y", "test", docs.size(), 5);
        Iterator<IndexedSection> it = docs.iterator();
        assertThatThrownBy(() -> sectionIndexer.index(it, meta, Progress.silent()))
                .isInstanceOf(IndexingException.class)
                .hasMessageContaining("growth-roadmap-2026/c99/bad")
                .hasMessageContaining("document_parsing_exception")
                .hasMessageContaining("[card_key]");

        assertThat(indexer.aliases().live()).contains(live);
        assertThat(indexer.aliases().family()).isEqualTo(familyBefore);
        assertThat(client.count(c -> c.index(indexer.aliases().alias())).count())
                .isEqualTo(parsed.sections().size());
    }

    @Test
    void rollback_moves_the_alias_back_to_the_previous_index() throws Exception {
        CorpusIndexer indexer = indexer("rollback");
        indexer.index(total -> Progress.silent());
        indexer.index(total -> Progress.silent());
        List<String> family = indexer.aliases().family();
        assertThat(family).hasSize(2);
        List<String> moved = indexer.aliases().rollback();
        assertThat(moved).containsExactly(family.get(1), family.get(0));
        assertThat(indexer.aliases().live()).contains(family.get(0));
        assertThatThrownBy(() -> indexer.aliases().rollback())
                .isInstanceOf(IndexingException.class)
                .hasMessageContaining("no previous index");
    }

    @Test
    void an_unreachable_cluster_fails_without_touching_anything() {
        Config nowhere = config.withCluster("http://127.0.0.1:9", 0);
        try (Cluster gone = Cluster.open(nowhere)) {
            CorpusIndexer failing = new CorpusIndexer(gone.indexingClient(), nowhere);
            assertThatThrownBy(() -> failing.index(total -> Progress.silent()))
                    .isInstanceOf(IndexingException.class)
                    .hasMessageContaining("could not reach Elasticsearch");
        }
    }

    private static Set<String> indexedIds(String index) throws Exception {
        Set<String> ids = new HashSet<>();
        var response = client.search(
                s -> s.index(index).size(10_000).source(src -> src.filter(f -> f.includes("id"))), ObjectNode.class);
        response.hits().hits().forEach(h -> ids.add(h.source().path("id").asText()));
        return ids;
    }
}
