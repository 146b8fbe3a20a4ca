package jp.policysearch.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.policysearch.corpus.CorpusException;
import org.junit.jupiter.api.Test;

class AreaRulesTest {

    private final AreaRules rules = AreaRules.load(CorpusFixtures.CORPUS.resolve("areas.json"));

    @Test
    void there_are_17_areas_an_unclassified_and_a_cross_cutting_value() {
        assertThat(rules.areas()).hasSize(17).contains("マテリアル（重要鉱物・部素材）", "防災・国土強靱化");
        assertThat(rules.unclassified()).isEqualTo("未分類");
        assertThat(rules.crossCutting()).isEqualTo("分野横断");
    }

    @Test
    void nothing_applies_is_unclassified_and_cross_cutting_only_where_the_source_says_so() {
        assertThat(rules.classify("", "本文", List.of("５．個別戦略"))).containsExactly("未分類");
        assertThat(rules.classify("", "本文", List.of("６．横断的政策"))).containsExactly("分野横断");
    }

    @Test
    void keywords_do_not_fire_inside_words_with_another_meaning() {
        assertThat(rules.classify("", "素材感のある映像。素材感を再現。素材感。", List.of())).containsExactly("未分類");
        assertThat(rules.classify("", "情報通信業、情報通信業の賃金、情報通信業", List.of())).containsExactly("未分類");
        assertThat(rules.classify("", "食料安全保障、食料安全保障の確保、食料安全保障", List.of())).containsExactly("未分類");
        assertThat(rules.classify("", "半導体部素材", List.of())).doesNotContain("マテリアル（重要鉱物・部素材）");
        assertThat(rules.classify("", "核融合エネルギーの開発", List.of())).containsExactly("フュージョンエネルギー");
        // 自治体 alone is a local government, not digital government: a transport report names it on every page
        assertThat(rules.classify("", "自治体と交通事業者の連携。自治体の計画。自治体が支援する。", List.of()))
                .containsExactly("未分類");
        assertThat(rules.classify("", "自治体システムの標準化。自治体DXの推進。自治体情報システム。", List.of()))
                .containsExactly("デジタル・サイバーセキュリティ");
        // quantum communication is the quantum field (roadmap card 8 量子通信・ネットワーク sits under 量子分野)
        assertThat(rules.classify("", "量子通信と量子暗号通信と量子通信網", List.of())).containsExactly("量子");
        // biosecurity and research security are not cyber security
        assertThat(rules.classify("", "バイオセキュリティ、研究セキュリティ、バイオセキュリティ", List.of()))
                .containsExactly("未分類");
        // a battery plant's manufacturing equipment is not the semiconductor field
        assertThat(rules.classify("", "電池の製造装置、製造装置メーカー、製造装置の生産", List.of())).containsExactly("未分類");
    }

    @Test
    void a_chapter_spanning_fields_gives_the_one_the_section_names_most() {
        List<String> crumb = List.of("５．個別戦略", "（２）情報処理分野");
        assertThat(rules.classify("", "本文", crumb)).containsExactly("AI・半導体");
        assertThat(rules.classify("", "量子コンピュータの利用", crumb)).containsExactly("量子");
        assertThat(rules.classify("", "クラウドの技術", crumb)).containsExactly("デジタル・サイバーセキュリティ");
        // a field the chapter names alone stays first even where another field has more hits
        assertThat(rules.classify("", "黒鉛 黒鉛 黒鉛 リチウム", List.of("５．個別戦略", "（４）蓄電池分野")))
                .containsExactly("資源・エネルギー安全保障・GX", "マテリアル（重要鉱物・部素材）");
    }

    @Test
    void a_sub_chapter_naming_a_field_wins_over_its_chapter() {
        List<String> crumb = List.of("3.2.2. 企業活動におけるデジタル活用の動向", "(ア) AI 活用", "iii AI 活用に関するリスクや障壁");
        assertThat(rules.classify("", "本文", crumb)).containsExactly("AI・半導体");
        assertThat(rules.classify("", "本文", List.of("3.2.2. 企業活動におけるデジタル活用の動向")))
                .containsExactly("デジタル・サイバーセキュリティ");
    }

    @Test
    void a_method_chapter_and_a_list_of_many_fields_are_unclassified() {
        String survey = "AIの活用について方針が定まっていますか。生成AI、従来型AIのそれぞれについて。";
        assertThat(rules.classify("", survey, List.of())).containsExactly("AI・半導体");
        assertThat(rules.classify("", survey, List.of("2. 調査研究手法", "2.2.2.企業向けアンケート")))
                .containsExactly("未分類");
        String list = "半導体 AI クラウド セキュリティ 5G 通信 量子 宇宙 衛星 水素 再エネ 医療 創薬 防災 災害";
        assertThat(rules.classify("", list, List.of())).containsExactly("未分類");
        assertThat(rules.classify("", "半導体 半導体 半導体 半導体 半導体 " + list, List.of()))
                .first()
                .isEqualTo("AI・半導体");
    }

    @Test
    void aliases_and_table_of_contents_forms_map_to_the_exact_area_name() {
        assertThat(rules.resolve("航空宇宙")).hasValue("航空・宇宙");
        assertThat(rules.resolve("(航空宇宙分野)")).hasValue("航空・宇宙");
        assertThat(rules.resolve("(AI・半導体分野)")).hasValue("AI・半導体");
        assertThat(rules.resolve("(マテリアル (重要鉱物・部素材) 分野)")).hasValue("マテリアル（重要鉱物・部素材）");
        assertThat(rules.resolve("量子")).hasValue("量子");
    }

    @Test
    void an_unknown_alias_is_a_corpus_problem_naming_the_document_line_and_areas_json() {
        assertThatThrownBy(() -> rules.canonical("宇宙開発", "000_roadmap.txt", 41))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("000_roadmap.txt:41: unknown area or alias '宇宙開発'")
                .hasMessageContaining("areas.json");
        assertThat(rules.resolve("宇宙開発")).isEmpty();
    }

    @Test
    void a_rule_naming_an_unknown_area_is_reported_with_its_line_in_the_file() {
        String json = "{\n\"areas\": [\"量子\"],\n\"aliases\": {\n\"量子技術\": \"量子コンピュータ\"\n}\n}";
        assertThatThrownBy(() -> AreaRules.parse("areas.json", json))
                .isInstanceOf(CorpusException.class)
                .hasMessage("areas.json:4: alias '量子技術' names unknown area '量子コンピュータ'");
    }

    @Test
    void a_passing_mention_does_not_assign_an_area_but_three_hits_or_one_in_the_title_do() {
        assertThat(rules.classify("", "量子の話が一度だけ出る。", List.of())).containsExactly("未分類");
        assertThat(rules.classify("", "量子コンピュータと量子通信と量子暗号", List.of())).containsExactly("量子");
        assertThat(rules.classify("量子技術", "本文", List.of())).containsExactly("量子");
    }

    @Test
    void full_width_and_spaced_letters_are_matched_after_normalisation() {
        assertThat(rules.classify("", "５Ｇ基地局と５G網と5Gの整備", List.of())).containsExactly("情報通信");
        assertThat(rules.classify("データ・A I 利活用", "", List.of())).containsExactly("AI・半導体");
        // `AI` inside a Latin word is no hit
        assertThat(rules.classify("", "MAIL FAIR PAIR", List.of())).containsExactly("未分類");
    }

    @Test
    void structure_comes_first_and_keywords_add_at_most_three_areas() {
        List<String> crumb = List.of("２．半導体・デジタル産業を取り巻く状況", "（２）各分野の動向", "③高度情報通信インフラ分野", "(ii) ５G関係");
        assertThat(rules.classify("タイトル", "本文", crumb)).containsExactly("情報通信");
        assertThat(rules.classify("蓄電池", "リチウム ニッケル コバルト", List.of("５．個別戦略", "（４）蓄電池分野")))
                .containsExactly("資源・エネルギー安全保障・GX", "マテリアル（重要鉱物・部素材）");
        assertThat(rules.classify("", "宇宙 衛星 ロケット 量子 量子 量子 半導体 半導体 半導体 医療 医療 医療", List.of("４．航空・宇宙関連")))
                .hasSize(3)
                .startsWith("航空・宇宙");
    }
}
