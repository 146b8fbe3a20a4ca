package jp.policysearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.policysearch.Config;
import jp.policysearch.es.Cluster;
import jp.policysearch.index.CorpusUpdater;
import jp.policysearch.testsupport.CorpusFolder;
import jp.policysearch.testsupport.Http;
import jp.policysearch.testsupport.JapanesePdf;
import jp.policysearch.testsupport.TestCluster;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF made here with a Japanese font goes through {@code add} into an empty corpus; a search finds the section on
 * its fourth page, whose page cites p.4 (line, CSL-JSON, BibTeX, API) and links to the original PDF at that page,
 * which the server serves as it was added.
 */
class PdfOriginalIT {

    private static final String ALIAS = "pdf-original-it";
    private static final String DOC = "quantum-network-white-paper";
    private static final String TERM = "量子鍵配送網";

    @TempDir
    static Path temp;

    private static Path pdf;
    private static Cluster cluster;
    private static Javalin app;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        Path corpus = CorpusFolder.copy(temp.resolve("corpus"), name -> !name.startsWith("00")); // rules only
        Files.writeString(corpus.resolve("manifest.json"), "{\"documents\": []}\n");
        Config config = TestCluster.config().withIndexAlias(ALIAS).withCorpusDir(corpus);
        cluster = TestCluster.cluster();
        pdf = JapanesePdf.write(temp.resolve("white-paper.pdf"), pages(), false);
        new CorpusUpdater(cluster.indexingClient(), config)
                .add(new CorpusUpdater.Request(pdf, DOC, null, List.of(), null, null));
        app = WebServer.create(config, cluster).start();
        base = "http://localhost:" + app.port();
    }

    @AfterAll
    static void stop() throws IOException {
        app.stop();
        CorpusFolder.dropIndices(cluster.indexingClient(), ALIAS);
        cluster.close();
    }

    /** Cover, two chapters of filler, and the chapter with the term on the fourth page. */
    private static List<List<String>> pages() {
        List<List<String>> pages = new ArrayList<>();
        pages.add(List.of("令和７年版", "地域量子通信白書", "令和７年７月", "総務省"));
        String[] chapters = {"第1章 通信基盤の現状", "第2章 研究開発の動向", "第3章 量子暗号通信の実装"};
        for (int c = 0; c < chapters.length; c++) {
            List<String> page = new ArrayList<>(List.of("令和７年版 地域量子通信白書", chapters[c]));
            for (int i = 1; i <= 20; i++) {
                page.add(
                        c < 2
                                ? "地域の通信網の整備状況と、自治体の調達の実態を整理した記述の" + i + "行目である。"
                                : "自治体間を結ぶ" + TERM + "の試験運用と、その運用体制についての記述の" + i + "行目である。");
            }
            page.add("- " + (c + 2) + " -");
            pages.add(page);
        }
        return pages;
    }

    @Test
    void the_section_found_cites_its_page_and_links_to_the_original_pdf_at_that_page() throws Exception {
        JsonNode hits = Http.get(base + "/api/search?q=" + URLEncoder.encode(TERM, StandardCharsets.UTF_8))
                .json()
                .path("hits");
        assertThat(hits).isNotEmpty();
        JsonNode hit = hits.get(0);
        assertThat(hit.path("document").path("id").asText()).isEqualTo(DOC);
        String url = hit.path("url").asText();

        JsonNode api =
                Http.get(base + "/api" + url.replaceFirst("^/s/", "/sections/")).json();
        assertThat(api.path("page_first").asInt()).isEqualTo(4);
        assertThat(api.path("pdf_url").asText()).isEqualTo("/d/" + DOC + "/file.pdf#page=4");

        Http.Response page = Http.get(base + url);
        assertThat(page.status()).isEqualTo(200);
        Document html = Jsoup.parse(page.body());
        assertThat(html.select("a[href=/d/" + DOC + "/file.pdf#page=4]")).hasSize(1);
        assertThat(html.select("dd.pages").text()).isEqualTo("p.4");
        assertThat(html.select("#citation").text()).contains("、p.4 ");

        assertThat(Http.get(base + url + "/cite.json").body()).contains("\"page\" : \"4\"");
        assertThat(Http.get(base + url + "/cite.bib").body()).contains("pages = {4}");
    }

    @Test
    void the_original_pdf_is_served_as_added_and_other_documents_have_none() throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/d/" + DOC + "/file.pdf"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(r.body()).isEqualTo(Files.readAllBytes(pdf));
        assertThat(Http.get(base + "/d/no-such-document/file.pdf").status()).isEqualTo(404);
    }
}
