package jp.policysearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.policysearch.analysis.TextNormalizer;
import jp.policysearch.search.DocumentView;
import jp.policysearch.search.Facet;
import jp.policysearch.search.SearchQuery;
import jp.policysearch.search.SearchResult.DocumentRef;
import jp.policysearch.search.SectionView;
import jp.policysearch.search.Sort;
import org.junit.jupiter.api.Test;

class PageModelsTest {

    private final TermMarker marker = new TermMarker(TextNormalizer.withDefaultVariants());

    @Test
    void a_group_that_comes_back_in_the_contents_is_listed_again_without_a_second_fragment_id() {
        List<DocumentView.Entry> sections = List.of(
                entry("s1", List.of("文書", "第1章", "一")),
                entry("s2", List.of("文書", "第2章", "二")),
                entry("s3", List.of("文書", "第1章", "三")));
        DocumentView doc = new DocumentView(
                "d", "/d/d", "文書", 2026, "2026-01-01", List.of(), "report", Map.of(), sections.size(), sections);
        List<DocumentPage.TocNode> toc =
                new DocumentPageBuilder().build(doc, List.of()).toc();
        assertThat(toc).extracting(DocumentPage.TocNode::label).containsExactly("第1章", "第2章", "第1章");
        assertThat(toc.get(0).anchor()).isEqualTo(DocumentPageBuilder.groupId(List.of("第1章")));
        assertThat(toc.get(1).anchor()).isEqualTo(DocumentPageBuilder.groupId(List.of("第2章")));
        assertThat(toc.get(2).anchor()).isNull();
        assertThat(toc.get(2).children()).extracting(DocumentPage.TocNode::url).containsExactly("/s/d/s3");
    }

    private static DocumentView.Entry entry(String id, List<String> breadcrumb) {
        return new DocumentView.Entry(id, "/s/d/" + id, breadcrumb.getLast(), breadcrumb, List.of(), "", "", 0);
    }

    @Test
    void the_year_facet_is_the_issue_year_and_marks_inferred_years() {
        assertThat(Labels.facet(Facet.YEAR)).isEqualTo("発行年");
        Map<String, String> marks = Map.of("2026", "一部推定", "2023", "推定");
        assertThat(SearchPageBuilder.label(Facet.YEAR, "2026", Map.of(), marks)).isEqualTo("2026年（一部推定）");
        assertThat(SearchPageBuilder.label(Facet.YEAR, "2023", Map.of(), marks)).isEqualTo("2023年（推定）");
        assertThat(SearchPageBuilder.label(Facet.YEAR, "2025", Map.of(), marks)).isEqualTo("2025年");
    }

    @Test
    void marker_escapes_all_text_and_marks_full_width_matches_of_a_half_width_term() {
        assertThat(marker.mark("<b>ＡＩ</b> & ai", List.of("AI")).html())
                .isEqualTo("&lt;b&gt;<mark>ＡＩ</mark>&lt;/b&gt; &amp; <mark>ai</mark>");
    }

    @Test
    void marker_prefers_the_longer_term_and_never_nests_marks() {
        assertThat(marker.mark("量子暗号と量子", List.of("量子", "量子暗号")).html()).isEqualTo("<mark>量子暗号</mark>と<mark>量子</mark>");
        assertThat(marker.mark("<script>", List.of()).html()).isEqualTo("&lt;script&gt;");
    }

    @Test
    void facet_links_toggle_one_value_keep_the_rest_and_go_back_to_page_one() {
        SearchQuery query = new SearchQuery("量子 暗号", Map.of("area", List.of("情報通信")), Sort.NEWEST, 3, 10);
        SearchLinks links = new SearchLinks(query);
        assertThat(links.toggle(Facet.YEAR, "2025"))
                .isEqualTo("/search?q=%E9%87%8F%E5%AD%90+%E6%9A%97%E5%8F%B7&area=%E6%83%85%E5%A0%B1%E9%80%9A%E4%BF%A1"
                        + "&year=2025&sort=newest");
        assertThat(links.toggle(Facet.AREA, "情報通信"))
                .isEqualTo("/search?q=%E9%87%8F%E5%AD%90+%E6%9A%97%E5%8F%B7&sort=newest");
        assertThat(links.page(4)).endsWith("&sort=newest&page=4");
    }

    @Test
    void citation_line_and_bibtex_follow_the_document_and_escape_bibtex_specials() {
        DocumentRef doc = new DocumentRef("d", "文書_100%", 2026, "2026-04-06", List.of("デジタル庁", "経済産業省"));
        SectionView s = new SectionView(
                "d/c01/goal",
                "/s/d/c01/goal",
                "カード ― 目標",
                List.of(),
                doc,
                List.of(),
                List.of("デジタル庁", "経済産業省"),
                2026,
                "カード",
                "目標",
                "",
                List.of(),
                List.of(),
                new SectionView.SourceView("001.txt", 12, 43),
                null,
                null,
                List.of());
        CitationFormatter cite = new CitationFormatter(LocalDate.of(2026, 5, 1));
        assertThat(cite.line(s, "https://x/s/d/c01/goal"))
                .isEqualTo("『文書_100%』（デジタル庁・経済産業省、2026年4月6日）カード・目標 https://x/s/d/c01/goal");
        assertThat(cite.bibtex(s, "https://x/s/d/c01/goal"))
                .contains("howpublished = {『文書\\_100\\%』}")
                .contains("author = {{デジタル庁} and {経済産業省}}")
                .contains("month = {4}")
                .contains("urldate = {2026-05-01}")
                .endsWith("}\n");
    }

    @Test
    void inferred_title_issuer_and_year_are_marked_in_the_citation_and_its_notes() {
        DocumentRef doc = new DocumentRef(
                "semiconductor-digital-strategy-2023",
                "半導体・デジタル産業戦略（改定）",
                2023,
                "2023-06",
                List.of("経済産業省"),
                Map.of("title", "表紙がなく、本文から推定", "issuers", "「経済産業省作成」から推定", "date", "公表時期による"));
        SectionView s = new SectionView(
                "semiconductor-digital-strategy-2023/p024",
                "/s/x",
                "スライドの題",
                List.of(),
                doc,
                List.of(),
                List.of("経済産業省"),
                2023,
                null,
                null,
                "本文",
                List.of(),
                List.of(),
                new SectionView.SourceView("002.txt", 1330, 1337),
                null,
                null,
                List.of());
        CitationFormatter cite = new CitationFormatter(LocalDate.of(2026, 5, 1));
        String line = cite.line(s, "https://x/s/x");
        assertThat(line).isEqualTo("［半導体・デジタル産業戦略（改定）］（推定）（経済産業省（推定）、2023年6月（推定））" + "スライドの題 https://x/s/x");
        assertThat(line).doesNotContain("『");
        assertThat(cite.bibtex(s, "https://x/s/x"))
                .contains("howpublished = {［半導体・デジタル産業戦略（改定）］（推定）}")
                .contains("表題（表紙がなく、本文から推定）");
        assertThat(cite.cslJson(s, "https://x/s/x"))
                .contains("推定：")
                .contains("表題（表紙がなく、本文から推定）")
                .contains("発行者（「経済産業省作成」から推定）");
        assertThat(Labels.date(doc)).isEqualTo("2023年6月（推定）");
        assertThat(Labels.ministries(doc)).isEqualTo("経済産業省（推定）");
        DocumentRef yearOnly = new DocumentRef("g", "素案", 2026, null, List.of(), Map.of("year", "本文の日付から推定"));
        assertThat(Labels.date(yearOnly)).isEqualTo("2026年（推定）");
    }

    @Test
    void japanese_dates_from_iso_dates_months_and_years() {
        assertThat(Labels.date("2026-04-06", 2026)).isEqualTo("2026年4月6日");
        assertThat(Labels.date("2025-03", 2025)).isEqualTo("2025年3月");
        assertThat(Labels.date(null, 2025)).isEqualTo("2025年");
    }
}
