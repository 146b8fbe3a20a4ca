package jp.policysearch.section;

import static jp.policysearch.section.CorpusFixtures.COUNCIL;
import static jp.policysearch.section.CorpusFixtures.STRATEGY;
import static jp.policysearch.section.CorpusFixtures.section;
import static jp.policysearch.section.CorpusFixtures.sections;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.policysearch.corpus.CorpusException;
import jp.policysearch.corpus.DocumentInfo;
import jp.policysearch.corpus.DocumentKind;
import org.junit.jupiter.api.Test;

class SlideDeckParserTest {

    private static List<String> checkedInIds(DocumentInfo doc) throws IOException {
        return Files.readAllLines(
                Path.of("src/test/resources/section-ids/" + doc.id() + ".txt"), StandardCharsets.UTF_8);
    }

    @Test
    void strategy_deck_has_253_slides_and_council_deck_37() {
        assertThat(sections(STRATEGY)).hasSize(253);
        assertThat(sections(COUNCIL)).hasSize(37);
    }

    @Test
    void section_ids_equal_the_checked_in_lists() throws IOException {
        assertThat(sections(STRATEGY).stream().map(Section::id).toList()).isEqualTo(checkedInIds(STRATEGY));
        assertThat(sections(COUNCIL).stream().map(Section::id).toList()).isEqualTo(checkedInIds(COUNCIL));
    }

    @Test
    void sections_are_in_document_order_with_document_facets() {
        List<Section> all = sections(STRATEGY);
        for (int i = 0; i < all.size(); i++) {
            Section s = all.get(i);
            assertThat(s.order()).isEqualTo(i);
            assertThat(s.ministries()).containsExactly("経済産業省");
            assertThat(s.year()).isEqualTo(2023);
            assertThat(s.date()).isEqualTo("2023-06");
            assertThat(s.card()).isNull();
            assertThat(s.cardKey()).isNull();
            assertThat(s.phase()).isNull();
            if (i > 0) {
                assertThat(s.source().lineStart())
                        .isGreaterThan(all.get(i - 1).source().lineEnd());
            }
        }
    }

    @Test
    void strategy_slide_43_is_the_basic_approach_of_the_revision() {
        Section s = section(STRATEGY, "p005");
        assertThat(s.title()).isEqualTo("戦略改定にあたっての基本的考え方");
        assertThat(s.breadcrumb()).containsExactly("半導体・デジタル産業戦略（改定）", "１．改定の考え方・趣旨", "戦略改定にあたっての基本的考え方");
        assertThat(s.text()).startsWith("⚫ 2021年６月の半導体・デジタル産業戦略から２年が経過。");
        assertThat(s.text()).endsWith("新たなリーディングケースを生み出していく。");
        assertThat(s.passages()).hasSize(6);
        assertThat(s.passages().get(1).anchor()).isEqualTo("p2");
        assertThat(s.source().lineStart()).isEqualTo(43);
        assertThat(s.source().lineEnd()).isEqualTo(68);
    }

    @Test
    void strategy_breadcrumb_fields_decide_the_area() {
        assertThat(section(STRATEGY, "p039").areas()).containsExactly("AI・半導体"); // コンテンツ: under half its hits
        assertThat(section(STRATEGY, "p039").breadcrumb()).contains("②情報処理分野");
        assertThat(section(STRATEGY, "p058").areas().getFirst()).isEqualTo("デジタル・サイバーセキュリティ");
        assertThat(section(STRATEGY, "p058").breadcrumb()).contains("(i) データセンター関係");
        assertThat(section(STRATEGY, "p071").areas()).containsExactly("情報通信");
        assertThat(section(STRATEGY, "p076").areas().getFirst()).isEqualTo("資源・エネルギー安全保障・GX");
        assertThat(section(STRATEGY, "p240").areas()).containsExactly("未分類");
    }

    @Test
    void strategy_open_ran_slide_is_marked_as_a_reprint_of_slide_71() {
        Section original = section(STRATEGY, "p071");
        Section reprint = section(STRATEGY, "p123");
        assertThat(original.title()).isEqualTo("５G基地局の「オープン化」による我が国ベンダーの国際展開");
        assertThat(original.reprint()).isFalse();
        assertThat(original.groupKey()).isEqualTo(original.id());
        assertThat(reprint.title()).isEqualTo("５G基地局の「オープン化」による我が国ベンダーの国際展開（再掲）");
        assertThat(reprint.reprint()).isTrue();
        assertThat(reprint.groupKey()).isEqualTo(original.id());
        assertThat(reprint.source().lineStart()).isEqualTo(5738);
    }

    @Test
    void strategy_near_identical_slides_are_grouped() {
        assertThat(section(STRATEGY, "p158").groupKey()).isEqualTo(STRATEGY.id() + "/p094");
        assertThat(section(STRATEGY, "p254").groupKey()).isEqualTo(STRATEGY.id() + "/p211");
        assertThat(section(STRATEGY, "p254").reprint()).isTrue();
        assertThat(sections(STRATEGY).stream().filter(Section::reprint).count()).isEqualTo(5);
    }

    @Test
    void strategy_printed_page_numbers_give_the_ids() {
        // 002:452 prints `14` at the end of the slide starting at 002:421; 002:14418 prints `273`
        assertThat(section(STRATEGY, "p014").source().lineStart()).isEqualTo(421);
        assertThat(section(STRATEGY, "p273").title()).isEqualTo("「成長志向型カーボンプライシング構想」の実現・実行");
        assertThat(section(STRATEGY, "p014").title()).isEqualTo("米中貿易摩擦の激化②");
    }

    @Test
    void strategy_sources_and_dividers() {
        // divider pages (002:789-794 `２．…` + `（２）各分野の動向` + ①…④) are not sections
        assertThat(sections(STRATEGY)).noneMatch(s -> s.source().lineStart() == 789);
        Section s = section(STRATEGY, "p030");
        assertThat(s.title()).isEqualTo("半導体メーカーの主な動向");
        assertThat(CorpusFixtures.lines(STRATEGY)
                        .get(s.source().lineStart() - 1)
                        .strip())
                .isEqualTo("半導体メーカーの主な動向");
    }

    @Test
    void council_first_slide_is_the_emissions_trading_benchmark() {
        Section s = section(COUNCIL, "p003");
        assertThat(s.title()).isEqualTo("排出量取引制度：市場適応のための具体的論点");
        assertThat(s.breadcrumb()).containsExactly("参考資料（経済産業省 審議会）", "１．GX関連", "排出量取引制度：市場適応のための具体的論点");
        assertThat(s.areas()).containsExactly("資源・エネルギー安全保障・GX");
        assertThat(s.text()).startsWith("ベンチマーク");
        assertThat(s.text()).contains("基準排出量"); // vertical text 003:36-40 rejoined
        assertThat(s.text()).endsWith("関係省庁とも連携して今後検討していく。");
        assertThat(s.notes()).containsExactly("※基準年度ベース");
        assertThat(s.source().lineStart()).isEqualTo(1);
        assertThat(s.ministries()).containsExactly("経済産業省");
        assertThat(s.date()).isNull();
    }

    @Test
    void council_part_four_is_aerospace_and_other_parts_use_keywords() {
        Section untagged = section(COUNCIL, "p025");
        assertThat(untagged.title()).isEqualTo("民間航空機：航空機ライフサイクル全体を支える政策への変化");
        assertThat(untagged.breadcrumb()).contains("４．航空・宇宙関連");
        assertThat(untagged.areas()).containsExactly("航空・宇宙");
        assertThat(untagged.source().lineStart()).isEqualTo(1142);
        assertThat(section(COUNCIL, "p030").areas()).containsExactly("航空・宇宙"); // one ミサイル mention is no second field
        assertThat(section(COUNCIL, "p013").title()).isEqualTo("重要鉱物：レアメタル等国家備蓄制度");
        assertThat(section(COUNCIL, "p013").areas()).containsExactly("マテリアル（重要鉱物・部素材）");
        assertThat(section(COUNCIL, "p019").title()).isEqualTo("ロボット：現⾏のロボット政策");
        assertThat(section(COUNCIL, "p019").breadcrumb()).contains("３．DX関連");
        assertThat(section(COUNCIL, "p037").areas()).containsExactly("未分類");
    }

    @Test
    void council_slide_title_after_its_tag_is_found() {
        Section s = section(COUNCIL, "p037");
        assertThat(s.title()).isEqualTo("車両競技小委員会について");
        assertThat(s.source().lineStart()).isEqualTo(1691);
        assertThat(CorpusFixtures.lines(COUNCIL).get(1690)).isEqualTo("車両競技小委員会について");
        assertThat(s.text()).startsWith("• 車両競技小委員会は、競輪・オートレース事業における中期基本方針の進捗の確認");
        assertThat(s.text()).endsWith("オートレース");
    }

    @Test
    void a_deck_in_no_known_style_is_a_corpus_error_naming_the_file() {
        DocumentInfo doc = new DocumentInfo(
                "broken-deck", "999_broken.txt", "壊れた資料", List.of("経済産業省"), null, 2025, DocumentKind.SLIDE_DECK, null);
        assertThatThrownBy(() -> CorpusFixtures.parserFor(doc).parse(doc, List.of(" 表題", "本文です。")))
                .isInstanceOf(CorpusException.class)
                .satisfies(e -> assertThat(
                                ((CorpusException) e).problems().getFirst().file())
                        .isEqualTo("999_broken.txt"))
                .hasMessageContaining("999_broken.txt");
    }

    @Test
    void a_tag_deck_whose_slides_carry_no_tag_is_a_corpus_error_at_line_1() {
        DocumentInfo doc = new DocumentInfo(
                "broken-deck", "998_broken.txt", "壊れた資料", List.of("経済産業省"), null, 2025, DocumentKind.SLIDE_DECK, null);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lines.add("参考資料");
            lines.add("１．GX関連");
        }
        // tag lines exist only as dividers' neighbours: no content slide is left
        lines.addAll(List.of("GX", "GX", "GX", "GX", "GX", "GX", "GX", "GX", "GX", "GX"));
        assertThatThrownBy(() -> CorpusFixtures.parserFor(doc).parse(doc, lines.subList(0, 24)))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("998_broken.txt");
    }
}
