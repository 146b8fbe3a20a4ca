package jp.policysearch.section;

import static jp.policysearch.section.CorpusFixtures.REPORT;
import static jp.policysearch.section.CorpusFixtures.section;
import static jp.policysearch.section.CorpusFixtures.sections;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.policysearch.corpus.CorpusException;
import jp.policysearch.corpus.DocumentInfo;
import jp.policysearch.corpus.DocumentKind;
import org.junit.jupiter.api.Test;

class ReportParserTest {

    @Test
    void report_has_155_sections() {
        assertThat(sections(REPORT)).hasSize(155);
    }

    @Test
    void section_ids_equal_the_checked_in_list() throws IOException {
        List<String> expected = Files.readAllLines(
                Path.of("src/test/resources/section-ids/" + REPORT.id() + ".txt"), StandardCharsets.UTF_8);
        assertThat(sections(REPORT).stream().map(Section::id).toList()).isEqualTo(expected);
    }

    @Test
    void sections_stay_under_3000_characters_and_few_are_short() {
        for (Section s : sections(REPORT)) {
            assertThat(s.text().length()).as(s.id()).isLessThanOrEqualTo(3000);
        }
        assertThat(sections(REPORT).stream()
                        .filter(s -> s.text().length() < 300)
                        .map(Section::id)
                        .toList())
                .hasSizeLessThanOrEqualTo(16); // a short block that has no sub-heading stays alone (1.3. 実施期間)
    }

    @Test
    void the_table_of_contents_is_skipped_and_chapter_1_opens_at_line_258() {
        Section s = sections(REPORT).getFirst();
        assertThat(s.id()).isEqualTo(REPORT.id() + "/1-1");
        assertThat(s.title()).isEqualTo("1.1. 背景");
        assertThat(s.breadcrumb()).containsExactly(REPORT.title(), "1. 調査研究の概要", s.title());
        assertThat(s.source().lineStart()).isEqualTo(258);
        // sibling headings are never one section: 1.2.–1.4. are sections of their own
        assertThat(sections(REPORT).get(1).title()).isEqualTo("1.2. 目的");
        assertThat(s.text()).startsWith("1990 年代後半より、パソコン、インターネットや携帯電話などの情報通信技術が急速に普及する中");
        assertThat(s.text()).endsWith("必要とされる取組、政策の方向性を検討することが求められる。");
        assertThat(s.ministries()).containsExactly("総務省");
        assertThat(s.date()).isEqualTo("2025-03");
        assertThat(s.year()).isEqualTo(2025);
    }

    @Test
    void the_long_japan_policy_block_is_split_into_six_parts() {
        assertThat(sections(REPORT).stream().map(Section::id).filter(id -> id.startsWith(REPORT.id() + "/3-1-1-1-1")))
                .containsExactly(
                        REPORT.id() + "/3-1-1-1-1",
                        REPORT.id() + "/3-1-1-1-1-part2",
                        REPORT.id() + "/3-1-1-1-1-part3",
                        REPORT.id() + "/3-1-1-1-1-part4",
                        REPORT.id() + "/3-1-1-1-1-part5",
                        REPORT.id() + "/3-1-1-1-1-part6");
        Section first = section(REPORT, "3-1-1-1-1");
        assertThat(first.title()).isEqualTo("1) 日本（(1) 政策動向）（1/6）");
        assertThat(first.breadcrumb())
                .containsSubsequence("3. 調査研究結果", "3.1.1. 情報通信分野における主要国の政策動向", "(1) 政策動向", "1) 日本（(1) 政策動向）（1/6）");
        assertThat(first.notes()).contains("内閣府(2024)「統合イノベーション戦略2024」,");
        // the HTML table 004:500-517 became text rows without tags
        assertThat(section(REPORT, "3-1-1-1-1-part2").text()).startsWith("(1) 賃上げの促進 ・最低賃金について、2030 年代半ばまでに1,500 円");
    }

    @Test
    void issue_headings_and_ocr_variants_of_the_katakana_marker_get_ids() {
        Section k1 = section(REPORT, "3-1-3-1-1-d-k1");
        assertThat(k1.title()).isEqualTo("【課題①】オール光ネットワーク技術");
        assertThat(k1.breadcrumb()).contains("(1) 次世代デジタルインフラ", "(I) 技術要素と今後の課題");
        assertThat(k1.areas()).containsExactly("情報通信");
        assertThat(k1.text()).startsWith("【目的・概要】有線ネットワークをオール光化し、超低消費電力な超高速大容量、超低遅延の通信サービスの実現。");
        assertThat(k1.text()).endsWith("オール光技術の導入(光技術の導入により電力効率 100 倍)");
        assertThat(k1.source().lineStart()).isEqualTo(1165);
        // (ア) reused under (工) at 004:1844 nests under it
        Section nested = section(REPORT, "3-1-3-2-1-d-a");
        assertThat(nested.title()).isEqualTo("(ア)量子コンピュータ");
        assertThat(nested.breadcrumb()).contains("(2) 量子技術", "(工) 技術要素と今後の課題");
        assertThat(nested.areas()).containsExactly("量子");
    }

    @Test
    void sources_point_at_the_heading_line() {
        List<String> lines = CorpusFixtures.lines(REPORT);
        for (String id : List.of("3-1-3-1-1-d-k1", "3-1-3-2-1-d-a", "3-1-2", "3-2-3-3-2-b", "4")) {
            Section s = section(REPORT, id);
            assertThat(s.title())
                    .startsWith(lines.get(s.source().lineStart() - 1).strip().substring(0, 4));
        }
        assertThat(section(REPORT, "4").source()).isEqualTo(new SourceRef(REPORT.file(), 4010, 4039));
    }

    @Test
    void footnote_bodies_break_no_sentence() {
        // 004:569 `…「AI技` + footnote ⁵ (571-573) + 004:575 `術」、「量子技術」…`
        assertThat(section(REPORT, "3-1-1-1-1-part5").text()).contains("「AI技術」、「量子技術」");
    }

    @Test
    void a_report_without_numbered_chapters_is_a_corpus_error_at_line_1() {
        DocumentInfo doc = new DocumentInfo(
                "broken-report", "997_broken.txt", "報告書", List.of("総務省"), null, 2025, DocumentKind.REPORT, null);
        assertThatThrownBy(() -> CorpusFixtures.parserFor(doc).parse(doc, List.of("目次", "はじめに", "本文。")))
                .isInstanceOf(CorpusException.class)
                .hasMessage("997_broken.txt:1: no numbered chapter heading ('1. …') found");
    }
}
