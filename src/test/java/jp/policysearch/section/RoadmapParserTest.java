package jp.policysearch.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.policysearch.corpus.CorpusDocument;
import jp.policysearch.corpus.CorpusReader;
import jp.policysearch.corpus.DocumentKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RoadmapParserTest {

    static final Path CORPUS = Path.of("corpus");
    static final String GROWTH = "growth-roadmap-2026";
    static final String DIGITAL = "digital-cyber-roadmap-2026";

    static Map<String, CorpusDocument> documents = new LinkedHashMap<>();
    static Map<String, List<Section>> sections = new LinkedHashMap<>();
    static Map<String, Section> byId = new LinkedHashMap<>();

    @BeforeAll
    static void parse() {
        RoadmapParser parser = RoadmapParser.load(CORPUS);
        for (CorpusDocument doc : new CorpusReader().read(CORPUS).documents()) {
            if (doc.info().kind() == DocumentKind.ROADMAP) {
                documents.put(doc.info().id(), doc);
                List<Section> parsed = parser.parse(doc.info(), doc.lines());
                sections.put(doc.info().id(), parsed);
                parsed.forEach(s -> byId.put(s.id(), s));
            }
        }
    }

    /**
     * doc | card | title | area | first line of 目標 | 道筋 | 政策手段 | summary page (checked against the corpus files
     * by hand; structure in docs/corpus.md).
     */
    static final List<String> CARDS = List.of(
            "g|c01|バーティカルAI（領域特化型AI）|AI・半導体|109|147|192|236",
            "g|c02|AI時代に対応した先進的サイバーセキュリティ製品 ・サービス|デジタル・サイバーセキュリティ|278|308|352|398",
            "g|c03|クラウド・データセンター|デジタル・サイバーセキュリティ|437|475|516|554",
            "g|c04|クラウドネイティブに最適化された医療DX基盤|デジタル・サイバーセキュリティ|593|636|684|740",
            "g|c05|自動運転技術|デジタル・サイバーセキュリティ|804|846|891|941",
            "g|c06|海底ケーブル|情報通信|1020|1062|1108|1150",
            "g|c07|次世代ワイヤレス (非地上系ネットワーク、5G/Beyond 5G (6G) 等)|情報通信|1190|1237|1275|1331",
            "g|c08|量子通信・ネットワーク|量子|1386|1422|1457|1500",
            "g|c09|量子センシング|量子|1538|1573|1608|1649",
            "g|c10|艦艇|防衛産業|1690|1729|1776|1813",
            "g|c11|デュアルユース技術|防衛産業|1856|1888|1926|1971",
            "g|c12|人工衛星・サービス|航空・宇宙|2006|2042|2083|2131",
            "g|c13|月面探査・低軌道技術|航空・宇宙|2176|2219|2265|2319",
            "g|c14|海洋状況把握 (MDA)|海洋|2359|2393|2440|2483",
            "g|c15|革新的海底開発技術・システム|海洋|2517|2555|2592|2633",
            "g|c16|船舶修繕|造船|2666|2704|2740|2775",
            "g|c17|革新的金属部素材|マテリアル（重要鉱物・部素材）|2817|2849|2888|2926",
            "g|c18|低炭素金属部素材（鉄鋼以外）|マテリアル（重要鉱物・部素材）|2955|3006|3048|3089",
            "g|c19|一次原料（鉱石等）及び二次原料（リサイクル材等の循環資源）からの製錬・分離精製、解体選別技術|マテリアル（重要鉱物・部素材）|3120|3155|3194|3244",
            "g|c20|AI等を活用した複合新素材|マテリアル（重要鉱物・部素材）|3299|3322|3363|3410",
            "g|c21|革新的デバイス（AI、ロボティクス等）を活用した先端医療|創薬・先端医療|3447|3482|3523|3567",
            "g|c22|ライフログデータ等を活用したヘルスケア関連サービス|創薬・先端医療|3600|3630|3667|3709",
            "g|c23|次世代型地熱|資源・エネルギー安全保障・GX|3745|3783|3818|3859",
            "g|c24|洋上風力|資源・エネルギー安全保障・GX|3898|3934|3968|4015",
            "g|c25|次世代革新炉|資源・エネルギー安全保障・GX|4051|4092|4127|4175",
            "g|c26|GXケミカル|資源・エネルギー安全保障・GX|4218|4256|4300|4345",
            "g|c27|食品機械|フードテック|4376|4412|4451|4479",
            "g|c28|新規食品|フードテック|4512|4538|4578|4611",
            "g|c29|サイバーポート（港湾物流DX）|港湾ロジスティクス|4663|4701|4738|4785",
            "g|c30|次世代型倉庫|港湾ロジスティクス|4829|4864|4902|4957",
            "g|c31|アニメ|コンテンツ|4986|5022|5070|5118",
            "g|c32|マンガ|コンテンツ|5162|5196|5242|5284",
            "g|c33|音楽|コンテンツ|5322|5355|5401|5443",
            "g|c34|実写|コンテンツ|5479|5513|5569|5617",
            "d|c01|データプラットフォーム|デジタル・サイバーセキュリティ|12|45|79|119",
            "d|c02|クラウド・データセンター|デジタル・サイバーセキュリティ|143|179|222|265",
            "d|c03|AI時代に対応した先進的サイバーセキュリティ製品・サービス|デジタル・サイバーセキュリティ|290|320|366|415",
            "d|c04|セキュリティの確保された 政府・地方公共団体のDX基盤|デジタル・サイバーセキュリティ|440|476|516|553",
            "d|c05|クラウドネイティブに最適化された医療DX基盤|デジタル・サイバーセキュリティ|578|618|666|718",
            "d|c06|自動運転技術（車両、システム）|デジタル・サイバーセキュリティ|757|797|850|903");

    @Test
    void growth_roadmap_has_136_sections_and_digital_roadmap_24() {
        assertThat(sections.get(GROWTH)).hasSize(136);
        assertThat(sections.get(DIGITAL)).hasSize(24);
    }

    @Test
    void every_card_has_its_title_area_and_all_four_parts_at_the_printed_lines() {
        List<String> actual = new ArrayList<>();
        for (List<Section> doc : sections.values()) {
            for (int i = 0; i < doc.size(); i += 4) {
                Section first = doc.get(i);
                String[] id = first.id().split("/");
                StringBuilder row = new StringBuilder(id[0].substring(0, 1) + "|" + id[1] + "|" + first.card() + "|"
                        + first.areas().get(0));
                for (int p = 0; p < 4; p++) {
                    Section s = doc.get(i + p);
                    assertThat(s.card()).isEqualTo(first.card());
                    row.append("|").append(s.source().lineStart());
                }
                actual.add(row.toString());
            }
        }
        assertThat(actual).containsExactlyElementsOf(CARDS);
    }

    @Test
    void every_card_has_the_phases_in_order_with_ids_and_titles_from_them() {
        for (List<Section> doc : sections.values()) {
            boolean growth = doc.get(0).doc().equals(GROWTH);
            for (int i = 0; i < doc.size(); i += 4) {
                List<String> phases =
                        doc.subList(i, i + 4).stream().map(Section::phase).toList();
                List<String> keys = doc.subList(i, i + 4).stream()
                        .map(s -> s.id().substring(s.id().lastIndexOf('/') + 1))
                        .toList();
                assertThat(phases).containsExactly("目標", "道筋", "政策手段", growth ? "方向性" : "未来社会");
                assertThat(keys).containsExactly("goal", "path", "policy", growth ? "direction" : "vision");
                for (Section s : doc.subList(i, i + 4)) {
                    assertThat(s.title()).isEqualTo(s.card() + " ― " + s.phase());
                    assertThat(s.breadcrumb())
                            .containsExactly(
                                    documents.get(s.doc()).info().title(),
                                    s.areas().get(0),
                                    s.card(),
                                    s.phase());
                    assertThat(s.order()).isEqualTo(doc.indexOf(s));
                }
            }
        }
    }

    @Test
    void section_ids_match_the_checked_in_lists() throws IOException {
        for (String doc : List.of(GROWTH, DIGITAL)) {
            List<String> expected = Files.readAllLines(
                    Path.of("src/test/resources/section-ids/" + doc + ".txt"), StandardCharsets.UTF_8);
            assertThat(sections.get(doc).stream().map(Section::id).toList()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void card_8_policy_is_quantum_with_its_first_and_last_words() {
        Section s = byId.get("growth-roadmap-2026/c08/policy");
        assertThat(s.title()).isEqualTo("量子通信・ネットワーク ― 政策手段");
        assertThat(s.areas()).containsExactly("量子");
        assertThat(s.ministries()).containsExactly("内閣官房");
        assertThat(s.year()).isEqualTo(2026);
        assertThat(s.date()).isNull();
        assertThat(s.text()).startsWith("(1) 投資促進に向けた課題");
        assertThat(s.passages().get(0).heading()).isEqualTo("① リソース制約");
    }

    @Test
    void card_1_goal_reads_from_the_first_bullet_to_the_last_target() {
        Section s = byId.get("growth-roadmap-2026/c01/goal");
        assertThat(s.title()).isEqualTo("バーティカルAI（領域特化型AI） ― 目標");
        assertThat(s.areas()).containsExactly("AI・半導体");
        assertThat(s.text()).startsWith("(1) 現状\n\n① 現状\n・バーティカルAIとは、データ、AIモデル、アプリを垂直統合した領域特化型システム。");
        assertThat(s.text()).endsWith("・AIエコシステム全体を通じてAI主権を戦略的に確保。");
        assertThat(s.passages()).extracting(Passage::anchor).containsExactly("p1", "p2", "p3", "p4", "p5");
        assertThat(s.passages())
                .extracting(Passage::heading)
                .containsExactly("① 現状", "② 取り巻く環境と構造変化", "③ 経済的・戦略的な重要性", "① 国内外で獲得を目指す市場", "② 達成すべき戦略的な目標");
    }

    @Test
    void digital_roadmap_card_3_has_its_two_line_title_joined_and_dates_from_the_manifest() {
        Section s = byId.get("digital-cyber-roadmap-2026/c03/path");
        assertThat(s.card()).isEqualTo("AI時代に対応した先進的サイバーセキュリティ製品・サービス");
        assertThat(s.areas()).containsExactly("デジタル・サイバーセキュリティ");
        assertThat(s.ministries()).containsExactly("デジタル庁", "経済産業省");
        assertThat(s.date()).isEqualTo("2026-04-06");
        // the running header at 322-324 is dropped: the text opens with the (1) heading
        assertThat(s.text()).startsWith("(1)基本戦略\n\n① 当該分野における勝ち筋\n・まず、技術革新が見込める分野");
        assertThat(s.text()).doesNotContain("官民投資を促進する領域", "投資を行う主体");
        assertThat(s.text()).endsWith("・ウ 民間企業によるサイバーセキュリティに関する研究開発等投資");
    }

    @Test
    void digital_roadmap_vision_pages_split_at_their_three_changes() {
        Section s = byId.get("digital-cyber-roadmap-2026/c01/vision");
        assertThat(s.title()).isEqualTo("データプラットフォーム ― 未来社会");
        assertThat(s.passages()).extracting(Passage::heading).containsExactly("① 社会全体の構造変化", "② 日常生活の変化", "③ 経済・産業の変化");
        assertThat(s.text()).startsWith("① 社会全体の構造変化\n質の高いデータ集積を通じたフィジカルAI実現と労働力不足解消");
    }

    @Test
    void scrambled_sub_levels_of_card_6_and_27_are_put_back_under_their_headings() {
        for (String id : List.of(
                "growth-roadmap-2026/c06/goal",
                "growth-roadmap-2026/c27/goal",
                "growth-roadmap-2026/c30/goal",
                "growth-roadmap-2026/c24/goal")) {
            Section s = byId.get(id);
            assertThat(s.passages())
                    .extracting(p -> p.heading().replace(" ", ""))
                    .as(id)
                    .containsExactly("①現状", "②取り巻く環境と構造変化", "③経済的・戦略的な重要性", "①国内外で獲得を目指す市場", "②達成すべき戦略的な目標");
            String text = s.text();
            assertThat(text.indexOf("(2)")).as(id).isGreaterThan(text.indexOf("③"));
        }
        Section anime = byId.get("growth-roadmap-2026/c31/policy");
        assertThat(anime.passages())
                .extracting(Passage::heading)
                .containsExactly("①リソース制約", "②不確実性の要因", "①製作支援", "②海外展開・流通支援", "③人材支援", "④全般的・横断的な取組");
        assertThat(anime.text().indexOf("(2)講じるべき政策パッケージ"))
                .isGreaterThan(anime.text().indexOf("②不確実性の要因"));
    }

    @Test
    void summary_pages_split_at_their_labels_and_drop_empty_ones() {
        Section s = byId.get("growth-roadmap-2026/c01/direction");
        assertThat(s.title()).isEqualTo("バーティカルAI（領域特化型AI） ― 方向性");
        assertThat(s.passages())
                .extracting(Passage::heading)
                .containsExactly("現状認識、日本の強み", "主な課題 (ボトルネック)", "講じるべき施策", "目指すべき姿");
        assertThat(s.text()).endsWith("・エコシステム全体で、AI主権を戦略的に確保。");
        assertThat(s.notes())
                .containsExactly("※ 市場性：製造、物流・交通、情報通信、金融、創薬\n"
                        + "公共性：医療・介護・福祉、農林水産、建設、教育、行政、エネルギー\n"
                        + "戦略性：防衛、警察、防災、消防、サイバー、海洋、宇宙、科学研究");
        Section split = byId.get("growth-roadmap-2026/c09/direction");
        assertThat(split.passages()).extracting(Passage::heading).contains("主な課題(ボトルネック)");
    }

    @Test
    void footnote_bodies_become_notes_and_their_markers_leave_the_text() {
        Section s = byId.get("growth-roadmap-2026/c07/goal");
        assertThat(s.notes()).hasSize(6);
        assertThat(s.notes().get(0)).startsWith("※¹ 非地上系ネットワーク（Non-Terrestrial Network：NTN）");
        assertThat(s.text()).contains("光通信等）、5G").doesNotContain("※¹", "非地上系ネットワーク（Non-Terrestrial");
        Section glossary = byId.get("growth-roadmap-2026/c34/path");
        assertThat(glossary.notes())
                .containsExactly(
                        "* VFX (Visual Effects) : 実写映像にCG等を合成・加工し、表現を拡張する視覚効果技術",
                        "* PPL (プロダクトプレイスメント) : 作品内に化粧品といった商品を自然に登場させ、対価を得て宣伝する手法",
                        "* MD (マーチャндаイジング) : コンテンツIPの価値を、商品化・ライセンス・関連購買等を通じて拡張し、" + "本体収入に加えて二次的・周辺的な収益を生み出す取組");
    }

    @Test
    void misprints_stay_as_printed() {
        assertThat(byId.get("growth-roadmap-2026/c01/path").text()).contains("パーティカルAI");
        assertThat(byId.get("growth-roadmap-2026/c13/path").text()).contains("有人と圧ローバ");
        assertThat(byId.get("digital-cyber-roadmap-2026/c02/policy").text()).contains("ハイパースケaler");
    }

    @Test
    void source_lines_point_at_the_part_headings_and_end_on_text() {
        for (Section s : byId.values()) {
            List<String> lines = documents.get(s.doc()).lines();
            String first = lines.get(s.source().lineStart() - 1).strip();
            switch (s.phase()) {
                case "目標" -> assertThat(first).as(s.id()).endsWith("【目標】");
                case "道筋" -> assertThat(first).as(s.id()).endsWith("【道筋】");
                case "政策手段" -> assertThat(first).as(s.id()).endsWith("【政策手段】");
                case "方向性" -> assertThat(first).as(s.id()).isEqualTo("方向性");
                default -> assertThat(first).as(s.id()).endsWith("未来社会のイメージ");
            }
            assertThat(lines.get(s.source().lineEnd() - 1)).as(s.id()).isNotBlank();
            assertThat(s.source().file())
                    .isEqualTo(documents.get(s.doc()).info().file());
        }
        Section card7 = byId.get("growth-roadmap-2026/c07/goal");
        assertThat(documents.get(GROWTH).lines().get(card7.source().lineStart() - 1))
                .isEqualTo("1. 当該分野の現状認識と目指す姿【目標】");
        assertThat(card7.source().lineEnd()).isEqualTo(1235);
    }

    /** Noise kinds of the issue, each with a pattern that finds it in raw text. */
    static final Map<String, Pattern> NOISE = new LinkedHashMap<>();

    static {
        NOISE.put("placeholder", Pattern.compile("取\\s*りまとめ\\s*までに\\s*提示"));
        NOISE.put("template bullet", Pattern.compile("(?m)^[・①②\\s]*(官民投資による経済波及効果|官民投資に付随する関連投資誘発効果|官民投資を促進する領域)"));
        NOISE.put(
                "footnote marker",
                Pattern.compile("\\^[{(]|[⁰¹²³⁴⁵⁶⁷⁸⁹]|[(（]\\*|\\*\\d|[^\\s　]※\\d|\\[※]|[^\\s　]※(?=[、。）)\\s]|$)"));
        NOISE.put("markdown bold", Pattern.compile("\\*\\*"));
        NOISE.put("asterisk", Pattern.compile("\\*"));
        NOISE.put("html tag", Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>"));
        NOISE.put("toc line", Pattern.compile("(?m) p\\.\\d{1,3}$"));
        NOISE.put("page number", Pattern.compile("(?m)^\\s*\\d{1,3}\\s*$"));
        NOISE.put("list dash", Pattern.compile("(?m)^\\s*- "));
        NOISE.put(
                "running header",
                Pattern.compile("\\A[^\\n]*\\n(?:AI・半導体|デジタル・サイバーセキュリティ|マテリアル（重要鉱物・部素材）|創薬・先端医療|フードテック)\\n"));
    }

    @Test
    void no_roadmap_section_text_or_passage_heading_contains_noise() {
        List<String> found = new ArrayList<>();
        for (Section s : byId.values()) {
            List<String> texts = new ArrayList<>(List.of(s.text(), s.title(), s.card()));
            s.passages().forEach(p -> {
                texts.add(p.text());
                if (p.heading() != null) {
                    texts.add(p.heading());
                }
            });
            for (String text : texts) {
                for (Map.Entry<String, Pattern> noise : NOISE.entrySet()) {
                    Matcher m = noise.getValue().matcher(text);
                    if (m.find()) {
                        found.add(s.id() + " " + noise.getKey() + ": "
                                + text.substring(Math.max(0, m.start() - 15), Math.min(text.length(), m.end() + 15)));
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void no_section_text_starts_with_an_area_or_card_running_header() {
        for (Section s : byId.values()) {
            String firstLine = s.text().lines().findFirst().orElse("");
            assertThat(firstLine).as(s.id()).isNotEqualTo(s.areas().get(0)).isNotEqualTo(s.card());
            assertThat(firstLine).as(s.id()).isNotEqualTo("クラウド・データセンター").doesNotStartWith("一次原料");
        }
    }

    @Test
    void every_passage_has_a_unique_ascii_anchor_and_text() {
        for (Section s : byId.values()) {
            assertThat(s.passages()).as(s.id()).isNotEmpty();
            List<String> anchors = s.passages().stream().map(Passage::anchor).toList();
            assertThat(anchors).as(s.id()).doesNotHaveDuplicates().allMatch(a -> a.matches("[a-z0-9-]+"));
            assertThat(s.passages()).as(s.id()).allMatch(p -> !p.text().isBlank());
        }
    }

    @Test
    void card_keys_are_shared_by_the_four_cards_of_both_documents() {
        Map<String, String> keyToGrowthCard = new LinkedHashMap<>();
        sections.get(GROWTH)
                .forEach(s -> keyToGrowthCard.put(s.cardKey(), s.id().split("/")[1]));
        List<String> shared = new ArrayList<>();
        for (Section s : sections.get(DIGITAL)) {
            if (s.phase().equals("目標") && keyToGrowthCard.containsKey(s.cardKey())) {
                shared.add(s.id().split("/")[1] + "=" + keyToGrowthCard.get(s.cardKey()));
            }
        }
        assertThat(shared).containsExactly("c02=c03", "c03=c02", "c05=c04", "c06=c05");
    }
}
