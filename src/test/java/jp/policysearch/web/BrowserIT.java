package jp.policysearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import jp.policysearch.testsupport.PagesFixture;
import jp.policysearch.testsupport.TestCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The journalist's flow in headless Chromium (Debian's chromium and chromedriver), with JavaScript and without:
 * search → tick an area → counts and URL change → open a result → the page opens on the passage → the citation is
 * there; and search → 変更あり → a result's comparison with its other version. Screenshots go to
 * target/screenshots/.
 */
class BrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** How long a step may wait for the page to change: long, so only a hang fails, never a busy machine. */
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private static String base;

    @BeforeAll
    static void start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new AssertionError("browser tests need Debian's Chromium at " + CHROMIUM + " and its driver at "
                    + CHROMEDRIVER + "; install them with: apt-get install -y chromium chromium-driver");
        }
        base = PagesFixture.baseUrl();
    }

    @Test
    void search_filter_open_and_cite_with_javascript() throws IOException {
        flow(true);
    }

    @Test
    void search_filter_open_and_cite_without_javascript() throws IOException {
        flow(false);
    }

    private void flow(boolean javascript) throws IOException {
        String name = javascript ? "js" : "nojs";
        Path profile = Files.createTempDirectory("pages-chromium-");
        WebDriver driver = driver(javascript, profile);
        try {
            WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
            driver.get(base + "/");
            WebElement box = driver.findElement(By.id("q"));
            box.sendKeys("量子");
            box.submit();
            wait.until(d -> d.getCurrentUrl().contains("/search?q="));
            long before = total(driver);
            shot(driver, name + "-1-search");

            String area = "情報通信";
            WebElement checkbox = driver.findElement(By.cssSelector("input[name=area][value='" + area + "']"));
            long expected = Long.parseLong(
                    driver.findElement(By.cssSelector("label[for='" + checkbox.getAttribute("id") + "'] .count"))
                            .getText());
            assertThat(expected).isLessThan(before);
            assertThat(driver.findElement(By.id("apply-filters")).isDisplayed())
                    .as("apply button shown only without JS")
                    .isEqualTo(!javascript);
            checkbox.click();
            if (!javascript) {
                driver.findElement(By.id("apply-filters")).click();
            }
            wait.until(d ->
                    URLDecoder.decode(d.getCurrentUrl(), StandardCharsets.UTF_8).contains("area=" + area));
            assertThat(total(driver)).isEqualTo(expected);
            assertThat(driver.findElement(By.cssSelector("input[name=area][value='" + area + "']"))
                            .isSelected())
                    .isTrue();
            assertThat(driver.findElement(By.cssSelector(".chips .chip")).getText())
                    .contains("分野: " + area);
            shot(driver, name + "-2-filtered");

            WebElement first = driver.findElement(By.cssSelector(".card h2 a"));
            String href = first.getAttribute("href");
            assertThat(href).containsPattern("#h[0-9a-f]{6}(-[0-9]+)?$"); // passage anchors come from the text
            first.click();
            wait.until(d -> d.getCurrentUrl().contains("/s/"));
            String fragment = URI.create(driver.getCurrentUrl()).getFragment();
            assertThat(fragment).isEqualTo(href.substring(href.indexOf('#') + 1));
            WebElement passage = driver.findElement(By.id(fragment));
            assertThat(passage.getAttribute("class")).isEqualTo("passage");
            assertThat(passage.findElements(By.tagName("mark"))).isNotEmpty();
            if (javascript) {
                Object targetId = ((JavascriptExecutor) driver)
                        .executeScript("var t = document.querySelector(':target'); return t && t.id;");
                assertThat(targetId).isEqualTo(fragment);
            }
            String citation = driver.findElement(By.id("citation")).getText();
            assertThat(citation)
                    // the document's own title in 『』, or a title the project made up in ［］ marked 推定
                    .containsPattern("^出典：(『[^』]+』|［[^］]+］（推定）)")
                    .contains(driver.getCurrentUrl().replaceAll("[?#].*", ""));
            assertThat(driver.findElement(By.linkText("CSL-JSON")).getAttribute("href"))
                    .endsWith("/cite.json");
            assertThat(driver.findElement(By.linkText("BibTeX")).getAttribute("href"))
                    .endsWith("/cite.bib");
            shot(driver, name + "-3-section");

            driver.navigate().back();
            wait.until(d ->
                    URLDecoder.decode(d.getCurrentUrl(), StandardCharsets.UTF_8).contains("area=" + area));
            assertThat(total(driver)).isEqualTo(expected);
        } finally {
            driver.quit();
            deleteQuietly(profile);
        }
    }

    @Test
    void a_comparison_opens_from_a_search_result_with_javascript() throws IOException {
        compareFlow(true);
    }

    @Test
    void a_comparison_opens_from_a_search_result_without_javascript() throws IOException {
        compareFlow(false);
    }

    /**
     * search → filter 変更あり → a result with the badge 「数値の違い 7件」 → its other versions → 比較 → the
     * comparison lists 72兆円 → 70兆円 first, whose link goes to the changed line and on to the passage.
     */
    private void compareFlow(boolean javascript) throws IOException {
        String name = javascript ? "js" : "nojs";
        Path profile = Files.createTempDirectory("pages-chromium-");
        WebDriver driver = driver(javascript, profile);
        try {
            WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
            driver.get(base + "/search?q=" + URLEncoder.encode("自動運転 出荷額", StandardCharsets.UTF_8));
            driver.findElement(By.cssSelector("input[name=change][value='変更あり']"))
                    .click();
            if (!javascript) {
                driver.findElement(By.id("apply-filters")).click();
            }
            wait.until(d ->
                    URLDecoder.decode(d.getCurrentUrl(), StandardCharsets.UTF_8).contains("change=変更あり"));
            WebElement card = driver.findElements(By.cssSelector("li.card")).stream()
                    .filter(c ->
                            !c.findElements(By.cssSelector(".version-badge")).isEmpty()
                                    && c.findElement(By.cssSelector(".version-badge"))
                                            .getText()
                                            .equals("数値の違い 7件"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no result with 数値の違い 7件"));
            card.findElement(By.cssSelector("details.versions > summary")).click();
            WebElement compare = card.findElement(By.cssSelector("a.compare-link"));
            assertThat(compare.isDisplayed()).isTrue();
            shot(driver, name + "-compare-1-results");
            compare.click();
            wait.until(d -> d.getCurrentUrl().contains("/compare/"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("版の比較");
            List<WebElement> figures = driver.findElements(By.cssSelector("section.figures li > a:first-child"));
            assertThat(figures).hasSize(7);
            WebElement first = figures.get(0);
            assertThat(first.getText()).isIn("72兆円 → 70兆円", "70兆円 → 72兆円");
            shot(driver, name + "-compare-2-comparison");
            String row = first.getAttribute("href");
            first.click();
            wait.until(d -> d.getCurrentUrl().contains("#r"));
            WebElement line = driver.findElement(By.id(row.substring(row.indexOf('#') + 1)));
            assertThat(line.findElement(By.cssSelector(".kind")).getText()).isEqualTo("変更");
            assertThat(line.findElements(By.tagName("del"))).isNotEmpty();
            assertThat(line.findElements(By.tagName("ins"))).isNotEmpty();
            WebElement passage = driver.findElement(By.cssSelector("section.figures li a.passage-link"));
            String target = passage.getAttribute("href");
            passage.click();
            wait.until(d -> d.getCurrentUrl().equals(target));
            WebElement held = driver.findElement(By.id(target.substring(target.indexOf('#') + 1)));
            assertThat(held.getAttribute("class")).isEqualTo("passage");
            assertThat(held.getText()).containsPattern("約7[02]兆円");
        } finally {
            driver.quit();
            deleteQuietly(profile);
        }
    }

    /** Without JavaScript on a phone the 絞り込み disclosure is open, and still above the results. */
    @Test
    void without_javascript_the_filters_on_a_phone_are_open_and_above_the_results() throws IOException {
        Path profile = Files.createTempDirectory("pages-chromium-");
        WebDriver driver = driver(false, profile, 375);
        try {
            driver.get(base + "/search?q=" + URLEncoder.encode("量子", StandardCharsets.UTF_8));
            WebElement area = driver.findElement(By.cssSelector("input[name=area][value='情報通信']"));
            assertThat(area.isDisplayed()).isTrue();
            assertThat(area.getLocation().getY())
                    .isLessThan(driver.findElement(By.cssSelector(".card h2 a"))
                            .getLocation()
                            .getY());
            shot(driver, "filters-375-nojs");
        } finally {
            driver.quit();
            deleteQuietly(profile);
        }
    }

    /**
     * On a phone (375 px) the filters come before the results, folded into a 絞り込み disclosure that a tap opens;
     * on a desktop (1280 px) they sit beside the results, open, with no scroll box inside the sidebar.
     */
    @Test
    void filters_are_reachable_before_the_results_on_a_phone_and_not_in_a_scroll_box_on_a_desktop() throws IOException {
        Path profile = Files.createTempDirectory("pages-chromium-");
        WebDriver driver = driver(true, profile, 375);
        String search = base + "/search?q=" + URLEncoder.encode("量子", StandardCharsets.UTF_8);
        try {
            driver.get(search);
            WebElement summary = driver.findElement(By.cssSelector("details.filters > summary"));
            WebElement firstResult = driver.findElement(By.cssSelector(".card h2 a"));
            assertThat(summary.getText()).isEqualTo("絞り込み");
            assertThat(summary.getLocation().getY())
                    .as("the disclosure is above the first result")
                    .isLessThan(firstResult.getLocation().getY());
            WebElement area = driver.findElement(By.cssSelector("input[name=area][value='情報通信']"));
            assertThat(area.isDisplayed()).as("folded on a phone").isFalse();
            summary.click();
            assertThat(area.isDisplayed()).as("open after a tap").isTrue();
            assertThat(area.getLocation().getY())
                    .isLessThan(driver.findElement(By.cssSelector(".card h2 a"))
                            .getLocation()
                            .getY());
            shot(driver, "filters-375");

            driver.manage().window().setSize(new Dimension(1280, 1000));
            driver.get(search);
            List<WebElement> areas = driver.findElements(By.cssSelector("input[name=area]"));
            assertThat(areas).hasSizeGreaterThan(8);
            assertThat(areas).allMatch(WebElement::isDisplayed);
            Object scrollBoxes = ((JavascriptExecutor) driver)
                    .executeScript("return Array.from(document.querySelectorAll('aside.facets, aside.facets *'))"
                            + ".filter(function (e) {"
                            + " var o = getComputedStyle(e).overflowY;"
                            + " return (o === 'auto' || o === 'scroll') && e.scrollHeight > e.clientHeight;"
                            + " }).length;");
            assertThat(scrollBoxes).as("nested scroll boxes in the sidebar").isEqualTo(0L);
            WebElement aside = driver.findElement(By.cssSelector("aside.facets"));
            WebElement results = driver.findElement(By.cssSelector("main.results"));
            assertThat(aside.getLocation().getX())
                    .as("sidebar beside the results")
                    .isLessThan(results.getLocation().getX());
            shot(driver, "filters-1280");
        } finally {
            driver.quit();
            deleteQuietly(profile);
        }
    }

    private static long total(WebDriver driver) {
        return Long.parseLong(
                driver.findElement(By.cssSelector("#result-count .num")).getText());
    }

    private static WebDriver driver(boolean javascript, Path profile) {
        return driver(javascript, profile, 1280);
    }

    /** Headless Debian Chromium at {@code width} x 1000 px (also used by {@link PageValidityIT}). */
    static WebDriver driver(boolean javascript, Path profile, int width) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--window-size=1280,1000",
                "--lang=ja");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, 1000));
        return driver;
    }

    private static void shot(WebDriver driver, String name) throws IOException {
        Path dir = TestCluster.projectDir().resolve("target").resolve("screenshots");
        Files.createDirectories(dir);
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temp profile left behind is harmless
        }
    }
}
