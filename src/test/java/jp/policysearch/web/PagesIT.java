package jp.policysearch.web;

import static jp.policysearch.testsupport.Http.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import jp.policysearch.testsupport.Http;
import jp.policysearch.testsupport.PagesFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML pages over HTTP, on the real corpus (plus one section whose text looks like markup). Structure is read
 * with jsoup; the raw text is searched only where the test is about what was sent byte for byte (escaping).
 */
class PagesIT {

    private static String base;

    @BeforeAll
    static void start() {
        base = PagesFixture.baseUrl();
    }

    private static Http.Response page(String pathAndQuery) {
        Http.Response r = Http.get(base + pathAndQuery);
        assertThat(r.header("Content-Security-Policy"))
                .as("CSP on " + pathAndQuery)
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(r.header("Content-Type")).startsWith("text/html");
        assertThat(r.body()).contains("<html lang=\"ja\">");
        assertThat(Jsoup.parse(r.body()).select("h1"))
                .as("one h1 on " + pathAndQuery)
                .hasSize(1);
        return r;
    }

    private static Document html(String body) {
        return Jsoup.parse(body);
    }

    /** The checkbox of a facet value in the sidebar. */
    private static Element checkbox(String html, String facet, String value) {
        Element box = html(html).select("input[type=checkbox][name=" + facet + "]").stream()
                .filter(e -> e.attr("value").equals(value))
                .findFirst()
                .orElse(null);
        assertThat(box).as(facet + "=" + value + " in the facet sidebar").isNotNull();
        return box;
    }

    /** The count shown next to a facet value's checkbox. */
    private static long facetCount(String html, String facet, String value) {
        Element box = checkbox(html, facet, value);
        Element count = box.ownerDocument().selectFirst("label[for=" + box.id() + "] .count");
        assertThat(count).as("count of " + facet + "=" + value).isNotNull();
        return Long.parseLong(count.text());
    }

    private static long total(String html) {
        Element num = html(html).selectFirst("#result-count .num");
        assertThat(num).as("result count").isNotNull();
        return Long.parseLong(num.text());
    }

    @Test
    void partial_matches_are_marked_with_the_term_they_lack() {
        Http.Response r = page("/search?q=" + enc("量子 ぬぴょろん"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(html(r.body()).select("li.card .partial-match").eachText())
                .hasSize(10)
                .containsOnly("一部一致: ぬぴょろん を含まない");
        assertThat(html(r.body()).select(".partial-matches").text()).contains("すべての語を含む節は見つかりませんでした。");
        Http.Response strict = page("/search?q=" + enc("量子"));
        assertThat(html(strict.body()).select(".partial-match")).isEmpty();
    }

    @Test
    void search_page_lists_results_and_the_same_facet_counts_as_the_api() {
        Http.Response r = page("/search?q=" + enc("量子"));
        JsonNode api = Http.get(base + "/api/search?q=" + enc("量子")).json();
        assertThat(r.status()).isEqualTo(200);
        assertThat(total(r.body())).isEqualTo(api.path("total").asLong()).isGreaterThan(10);
        assertThat(html(r.body()).select("ol.cards > li.card")).hasSize(10);
        for (JsonNode f : api.path("facets").path("area")) {
            assertThat(facetCount(r.body(), "area", f.path("value").asText()))
                    .as(f.path("value").asText())
                    .isEqualTo(f.path("count").asLong());
        }
        String first = api.path("hits").get(0).path("passage_url").asText();
        String anchor = first.substring(first.indexOf('#'));
        String id = api.path("hits").get(0).path("id").asText();
        assertThat(html(r.body()).select("li.card h2 a").first().attr("href"))
                .isEqualTo("/s/" + id + "?q=" + enc("量子") + anchor);
        assertThat(html(r.body()).select("p.snippet mark").eachText()).contains("量子");
        assertThat(html(r.body()).getElementById("apply-filters")).isNotNull();
    }

    @Test
    void ticking_an_area_in_the_url_narrows_the_results_keeps_other_areas_counted_and_shows_a_removable_chip() {
        String before = page("/search?q=" + enc("量子")).body();
        long all = total(before);
        long inArea = facetCount(before, "area", "情報通信");
        long otherArea = facetCount(before, "area", "AI・半導体");

        String after = page("/search?q=" + enc("量子") + "&area=" + enc("情報通信")).body();
        assertThat(total(after)).isEqualTo(inArea).isLessThan(all);
        assertThat(checkbox(after, "area", "情報通信").hasAttr("checked")).isTrue();
        assertThat(checkbox(after, "area", "AI・半導体").hasAttr("checked")).isFalse();
        assertThat(facetCount(after, "area", "AI・半導体"))
                .as("disjunctive: other areas keep their counts")
                .isEqualTo(otherArea);
        Element chip = html(after).selectFirst(".chips a.chip:not(.clear)");
        assertThat(chip.attr("href")).isEqualTo("/search?q=" + enc("量子"));
        assertThat(chip.text()).startsWith("分野: 情報通信");
    }

    @Test
    void expansion_and_interpretation_are_shown() {
        assertThat(page("/search?q=GX").body()).contains("GX → グリーントランスフォーメーション も検索");
    }

    @Test
    void a_slide_is_cited_with_its_page_and_a_title_the_project_gave_the_deck_is_not_printed_as_its_own() {
        String html = page("/s/semiconductor-digital-strategy-2023/p024").body();
        assertThat(html)
                .contains("出典：［半導体・デジタル産業戦略（改定）］（推定）（経済産業省（推定）、2023年6月（推定））")
                .contains("（p.24）、p.24 " + base + "/s/semiconductor-digital-strategy-2023/p024")
                .doesNotContain("『半導体・デジタル産業戦略（改定）』")
                .contains("表題（推定）：");
    }

    @Test
    void section_page_has_anchored_passages_breadcrumb_links_neighbours_and_the_citation() {
        Http.Response r = page("/s/growth-roadmap-2026/c01/goal?q=" + enc("AI"));
        assertThat(r.status()).isEqualTo(200);
        String html = r.body();
        Document doc = html(html);
        // anchors come from the passages' text; the positions older links used are aliases inside the passages
        assertThat(doc.select("section.passage").eachAttr("id")).allMatch(a -> a.matches("h[0-9a-f]{6}(-[0-9]+)?"));
        assertThat(doc.select("section.passage > span.alias").eachAttr("id")).startsWith("p1", "p2");
        assertThat(doc.getElementById("p2").parent().id())
                .isEqualTo(doc.select("section.passage").get(1).id());
        assertThat(doc.select("section.passage mark").eachText()).contains("AI");
        // issuer and year are inferred (the file prints neither): marked in the line, the reasons shown on the page
        assertThat(html)
                .contains("出典：『主要な製品・技術等の官民投資ロードマップ素案（先行検討分を除く）』（内閣官房（推定）、" + "2026年（推定））バーティカルAI（領域特化型AI）・目標 " + base
                        + "/s/growth-roadmap-2026/c01/goal");
        assertThat(html).contains("<dt>推定</dt>").contains("発行年（推定）：");
        assertThat(doc.select("nav.breadcrumb a").eachAttr("href")).contains("/d/growth-roadmap-2026");
        assertThat(doc.select("a.tag").eachAttr("href")).contains("/search?area=" + enc("AI・半導体"));
        assertThat(doc.selectFirst("a[rel=next]").attr("href")).isEqualTo("/s/growth-roadmap-2026/c01/path?q=AI");
        assertThat(doc.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo(base + "/s/growth-roadmap-2026/c01/goal");
        assertThat(doc.selectFirst("meta[name=description]").attr("content")).isNotBlank();
        assertThat(html).contains("000_3143894dff5fad24.txt").contains("109–145行");

        JsonNode csl =
                Http.get(base + "/s/growth-roadmap-2026/c01/goal/cite.json").json();
        assertThat(csl.get(0).path("container-title").asText()).isEqualTo("主要な製品・技術等の官民投資ロードマップ素案（先行検討分を除く）");
        assertThat(csl.get(0).path("URL").asText()).isEqualTo(base + "/s/growth-roadmap-2026/c01/goal");
        assertThat(csl.get(0).path("issued").path("date-parts").get(0).get(0).asInt())
                .isEqualTo(2026);
        Http.Response bib = Http.get(base + "/s/growth-roadmap-2026/c01/goal/cite.bib");
        assertThat(bib.header("Content-Type")).startsWith("application/x-bibtex");
        assertThat(bib.body())
                .startsWith("@misc{growth_roadmap_2026_c01_goal,")
                .contains("author = {{内閣官房}}")
                .contains("year = {2026}");
    }

    @Test
    void card_crumb_on_the_section_page_opens_the_card_page_with_all_its_phases() {
        Element crumb = html(page("/s/growth-roadmap-2026/c01/goal").body()).select("nav.breadcrumb a").stream()
                .filter(a -> a.text().startsWith("バーティカルAI"))
                .findFirst()
                .orElseThrow();
        assertThat(crumb.attr("href")).isEqualTo("/s/growth-roadmap-2026/c01");
        Http.Response r = page("/s/growth-roadmap-2026/c24");
        assertThat(r.status()).isEqualTo(200);
        Document card = html(r.body());
        assertThat(card.selectFirst("h1").text())
                .isEqualTo(card.select("nav.breadcrumb li").last().text());
        List<String> phaseLinks = card.select("section.phase p.more a").eachAttr("href");
        assertThat(phaseLinks)
                .hasSizeGreaterThanOrEqualTo(3)
                .allMatch(href -> href.startsWith("/s/growth-roadmap-2026/c24/"));
        for (String href : phaseLinks) {
            assertThat(page(href).status()).as(href).isEqualTo(200);
        }
        assertThat(card.select("section.phase h2").eachText()).contains("目標", "政策手段");
        assertThat(card.select("section.phase section.passage")).hasSizeGreaterThan(phaseLinks.size());
        assertThat(card.select("nav.breadcrumb a").eachAttr("href")).contains("/d/growth-roadmap-2026");
        assertThat(page("/s/growth-roadmap-2026/c99").status()).isEqualTo(404);
    }

    @Test
    void document_contents_number_cards_as_the_document_does() {
        Document doc = html(page("/d/growth-roadmap-2026").body());
        List<String> groups = doc.select("span.group-label").eachText();
        assertThat(groups)
                .contains("AI・半導体", "1. バーティカルAI（領域特化型AI）", "3. クラウド・データセンター")
                .noneMatch(g -> g.startsWith("2. クラウド"));
        assertThat(doc.selectFirst("a[href=/s/growth-roadmap-2026/c01/goal]").text())
                .isEqualTo("目標");
        assertThat(doc.select("dl.meta dd").eachText()).contains("ロードマップ");
    }

    @Test
    void atom_feed_of_a_search_is_well_formed_xml_with_one_entry_per_hit() throws Exception {
        Http.Response r = Http.get(base + "/search.atom?q=" + enc("量子") + "&sort=newest");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")
                        .getLength())
                .isEqualTo(10);
        assertThat(xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title")
                        .item(0)
                        .getTextContent())
                .isEqualTo("政策文書検索: 「量子」");
    }

    @Test
    void unknown_ids_and_paths_get_the_japanese_404_page_with_a_search_box() {
        for (String path : new String[] {"/s/no/such/section", "/d/no-such-doc", "/no-such-page"}) {
            Http.Response r = page(path);
            assertThat(r.status()).as(path).isEqualTo(404);
            Document doc = html(r.body());
            assertThat(doc.selectFirst("h1").text()).contains("ページが見つかりません");
            assertThat(doc.selectFirst("form.search.big").attr("action")).isEqualTo("/search");
        }
    }

    @Test
    void bad_parameters_get_a_japanese_400_page_and_the_api_keeps_answering_json() {
        Http.Response r = page("/search?q=" + enc("量子") + "&page=0");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("ページ番号（page）は1以上の整数で指定してください。");
        assertThat(html(r.body()).getElementById("error-q").val()).isEqualTo("量子");
        Http.Response api = Http.get(base + "/api/search?page=0");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.json().path("error").path("code").asText()).isEqualTo("invalid_page");
        assertThat(Http.get(base + "/api/sections/no/such")
                        .json()
                        .path("error")
                        .path("code")
                        .asText())
                .isEqualTo("not_found");
    }

    @Test
    void a_query_with_a_script_tag_is_escaped_everywhere_it_is_shown() {
        String q = "<script>alert(1)</script>";
        String html = page("/search?q=" + enc(q)).body();
        assertThat(html).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        String feed = Http.get(base + "/search.atom?q=" + enc(q)).body();
        assertThat(feed).doesNotContain("<script>alert(1)");
        String section = page("/s/growth-roadmap-2026/c01/goal?q=" + enc(q)).body();
        assertThat(section).doesNotContain("<script>alert(1)");
    }

    @Test
    void a_corpus_passage_with_markup_is_escaped_in_snippets_and_on_its_page() {
        String results = page("/search?q=" + enc(PagesFixture.MARKUP_WORD)).body();
        assertThat(results).contains("href=\"/s/" + PagesFixture.MARKUP_ID);
        assertThat(results)
                .doesNotContain("<script>alert(\"corpus\")")
                .doesNotContain("<b>太字</b>")
                .doesNotContain("<i>見出し</i>")
                .contains("&lt;script&gt;");

        String section = page("/s/" + PagesFixture.MARKUP_ID + "?q=" + enc(PagesFixture.MARKUP_WORD + " script"))
                .body();
        assertThat(section)
                .doesNotContain("<script>alert")
                .doesNotContain("<b>太字</b>")
                .doesNotContain("<img src=x")
                .doesNotContain("<h1>偽の見出し</h1>")
                .contains("&lt;<mark>script</mark>&gt;alert(&quot;corpus&quot;)&lt;/<mark>script</mark>&gt;"
                        + " &amp; &lt;b&gt;太字&lt;/b&gt;")
                .contains("<mark>" + PagesFixture.MARKUP_WORD + "</mark>")
                .contains("&lt;img src=x onerror=alert(2)&gt;");
        assertThat(Http.get(base + "/search.atom?q=" + enc(PagesFixture.MARKUP_WORD))
                        .body())
                .doesNotContain("<script>alert")
                .doesNotContain("<b>太字");
    }

    @Test
    void static_files_come_from_the_class_path() {
        Http.Response css = Http.get(base + "/static/app.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Content-Type")).startsWith("text/css");
        assertThat(Http.get(base + "/static/app.js").body()).contains("data-autosubmit");
    }
}
