package jp.policysearch.web;

import static jp.policysearch.testsupport.Http.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import jp.policysearch.Config;
import jp.policysearch.es.Cluster;
import jp.policysearch.testsupport.Http;
import jp.policysearch.testsupport.NuHtmlChecker;
import jp.policysearch.testsupport.PagesFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

/**
 * Every kind of page, checked by third-party validators: the Nu Html Checker reports no error (it runs in a JVM of its
 * own, see {@link NuHtmlChecker}), and axe-core in Chromium no violation, at desktop and phone widths. Feeds and the
 * sitemap are well-formed XML.
 */
class PageValidityIT {

    /** How long axe may take on one page: generous, so only a hung browser ends a run. */
    private static final int AXE_SECONDS = 600;

    private static String base;
    private static Cluster downCluster;
    private static Javalin down;

    @BeforeAll
    static void start() {
        base = PagesFixture.baseUrl();
        Config config = Config.fromMap(Path.of("."), Map.of("ES_URL", "http://127.0.0.1:9", "PORT", "0"));
        downCluster = Cluster.open(config);
        down = WebServer.create(config, downCluster).start();
    }

    @AfterAll
    static void stop() {
        down.stop();
        downCluster.close();
    }

    /** Page kind → URL, with the status each must answer. */
    private static Map<String, Page> pages() {
        Map<String, Page> pages = new LinkedHashMap<>();
        pages.put("home", new Page(base + "/", 200));
        pages.put("search with facets", new Page(base + "/search?q=" + enc("量子"), 200));
        pages.put(
                "filtered search with chips",
                new Page(base + "/search?q=" + enc("量子") + "&area=" + enc("情報通信") + "&year=2026", 200));
        pages.put("expanded query", new Page(base + "/search?q=GX", 200));
        pages.put("zero hits", new Page(base + "/search?q=" + enc("該当なしの語ぴよぴよ"), 200));
        pages.put("second page", new Page(base + "/search?q=" + enc("量子") + "&page=2", 200));
        pages.put("past the last page", new Page(base + "/search?q=" + enc("量子") + "&page=999", 200));
        pages.put("section with marks", new Page(base + "/s/growth-roadmap-2026/c01/goal?q=AI", 200));
        pages.put("card with its phases", new Page(base + "/s/growth-roadmap-2026/c24", 200));
        pages.put("section with markup in the corpus", new Page(base + "/s/" + PagesFixture.MARKUP_ID, 200));
        pages.put("document contents", new Page(base + "/d/growth-roadmap-2026", 200));
        pages.put(
                "section comparison",
                new Page(base + "/s/growth-roadmap-2026/c05/goal/compare/digital-cyber-roadmap-2026/c06/goal", 200));
        pages.put(
                "document comparison",
                new Page(base + "/d/growth-roadmap-2026/compare/digital-cyber-roadmap-2026", 200));
        pages.put("404", new Page(base + "/s/no/such/section", 404));
        pages.put("400", new Page(base + "/search?q=" + enc("量子") + "&page=0", 400));
        pages.put("503", new Page("http://localhost:" + down.port() + "/search?q=AI", 503));
        return pages;
    }

    record Page(String url, int status) {}

    @Test
    void the_nu_html_checker_finds_no_error_on_any_page_kind() throws Exception {
        Path dir = Files.createTempDirectory("vnu-pages-");
        try {
            List<Path> files = new ArrayList<>();
            for (Map.Entry<String, Page> page : pages().entrySet()) {
                Http.Response r = Http.get(page.getValue().url());
                assertThat(r.status())
                        .as(page.getKey())
                        .isEqualTo(page.getValue().status());
                assertThat(r.header("Content-Type")).as(page.getKey()).startsWith("text/html");
                Path file = dir.resolve(page.getKey().replaceAll("[^a-z0-9]+", "-") + ".html");
                Files.writeString(file, r.body(), StandardCharsets.UTF_8);
                files.add(file);
            }
            List<NuHtmlChecker.Message> messages = NuHtmlChecker.check(files);
            messages.stream().filter(m -> !m.isError()).forEach(System.out::println);
            assertThat(messages.stream().filter(NuHtmlChecker.Message::isError).map(Object::toString))
                    .as("Nu Html Checker errors")
                    .isEmpty();
        } finally {
            BrowserIT.deleteQuietly(dir);
        }
    }

    @Test
    void axe_core_finds_no_violation_on_any_page_kind_in_chromium() throws IOException {
        Path profile = Files.createTempDirectory("axe-chromium-");
        WebDriver driver = BrowserIT.driver(true, profile, 1280);
        List<String> violations = new ArrayList<>();
        try {
            for (Map.Entry<String, Page> page : pages().entrySet()) {
                for (int width : new int[] {1280, 375}) {
                    driver.manage().window().setSize(new Dimension(width, 900));
                    driver.get(page.getValue().url());
                    // axe's own script limit is 30 s; a large page on a machine whose cores are all busy can need
                    // more, and running out is not a finding about the page
                    Results results = new AxeBuilder().setTimeout(AXE_SECONDS).analyze(driver);
                    assertThat(results.isErrored())
                            .as(page.getKey() + ": " + results.getErrorMessage())
                            .isFalse();
                    for (Rule rule : results.getViolations()) {
                        violations.add(page.getKey() + " at " + width + " px: " + rule.getId() + " (" + rule.getImpact()
                                + ", " + rule.getNodes().size() + "×): " + rule.getHelp());
                    }
                }
            }
        } finally {
            driver.quit();
            BrowserIT.deleteQuietly(profile);
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void feeds_and_the_sitemap_are_well_formed_xml() throws Exception {
        for (String url : List.of(
                base + "/search.atom?q=" + enc("量子"),
                base + "/search.atom?q=" + enc("該当なしの語ぴよぴよ"),
                base + "/sitemap.xml")) {
            Http.Response r = Http.get(url);
            assertThat(r.status()).as(url).isEqualTo(200);
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            assertThat(factory.newDocumentBuilder()
                            .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)))
                            .getDocumentElement())
                    .as(url)
                    .isNotNull();
        }
    }
}
