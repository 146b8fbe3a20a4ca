package jp.policysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.policysearch.testsupport.CorpusServer;
import jp.policysearch.testsupport.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The result's 「該当箇所を開く」 link on the real corpus: for each lookup of {@code passage-lookups.tsv} (query, the
 * section holding the answer, a string of the answering passage) the result for that section must link to a passage
 * holding the string. Prints the hit rate and the misses.
 */
class PassageLinkIT {

    private static final double MIN_HIT_RATE = 0.95;

    private static CorpusServer server;

    @BeforeAll
    static void start() {
        server = CorpusServer.start("passage-it");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    record Lookup(String query, String section, String answer) {}

    @Test
    void the_passage_link_lands_on_the_passage_that_answers_the_query() throws IOException {
        List<Lookup> lookups = lookups();
        assertThat(lookups).hasSizeGreaterThanOrEqualTo(30);
        List<String> misses = new ArrayList<>();
        for (Lookup l : lookups) {
            String landed = landedText(l);
            if (!landed.contains(l.answer())) {
                misses.add(l.query() + " → " + l.section() + ": landed on 「" + first(landed) + "」");
            }
        }
        double rate = 1.0 - (double) misses.size() / lookups.size();
        System.out.printf("[passage-link] %d lookups, hit rate %.3f%n", lookups.size(), rate);
        misses.forEach(m -> System.out.println("[passage-link]   miss: " + m));
        assertThat(rate).as(String.join("\n", misses)).isGreaterThanOrEqualTo(MIN_HIT_RATE);
    }

    /** The text of the passage the lookup's section result links to ("" when the section is not among the results). */
    private static String landedText(Lookup l) {
        JsonNode hits = get("/api/search?size=20&q=" + URLEncoder.encode(l.query(), StandardCharsets.UTF_8))
                .path("hits");
        for (JsonNode hit : hits) {
            if (hit.path("id").asText().equals(l.section())) {
                String url = hit.path("passage_url").asText();
                String anchor = url.contains("#") ? url.substring(url.indexOf('#') + 1) : "";
                for (JsonNode p : get("/api/sections/" + l.section()).path("passages")) {
                    if (p.path("anchor").asText().equals(anchor)) {
                        return p.path("text").asText();
                    }
                }
                return "";
            }
        }
        return "";
    }

    private static JsonNode get(String path) {
        Http.Response r = Http.get(server.base() + path);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
        return r.json();
    }

    private static String first(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static List<Lookup> lookups() throws IOException {
        List<Lookup> out = new ArrayList<>();
        for (String line :
                Files.readAllLines(Path.of("src/test/resources/passage-lookups.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cols = line.split("\t");
                out.add(new Lookup(cols[0], cols[1], cols[2]));
            }
        }
        return out;
    }
}
