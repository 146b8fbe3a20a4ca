package jp.policysearch.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each cleaning rule on real lines from the corpus (file:line as in docs/corpus.md). */
class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner();

    private static List<NumberedLine> numbered(int first, String... lines) {
        List<NumberedLine> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            out.add(new NumberedLine(first + i, lines[i]));
        }
        return out;
    }

    private List<String> texts(List<NumberedLine> lines, TextCleaner.Mode mode) {
        return cleaner.paragraphs(lines, mode, null).stream()
                .map(Paragraph::text)
                .toList();
    }

    @Test
    void caret_footnote_markers_go() {
        assertThat(cleaner.cleanInline("- ・ 国産の技術開発^{(*)1}加速")).isEqualTo("- ・ 国産の技術開発加速");
        assertThat(cleaner.cleanInline("L2++^{(*11)(*12)}車両")).isEqualTo("L2++車両");
        assertThat(cleaner.cleanInline("モジュール型AI^(*1)")).isEqualTo("モジュール型AI");
        assertThat(cleaner.cleanInline("次世代革新炉^{※1}")).isEqualTo("次世代革新炉");
    }

    @Test
    void superscript_footnote_markers_go() {
        assertThat(cleaner.cleanInline("…反映した内容となっている⁷。")).isEqualTo("…反映した内容となっている。");
        assertThat(cleaner.cleanInline("国際標準⁷²²の獲得")).isEqualTo("国際標準の獲得");
        assertThat(cleaner.cleanInline("データセンター※¹")).isEqualTo("データセンター");
        assertThat(cleaner.cleanInline("JC-STAR*¹")).isEqualTo("JC-STAR");
    }

    @Test
    void html_tags_and_markdown_bold_go_but_japanese_angle_labels_stay() {
        assertThat(cleaner.cleanInline("<p>(1) 賃上げの促進</p> <ul style=\"list-style-type: none\"> ・最低賃金"))
                .isEqualTo("(1) 賃上げの促進 ・最低賃金");
        assertThat(cleaner.cleanInline("■ **会場催事**")).isEqualTo("■ 会場催事");
        assertThat(cleaner.cleanInline("<課題：データ連携・サイバーセキュリティ等>")).isEqualTo("<課題：データ連携・サイバーセキュリティ等>");
    }

    @Test
    void misprints_stay_as_printed() {
        assertThat(cleaner.cleanInline("⚫ 国境通過に要する時間が増大 ハイパースケaler")).isEqualTo("⚫ 国境通過に要する時間が増大 ハイパースケaler");
        assertThat(cleaner.cleanInline("有人と圧ローバ")).isEqualTo("有人と圧ローバ");
    }

    @Test
    void page_numbers_and_chart_axes_are_recognised() {
        assertThat(cleaner.isPageNumber("14")).isTrue();
        assertThat(cleaner.isPageNumber("223223")).isTrue();
        assertThat(cleaner.isPageNumber("2030年")).isFalse();
        assertThat(cleaner.isAxisDebris("-8.00")).isTrue();
        assertThat(cleaner.isAxisDebris("2018 2020 2022 2024 2026 2028 2030")).isTrue();
        assertThat(cleaner.isAxisDebris("2021年市場：673万$")).isFalse();
    }

    @Test
    void page_numbers_and_axis_lines_drop_out_of_paragraphs() {
        // 002:72-86: a page number and a chart axis
        assertThat(texts(
                        numbered(72, "6", "", "0", "", "10", "", "20", "", "2018 2020 2022", "", "パソコン"),
                        TextCleaner.Mode.SLIDE))
                .containsExactly("パソコン");
    }

    @Test
    void vertical_text_one_character_per_line_is_rejoined() {
        // 002:1426-1440 with single blank lines inside the run
        assertThat(texts(
                        numbered(1426, "半", "導", "体", "", "予", "算", "（", "全", "5", "", "２", "７", "億", "＄", "）"),
                        TextCleaner.Mode.SLIDE))
                .containsExactly("半導体予算（全5２７億＄）");
        // 003:36-40
        assertThat(texts(numbered(36, "基", "準", "排", "出", "量"), TextCleaner.Mode.SLIDE))
                .containsExactly("基準排出量");
    }

    @Test
    void soft_wrapped_lines_are_joined_without_a_space() {
        // 003:1605-1606 `第三者監|査`; 003:42-43
        assertThat(texts(numbered(1605, "• 繊維製品の第三者監", "査を行う。"), TextCleaner.Mode.SLIDE))
                .containsExactly("• 繊維製品の第三者監査を行う。");
        assertThat(texts(
                        numbered(42, "• 割当量については、特に業種特性を考慮する必要性の高い業種別の", "ベンチマークに基づいて算定を行うこととする。"),
                        TextCleaner.Mode.SLIDE))
                .containsExactly("• 割当量については、特に業種特性を考慮する必要性の高い業種別のベンチマークに基づいて算定を行うこととする。");
        // latin words keep their space
        assertThat(texts(numbered(1, "The CHIPS and", "Science Act"), TextCleaner.Mode.SLIDE))
                .containsExactly("The CHIPS and Science Act");
    }

    @Test
    void a_bullet_or_a_blank_line_starts_a_new_paragraph_on_slides() {
        assertThat(texts(numbered(1, "⚫ 一つ目", "⚫ 二つ目", "", "ラベル"), TextCleaner.Mode.SLIDE))
                .containsExactly("⚫ 一つ目", "⚫ 二つ目", "ラベル");
    }

    @Test
    void a_report_sentence_continues_over_a_removed_page_number() {
        // 004:1307-1311 `…NICT ` / `59` / `集した研究開発…`
        assertThat(texts(numbered(1307, "研究開発機関を NICT に結", "", "59", "", "集した研究開発を促進している。"), TextCleaner.Mode.REPORT))
                .containsExactly("研究開発機関を NICT に結集した研究開発を促進している。");
    }

    @Test
    void sources_and_urls_are_notes_with_glued_page_numbers_removed() {
        assertThat(cleaner.isNote("（出展）CiscoAnnualInternetReport(2018-2023)を基に経産省作成"))
                .isTrue();
        assertThat(cleaner.isNote("出所：各社公式HP等")).isTrue();
        assertThat(cleaner.isNote("< <https://www8.cao.go.jp/cstp/tougosenryaku/2024.html> > (2025年3月10日参照)"))
                .isTrue();
        assertThat(cleaner.isNote("⚫ 出典の記載がない本文")).isFalse();
        assertThat(cleaner.cleanNote("出典：第５回半導体・デジタル産業戦略検討会議資料３ 117")).isEqualTo("出典：第５回半導体・デジタル産業戦略検討会議資料３");
    }

    @Test
    void a_lone_character_joins_the_paragraph_before_it() {
        assertThat(texts(numbered(1178, "海底ケーブルの陸揚局", "", "等"), TextCleaner.Mode.SLIDE))
                .containsExactly("海底ケーブルの陸揚局等");
    }
}
