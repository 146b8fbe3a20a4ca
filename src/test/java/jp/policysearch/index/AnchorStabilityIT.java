package jp.policysearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.policysearch.Config;
import jp.policysearch.es.Cluster;
import jp.policysearch.search.SectionReader;
import jp.policysearch.search.SectionView;
import jp.policysearch.search.SectionView.PassageView;
import jp.policysearch.testsupport.CorpusFolder;
import jp.policysearch.testsupport.TestCluster;
import jp.policysearch.web.Urls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Passage anchors survive a revision: the digital-cyber roadmap (001) is indexed, then revised (a passage inserted
 * into one section, one deleted from another, one edited in a third) and re-indexed; every anchor of a passage the
 * revision did not touch still resolves, through the section reader the pages use, to the same text.
 */
class AnchorStabilityIT {

    private static final String ALIAS = "anchors-it";
    private static final String FILE = "001_0dddb960a8ba646a.txt";
    private static final String DOC = "digital-cyber-roadmap-2026";
    private static final String INSERTED = "改訂で加えた本文：官民の連携をさらに進める。";

    @TempDir
    static Path temp;

    private static Path corpus;
    private static Config config;
    private static Cluster cluster;
    private static ElasticsearchClient client;

    @BeforeAll
    static void start() throws IOException {
        corpus = CorpusFolder.copy(temp.resolve("corpus"), name -> !name.startsWith("00") || name.equals(FILE));
        ObjectMapper json = new ObjectMapper();
        ObjectNode manifest =
                (ObjectNode) json.readTree(corpus.resolve("manifest.json").toFile());
        ArrayNode only = json.createArrayNode();
        manifest.path("documents").forEach(d -> {
            if (FILE.equals(d.path("file").asText())) {
                only.add(d);
            }
        });
        manifest.set("documents", only);
        json.writeValue(corpus.resolve("manifest.json").toFile(), manifest);
        config = TestCluster.config().withIndexAlias(ALIAS).withCorpusDir(corpus);
        cluster = TestCluster.cluster();
        client = cluster.indexingClient();
    }

    @AfterAll
    static void stop() throws IOException {
        CorpusFolder.dropIndices(client, ALIAS);
        cluster.close();
    }

    @Test
    void anchors_of_untouched_passages_resolve_to_the_same_text_after_a_revision() throws IOException {
        new CorpusIndexer(client, config).index(total -> Progress.silent());
        Map<String, SectionView> before = sections();
        assertThat(before).hasSizeGreaterThan(20);

        Path file = corpus.resolve(FILE);
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        SectionView inserted = before.get(DOC + "/c01/goal");
        SectionView deleted = before.get(DOC + "/c02/goal");
        SectionView edited = before.get(DOC + "/c03/path");
        // bottom-up, so that earlier line numbers stay valid
        String editedText = edit(lines, edited);
        String deletedText = delete(lines, deleted);
        insert(lines, inserted);
        Files.write(file, lines, StandardCharsets.UTF_8);
        new CorpusIndexer(client, config).index(total -> Progress.silent());
        Map<String, SectionView> after = sections();

        assertThat(after.keySet()).isEqualTo(before.keySet());
        int untouched = 0;
        int moved = 0;
        for (SectionView old : before.values()) {
            SectionReader reader = new SectionReader(client, ALIAS, Urls.LINKS);
            SectionView now = reader.section(old.id()).orElseThrow();
            Map<String, String> byAnchor = new LinkedHashMap<>();
            Map<String, String> byAlias = new LinkedHashMap<>();
            now.passages().forEach(p -> {
                byAnchor.put(p.anchor(), p.text());
                byAlias.put(p.alias(), p.text());
            });
            for (PassageView p : old.passages()) {
                if (p.text().equals(editedText) || p.text().equals(deletedText)) {
                    assertThat(byAnchor).as("the revised passage's old anchor").doesNotContainKey(p.anchor());
                    continue;
                }
                untouched++;
                assertThat(byAnchor.get(p.anchor()))
                        .as(old.id() + "#" + p.anchor())
                        .isEqualTo(p.text());
                if (!p.text().equals(byAlias.get(p.alias()))) {
                    moved++;
                }
            }
        }
        // the revision really moved passages: positional anchors would have pointed elsewhere
        assertThat(moved).isGreaterThanOrEqualTo(2);
        assertThat(untouched).isGreaterThan(100);
        assertThat(after.get(DOC + "/c01/goal").passages())
                .extracting(PassageView::text)
                .anySatisfy(t -> assertThat(t).endsWith(INSERTED));
        assertThat(after.get(DOC + "/c02/goal").passages())
                .extracting(PassageView::text)
                .doesNotContain(deletedText);
    }

    /** Every section of the document, as the section reader gives it. */
    private static Map<String, SectionView> sections() throws IOException {
        List<String> ids = new ArrayList<>();
        client.search(
                        s -> s.index(ALIAS)
                                .size(500)
                                .query(q -> q.term(t -> t.field("doc").value(DOC)))
                                .source(src -> src.filter(f -> f.includes("id"))),
                        JsonNode.class)
                .hits()
                .hits()
                .forEach(h -> ids.add(h.source().path("id").asText()));
        Map<String, SectionView> out = new LinkedHashMap<>();
        SectionReader reader = new SectionReader(client, ALIAS, Urls.LINKS);
        for (String id : ids) {
            out.put(id, reader.section(id).orElseThrow());
        }
        return out;
    }

    /** A new ① block before the section's first ① line. */
    private static void insert(List<String> lines, SectionView s) {
        int at = firstLine(lines, s, "①");
        lines.addAll(at, List.of("① 改訂で加えた論点", "", "- " + INSERTED, ""));
    }

    /** The section's second ① … block (from its heading to the next numbered heading) removed; its text returned. */
    private static String delete(List<String> lines, SectionView s) {
        int from = firstLine(lines, s, "②");
        int to = from + 1;
        while (to < s.source().lineEnd() && !lines.get(to).strip().matches("^[①-⑳(（].*")) {
            to++;
        }
        String text = passageAt(s, lines.get(from).strip());
        lines.subList(from, to).clear();
        return text;
    }

    /** One bullet line of the section's first ① block changed; the old passage text returned. */
    private static String edit(List<String> lines, SectionView s) {
        int heading = firstLine(lines, s, "①");
        String text = passageAt(s, lines.get(heading).strip());
        for (int i = heading + 1; i < s.source().lineEnd(); i++) {
            if (lines.get(i).startsWith("- ")) {
                lines.set(i, lines.get(i) + "（改訂）");
                return text;
            }
        }
        throw new AssertionError("no bullet under " + lines.get(heading));
    }

    /** 0-based index of the first line of the section that starts with {@code mark}. */
    private static int firstLine(List<String> lines, SectionView s, String mark) {
        for (int n = s.source().lineStart(); n <= s.source().lineEnd(); n++) {
            if (lines.get(n - 1).strip().startsWith(mark)) {
                return n - 1;
            }
        }
        throw new AssertionError("no line starting with " + mark + " in " + s.id());
    }

    private static String passageAt(SectionView s, String headingLine) {
        String label = headingLine.substring(1).strip();
        return s.passages().stream()
                .filter(p -> p.heading() != null && p.heading().contains(label))
                .findFirst()
                .map(PassageView::text)
                .orElseThrow(() -> new AssertionError("no passage headed " + headingLine + " in " + s.id()));
    }
}
