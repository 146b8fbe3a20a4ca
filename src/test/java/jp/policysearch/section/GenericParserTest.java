package jp.policysearch.section;

import static jp.policysearch.section.GenericFixtures.assertNothingLost;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.policysearch.corpus.Corpus;
import jp.policysearch.corpus.CorpusDocument;
import jp.policysearch.corpus.CorpusReader;
import jp.policysearch.corpus.DocumentInfo;
import jp.policysearch.corpus.DocumentKind;
import org.junit.jupiter.api.Test;

class GenericParserTest {

    private final GenericParser parser = GenericParser.fromCorpus(Path.of("corpus"));

    private static DocumentInfo doc(String id, String file) {
        return new DocumentInfo(id, file, "文書", List.of("総務省"), null, 2025, DocumentKind.GENERIC, null);
    }

    private static List<String> ids(GenericParser.Result r) {
        return r.sections().stream()
                .map(s -> s.id().substring(s.id().indexOf('/') + 1))
                .toList();
    }

    @Test
    void white_paper_headings_give_a_tree_of_chapters_sections_and_numbered_items() {
        GenericParser.Result r = parser.split(doc("wp", "wp.txt"), GenericFixtures.WHITE_PAPER, List.of());
        assertThat(ids(r)).containsExactly("front", "toc", "ch1", "ch1-s1-1-p2", "ch1-s1-2", "ch1-s2", "ch2", "ch2-2");
        Section progress = r.sections().get(2);
        // 第1章, 第1節, 1. and (1) have no text of their own before (1): they merge into it, titles kept
        assertThat(progress.title()).isEqualTo("第1章 地域のデジタル化の現状 ／ 第1節 自治体の取組 ／ 1. 行政手続のオンライン化 ／ (1) 進捗状況");
        assertThat(progress.notes()).containsExactly("（出典）総務省「自治体DX推進状況調査」");
        assertThat(r.sections().get(3).breadcrumb())
                .containsExactly("文書", "第1章 地域のデジタル化の現状", "第1節 自治体の取組", "1. 行政手続のオンライン化", "(2) 課題");
        assertThat(r.sections().get(5).breadcrumb()).containsExactly("文書", "第1章 地域のデジタル化の現状", "第2節 住民の利用状況");
        assertThat(r.sections().get(7).breadcrumb()).containsExactly("文書", "第2章 今後の方向性", "2. 人材の確保");
        // the contents lines are not headings (a page number follows them): they are the contents section
        assertThat(r.sections().get(0).text()).contains("地域デジタル白書").doesNotContain("第1章");
        assertThat(r.sections().get(1).title()).isEqualTo("目次");
        assertThat(r.sections().get(1).text()).contains("第1章 地域のデジタル化の現状 ........ 1");
        assertNothingLost(r, GenericFixtures.WHITE_PAPER);
    }

    @Test
    void a_chapter_quoted_inside_a_numbered_heading_is_not_a_chapter() {
        List<String> lines = List.of(
                "1. 各国の政策",
                "2) 日本",
                "骨太の方針の構成は次のとおりであり、各章で重点分野が示されている。",
                "第1章 成長型の新たな経済ステージへの移行",
                "第2章 持続的な経済成長の実現",
                "3) 米国",
                "米国では、CHIPS法に基づく補助が進められている。対象は半導体の製造拠点である。");
        GenericParser.Result r = parser.split(doc("q", "q.txt"), lines, List.of());
        assertThat(r.sections()).extracting(Section::title).noneMatch(t -> t.startsWith("第1章"));
        assertNothingLost(r, lines);
    }

    @Test
    void press_release_sections_from_full_width_numbers_with_circled_items_kept_together() {
        GenericParser.Result r = parser.split(doc("pr", "pr.txt"), GenericFixtures.PRESS_RELEASE, List.of());
        assertThat(ids(r)).containsExactly("front", "1", "2");
        assertThat(r.sections().get(2).title()).isEqualTo("２．消費者へのアドバイス");
        assertThat(r.sections().get(2).text()).contains("消費者ホットライン「188」", "消費者庁 取引対策課");
        assertNothingLost(r, GenericFixtures.PRESS_RELEASE);
    }

    @Test
    void a_numbered_list_inside_text_that_breaks_the_sequence_is_not_a_heading() {
        List<String> lines = List.of(
                "1. 概要",
                "本書の概要を述べる。以下の三点を重視した。ここでは背景を詳しく説明する。十分な長さの本文を置く。",
                "3. 第三の点",
                "2. 方針",
                "方針の本文である。これも十分な長さを持つ段落として書かれている。さらに説明を続ける。");
        GenericParser.Result r = parser.split(doc("x", "x.txt"), lines, List.of());
        assertThat(ids(r)).containsExactly("1", "2");
        assertThat(r.sections().getFirst().text()).contains("3. 第三の点");
        assertNothingLost(r, lines);
    }

    @Test
    void markdown_headings_take_their_depth_from_their_hashes() {
        List<String> lines = List.of(
                "# 手順書",
                "",
                "導入の経緯を述べる。自治体の担当者が最初に読む部分として、背景と目的を短くまとめている。",
                "",
                "## 1. 準備",
                "",
                "1. 体制を決める",
                "2. 予算を確保する",
                "対象業務を洗い出し、優先順位を付ける。所要期間の見積りもここで行う。",
                "",
                "### 1.1 体制",
                "責任者と担当者を決め、外部の支援者との役割分担を文書にする。会議の頻度も決めておく。",
                "",
                "## 2. 実施",
                "計画に沿って移行し、住民への周知を行う。問合せ窓口を設け、想定問答を用意しておく。");
        GenericParser.Result r = parser.split(doc("md", "guide.md"), lines, List.of());
        // the one # heading is the document's title: its text is the front section, ## is the top level
        assertThat(ids(r)).containsExactly("front", "1", "1-1", "2");
        assertThat(r.sections().getFirst().title()).isEqualTo("手順書");
        assertThat(r.sections().get(2).breadcrumb()).containsExactly("文書", "1. 準備", "1.1 体制");
        assertNothingLost(r, lines);
    }

    @Test
    void running_headers_footers_and_page_numbers_are_noise_across_pages() {
        List<String> lines = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int p = 1; p <= 6; p++) {
            starts.add(lines.size() + 1);
            lines.add("地域交通の将来像に関する検討会 資料");
            lines.add(p + ". "
                    + List.of("利用者の減少", "運転士の不足", "財源の確保", "デジタル技術の活用", "広域での連携", "今後の進め方")
                            .get(p - 1));
            lines.add("委員からの意見を踏まえて、事務局の考え方を" + "具体的な施策の方向性として整理した。".repeat(p));
            lines.add("- " + p + " -");
        }
        GenericParser.Result r = parser.split(doc("pg", "pg.pdf"), lines, starts);
        assertThat(r.noise()).hasSize(12).contains(1, 4, 21, 24);
        assertThat(r.sections()).allSatisfy(s -> assertThat(s.text()).doesNotContain("検討会 資料"));
        assertNothingLost(r, lines);
    }

    @Test
    void long_sections_split_at_paragraph_breaks_into_parts() {
        List<String> lines = new ArrayList<>();
        lines.add("第1章 総論");
        for (int i = 0; i < 30; i++) {
            lines.add("段落" + i + "。" + "地域の産業構造の変化と人口動態を踏まえた施策の必要性を論じる。".repeat(6));
            lines.add("");
        }
        GenericParser.Result r = parser.split(doc("long", "long.txt"), lines, List.of());
        assertThat(r.sections()).hasSizeGreaterThan(2);
        assertThat(r.sections().get(1).id()).isEqualTo("long/ch1-part2");
        assertThat(r.sections()).allSatisfy(s -> assertThat(s.text().length()).isLessThanOrEqualTo(3000));
        assertNothingLost(r, lines);
    }

    @Test
    void chapters_numbered_through_the_parts_and_items_numbered_with_a_space_are_headings() {
        String body = "本文の段落であり、見出しの下に置かれる十分な長さの説明文として書かれている。";
        List<String> lines = List.of(
                "第1部 特集",
                "第1章 生成AIの進展",
                "１　市場規模",
                "世界の生成AI市場は拡大している。" + body,
                "２　利用状況",
                "個人の利用率は26.7％にとどまる。" + body,
                "第2章 通信インフラ",
                body,
                "第2部 現状と課題",
                "第3章 ICT市場の動向",
                "情報通信産業の名目国内生産額は約52.7兆円であった。" + body,
                "3 件",
                "5 社、2 割",
                "1 東京都 120",
                "第4章 研究開発",
                "企業の研究開発費は増加傾向にある。" + body);
        GenericParser.Result r = parser.split(doc("wp2", "wp2.txt"), lines, List.of());
        assertThat(ids(r)).containsExactly("pt1", "pt1-ch1-2", "pt1-ch2", "pt2", "pt2-ch4");
        assertThat(r.sections().getFirst().title()).isEqualTo("第1部 特集 ／ 第1章 生成AIの進展 ／ １ 市場規模");
        assertThat(r.sections().get(1).title()).isEqualTo("２ 利用状況");
        assertThat(r.sections().get(3).title()).isEqualTo("第2部 現状と課題 ／ 第3章 ICT市場の動向");
        // a count and a table row are text
        assertThat(r.sections().get(3).text()).contains("3 件", "5 社、2 割", "1 東京都 120");
        assertThat(r.sections().get(4).breadcrumb()).containsExactly("文書", "第2部 現状と課題", "第4章 研究開発");
        assertNothingLost(r, lines);
    }

    @Test
    void a_cabinet_decision_numbered_with_dai_kanji_numerals_and_spaced_numbers() {
        String body = "政府は、関係府省の連携の下、次の施策を一体的に推進する。その際、地方公共団体との役割分担に留意する。";
        List<String> lines = List.of(
                "第１　基本的な考え方",
                body,
                "第２　具体的な施策",
                "１　人材の育成",
                body,
                "２　研究開発の推進",
                "一　基礎研究",
                body,
                "二　社会実装",
                body,
                "一方、民間投資の拡大も重要である。" + body);
        GenericParser.Result r = parser.split(doc("cd", "cd.txt"), lines, List.of());
        assertThat(ids(r)).containsExactly("d1", "d2", "d2-2", "d2-2-j2");
        assertThat(r.sections().get(1).title()).isEqualTo("第２ 具体的な施策 ／ １ 人材の育成");
        assertThat(r.sections().get(2).title()).isEqualTo("２ 研究開発の推進 ／ 一 基礎研究");
        assertThat(r.sections().get(3).breadcrumb()).containsExactly("文書", "第２ 具体的な施策", "２ 研究開発の推進", "二 社会実装");
        assertThat(r.sections().get(3).text()).contains("一方、民間投資");
        assertNothingLost(r, lines);
    }

    @Test
    void an_agenda_listing_the_items_that_follow_is_not_a_set_of_headings() {
        List<String> lines = List.of(
                "地域交通会議（第12回）議事録",
                "日時：令和7年3月14日（金）10:00～11:30",
                "議事次第",
                "1．開会",
                "2．重点計画の改定について",
                "3．閉会",
                "",
                "1．開会",
                "○事務局　ただいまから、地域交通会議を開会いたします。本日は御出席いただき、ありがとうございます。",
                "2．重点計画の改定について",
                "○事務局　資料1に基づき、重点計画の改定案について御説明いたします。主な改定点は三点です。",
                "○A委員　医療機関の対応状況はどうか。",
                "3．閉会",
                "○事務局　以上をもちまして、本日の地域交通会議を閉会いたします。ありがとうございました。");
        GenericParser.Result r = parser.split(doc("min", "min.txt"), lines, List.of());
        assertThat(ids(r)).containsExactly("front", "toc", "1", "2", "3");
        assertThat(r.sections()).extracting(Section::title).doesNotHaveDuplicates();
        assertThat(r.sections().get(1).title()).isEqualTo("議事次第");
        assertThat(r.sections().get(2).text()).startsWith("○事務局");
        assertNothingLost(r, lines);
    }

    @Test
    void questions_of_a_q_and_a_are_headings_in_text_and_in_markdown() {
        List<String> text = List.of(
                "電子帳簿保存法 Q&A",
                "問1 電子帳簿保存法の対象となる者は誰ですか。",
                "国税関係帳簿書類の保存義務者が対象となります。法人税、所得税の納税者が含まれます。",
                "問2 電子取引データの保存義務はいつから適用されますか。",
                "令和6年1月1日以後に行う電子取引から、電子取引データの保存が義務化されています。");
        GenericParser.Result r = parser.split(doc("qa", "qa.txt"), text, List.of());
        assertThat(ids(r)).containsExactly("front", "qa1", "qa2");
        assertThat(r.sections().get(2).title()).isEqualTo("問2 電子取引データの保存義務はいつから適用されますか。");
        assertNothingLost(r, text);
        // the same questions under # title, ## part, ### question
        List<String> md = List.of(
                "# " + text.get(0),
                "国税庁",
                "## 総論",
                "### " + text.get(1),
                text.get(2),
                "### " + text.get(3),
                text.get(4));
        GenericParser.Result m = parser.split(doc("qa", "qa.md"), md, List.of());
        assertThat(ids(m)).containsExactly("front", "h1", "h1-qa2");
        assertThat(m.sections().get(1).title()).isEqualTo("総論 ／ 問1 電子帳簿保存法の対象となる者は誰ですか。");
        assertThat(m.sections().get(2).breadcrumb()).containsExactly("文書", "総論", text.get(3));
        assertNothingLost(m, md);
    }

    @Test
    void a_slide_with_only_a_label_is_titled_by_the_label_and_its_page() {
        List<String> lines = List.of(
                "港湾における脱炭素化の取組について",
                "国土交通省 港湾局",
                "カーボンニュートラルポートの形成",
                "・港湾ターミナルの脱炭素化を進める",
                "・水素・アンモニア等の受入環境を整備する",
                "参考",
                "（出典）国土交通省港湾局資料",
                "https://www.mlit.go.jp/kowan/");
        GenericParser.Result r = parser.split(doc("sl", "sl.pdf"), lines, List.of(1, 3, 6));
        assertThat(r.slides()).isTrue();
        assertThat(r.sections()).extracting(Section::title).last().isEqualTo("参考（3ページ）");
        assertNothingLost(r, lines);
    }

    @Test
    void the_five_corpus_documents_through_the_generic_parser_lose_no_line() {
        Corpus corpus = new CorpusReader().read(Path.of("corpus"));
        for (CorpusDocument d : corpus.documents()) {
            GenericParser.Result r = parser.split(d.info(), d.lines(), d.pageStarts());
            assertThat(r.sections()).as(d.info().id()).hasSizeGreaterThan(10);
            assertThat(r.sections())
                    .extracting(Section::id)
                    .doesNotHaveDuplicates()
                    .allMatch(id -> id.chars().allMatch(c -> c > 32 && c < 127));
            assertNothingLost(r, d.lines());
        }
    }
}
