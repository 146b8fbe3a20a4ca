package jp.policysearch.section;

import static jp.policysearch.section.GenericFixtures.assertNothingLost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.policysearch.corpus.CorpusDocument;
import jp.policysearch.corpus.CorpusException;
import jp.policysearch.corpus.DocumentIntake;
import jp.policysearch.corpus.DocumentKind;
import jp.policysearch.corpus.IntakeOverrides;
import jp.policysearch.testsupport.JapanesePdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New documents of layouts the corpus has never had, made here (PDFs with PDFBox and a Japanese font): read,
 * metadata inferred with reasons, kind detected, and split by the generic parser with pages and breadcrumbs.
 */
class DocumentIntakeTest {

    private static final Path CORPUS = Path.of("corpus");
    private static final String FOOTER = "地域交通ワーキンググループ 事務局資料";

    @TempDir
    Path dir;

    private final DocumentIntake intake = DocumentParsers.intake(CORPUS);
    private final GenericParser generic = GenericParser.fromCorpus(CORPUS);

    /** A council's slide deck: a cover, one heading per page, chapter dividers, a running footer, page numbers. */
    static List<List<String>> councilDeck() {
        List<List<String>> pages = new ArrayList<>();
        pages.add(List.of("資料３", "第５回 地域交通ワーキンググループ", "地域公共交通の再構築に向けた論点", "令和７年６月１０日", "国土交通省 総合政策局"));
        pages.add(slide(2, "本日ご議論いただきたい事項", "・利用者の減少と運転士不足への対応", "・デジタル技術を活用した運行の効率化", "・自治体と交通事業者の役割分担の見直し"));
        pages.add(slide(3, "１．現状と課題"));
        pages.add(slide(
                4,
                "路線バスの利用者数の推移",
                "地方部の路線バスの利用者数は、この20年で約4割減少した。",
                "減便や路線の廃止が続き、通院や通学の足の確保が課題となっている。",
                "（出典）国土交通省「地域交通に関する実態調査」"));
        pages.add(slide(5, "運転士不足の見通し", "2030年には全国で約3万6千人の運転士が不足すると見込まれる。", "総務省と連携し、自治体の職員が運行管理を担う例も出てきている。"));
        pages.add(slide(6, "２．今後の方向性"));
        pages.add(slide(7, "AIオンデマンド交通の導入支援", "予約に応じて経路を決めるAIオンデマンド交通の導入を、", "計画策定から車両の確保まで一体で支援する。"));
        pages.add(slide(8, "今後の進め方", "年内に中間取りまとめを行い、来年度の予算要求に反映する。"));
        return pages;
    }

    private static List<String> slide(int number, String... lines) {
        List<String> out = new ArrayList<>(List.of(lines));
        out.add("");
        out.add(FOOTER);
        out.add(Integer.toString(number));
        return out;
    }

    /** A white paper: cover, running header, page numbers, 第1章 / 第1節 / 1. / (1), a section over a page break. */
    static List<List<String>> whitePaper() {
        List<List<String>> pages = new ArrayList<>();
        pages.add(List.of("令和７年版", "地域デジタル白書", "令和７年７月", "総務省"));
        List<String> p2 = new ArrayList<>(
                List.of("令和７年版 地域デジタル白書", "第1章 地域のデジタル化の現状", "第1節 自治体の取組", "1. 行政手続のオンライン化", "(1) 進捗状況"));
        List<String> p3 = new ArrayList<>(List.of("令和７年版 地域デジタル白書"));
        for (int i = 1; i <= 24; i++) {
            p2.add("オンライン化の進捗について、団体規模別の状況を整理した結果の" + i + "行目である。");
            p3.add("小規模団体における人材確保の取組と、共同調達の効果についての記述の" + i + "行目である。");
        }
        p2.add("- 2 -");
        p3.add("(2) 課題");
        p3.add("申請後の処理が紙のまま残る例が多く、職員の負担軽減につながっていない。業務の見直しと一体で進める必要がある。");
        p3.add("- 3 -");
        List<String> p4 = new ArrayList<>(List.of("令和７年版 地域デジタル白書", "第2章 今後の方向性", "1. 基盤の共通化"));
        for (int i = 1; i <= 24; i++) {
            p4.add("標準準拠システムへの移行と、ガバメントクラウドの活用に関する方針の" + i + "行目である。");
        }
        p4.add("- 4 -");
        pages.add(p2);
        pages.add(p3);
        pages.add(p4);
        return pages;
    }

    private GenericParser.Result parse(DocumentIntake.Intake in) {
        GenericParser.Result r =
                generic.split(in.info(), in.text().lines(), in.text().pageStarts());
        CorpusDocument doc =
                new CorpusDocument(in.info(), in.text().lines(), in.text().pageStarts());
        return new GenericParser.Result(SectionParser.withPages(doc, r.sections()), r.noise(), r.slides());
    }

    private static List<String> local(GenericParser.Result r) {
        return r.sections().stream()
                .map(s -> s.id().substring(s.id().indexOf('/') + 1))
                .toList();
    }

    @Test
    void a_council_slide_deck_pdf_becomes_one_section_per_slide_with_its_page() {
        Path file = JapanesePdf.write(dir.resolve("wg05-shiryo3.pdf"), councilDeck(), true);
        DocumentIntake.Intake in = intake.read(file, IntakeOverrides.NONE);
        assertThat(in.text().format()).isEqualTo("pdf");
        assertThat(in.text().pageStarts()).hasSize(8);
        assertThat(in.info().id()).isEqualTo("wg05-shiryo3");
        assertThat(in.info().title()).isEqualTo("地域公共交通の再構築に向けた論点");
        assertThat(in.info().ministries()).containsExactly("国土交通省");
        assertThat(in.info().date()).isEqualTo("2025-06-10");
        assertThat(in.info().year()).isEqualTo(2025);
        assertThat(in.info().kind()).isEqualTo(DocumentKind.GENERIC);
        assertThat(in.info().inferred())
                .containsEntry("title", "表紙の記載から推定")
                .containsEntry("issuers", "表紙の記載から推定")
                .containsEntry("date", "表紙の日付（令和７年６月１０日）から推定")
                .containsKey("kind");
        assertThat(in.inferredSummary()).contains("issuers: 国土交通省 (inferred: 表紙の記載から推定; correct with --issuer)");

        GenericParser.Result r = parse(in);
        assertThat(r.slides()).isTrue();
        assertThat(local(r)).containsExactly("p001", "p002", "p003", "p005", "p006", "p008");
        assertThat(r.sections())
                .extracting(Section::title)
                .containsExactly(
                        "地域公共交通の再構築に向けた論点", "本日ご議論いただきたい事項", "路線バスの利用者数の推移", "運転士不足の見通し", "AIオンデマンド交通の導入支援", "今後の進め方");
        assertThat(r.sections())
                .extracting(s -> s.pages().first() + "-" + s.pages().last())
                .containsExactly("1-1", "2-2", "3-4", "5-5", "6-7", "8-8");
        Section buses = r.sections().get(2);
        assertThat(buses.breadcrumb()).containsExactly("地域公共交通の再構築に向けた論点", "１．現状と課題", "路線バスの利用者数の推移");
        assertThat(buses.notes()).containsExactly("（出典）国土交通省「地域交通に関する実態調査」");
        assertThat(r.sections().get(3).breadcrumb()).contains("１．現状と課題");
        assertThat(r.sections().get(4).breadcrumb()).contains("２．今後の方向性");
        assertThat(r.sections()).allSatisfy(s -> assertThat(s.text()).doesNotContain(FOOTER));
        assertThat(r.noise()).hasSize(14);
        assertNothingLost(r, in.text().lines());
    }

    @Test
    void a_white_paper_pdf_gets_its_heading_tree_and_a_section_over_a_page_break_cites_both_pages() {
        Path file = JapanesePdf.write(dir.resolve("白書2025.pdf"), whitePaper(), false);
        DocumentIntake.Intake in = intake.read(file, IntakeOverrides.NONE);
        assertThat(in.info().id()).startsWith("doc-2025-");
        assertThat(in.info().title()).isEqualTo("地域デジタル白書");
        assertThat(in.info().ministries()).containsExactly("総務省");
        assertThat(in.info().date()).isEqualTo("2025-07");
        GenericParser.Result r = parse(in);
        assertThat(r.slides()).isFalse();
        assertThat(local(r)).containsExactly("front", "ch1", "ch1-s1-1-p2", "ch2");
        Section progress = r.sections().get(1);
        assertThat(progress.title()).isEqualTo("第1章 地域のデジタル化の現状 ／ 第1節 自治体の取組 ／ 1. 行政手続のオンライン化 ／ (1) 進捗状況");
        assertThat(progress.pages()).isEqualTo(new PageRange(2, 3, 2));
        assertThat(r.sections().get(2).breadcrumb())
                .containsExactly("地域デジタル白書", "第1章 地域のデジタル化の現状", "第1節 自治体の取組", "1. 行政手続のオンライン化", "(2) 課題");
        assertThat(r.sections().get(2).pages()).isEqualTo(PageRange.of(3).inPdf(3));
        assertThat(r.sections().get(3).pages()).isEqualTo(PageRange.of(4).inPdf(4));
        assertThat(r.sections()).allSatisfy(s -> assertThat(s.text()).doesNotContain("令和７年版 地域デジタル白書", "- 3 -"));
        assertNothingLost(r, in.text().lines());
    }

    @Test
    void a_shift_jis_press_release_is_decoded_and_split_at_its_own_headings() throws IOException {
        Path file = dir.resolve("press.txt");
        Files.write(file, String.join("\r\n", GenericFixtures.PRESS_RELEASE).getBytes(Charset.forName("windows-31j")));
        DocumentIntake.Intake in = intake.read(file, IntakeOverrides.NONE);
        assertThat(in.text().encoding()).isEqualTo("windows-31j");
        assertThat(in.text().lines()).isEqualTo(GenericFixtures.PRESS_RELEASE);
        assertThat(in.info().title()).isEqualTo("通信販売の定期購入に関する注意喚起");
        assertThat(in.info().ministries()).containsExactly("消費者庁");
        assertThat(in.info().date()).isEqualTo("2025-04-25");
        assertThat(in.info().inferred().get("title")).isEqualTo("冒頭の記載から推定");
        GenericParser.Result r = parse(in);
        assertThat(local(r)).containsExactly("front", "1", "2");
        assertThat(r.sections().get(1).breadcrumb()).containsExactly("通信販売の定期購入に関する注意喚起", "１．相談の状況");
        assertThat(r.sections()).allSatisfy(s -> assertThat(s.pages()).isNull());
    }

    @Test
    void a_markdown_guide_is_split_at_its_headings_with_breadcrumbs() throws IOException {
        Path file = dir.resolve("dx-guide.md");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "# 自治体DX推進手順書",
                        "",
                        "作成：デジタル庁 自治体DX推進チーム",
                        "2025年3月",
                        "",
                        "この手順書は、自治体の担当者が情報システムの標準化を進めるための手順をまとめたものである。",
                        "",
                        "## 1. 体制づくり",
                        "",
                        "### 1.1 推進責任者",
                        "首長の下に推進責任者を置き、全庁の調整を担う。外部人材の登用も検討する。",
                        "",
                        "### 1.2 予算",
                        "移行に要する経費を見積もり、国の補助制度を活用する。複数年度の計画とする。",
                        "",
                        "## 2. 移行作業",
                        "現行システムの調査、移行計画の策定、テストの順に進める。住民への周知も忘れない。",
                        ""),
                StandardCharsets.UTF_8);
        DocumentIntake.Intake in = intake.read(file, IntakeOverrides.NONE);
        assertThat(in.text().format()).isEqualTo("markdown");
        assertThat(in.info().title()).isEqualTo("自治体DX推進手順書");
        assertThat(in.info().inferred().get("title")).isEqualTo("最初の見出しから推定");
        assertThat(in.info().ministries()).containsExactly("デジタル庁");
        assertThat(in.info().date()).isEqualTo("2025-03");
        GenericParser.Result r = parse(in);
        // the title heading is not a level of its own: no breadcrumb names the document twice
        assertThat(local(r)).containsExactly("front", "1", "1-2", "2");
        assertThat(r.sections().get(2).breadcrumb()).containsExactly("自治体DX推進手順書", "1. 体制づくり", "1.2 予算");
        assertNothingLost(r, in.text().lines());
    }

    @Test
    void what_the_person_gives_is_used_and_not_marked_as_inferred() {
        Path file = JapanesePdf.write(dir.resolve("deck.pdf"), councilDeck(), true);
        DocumentIntake.Intake in = intake.read(
                file,
                new IntakeOverrides(
                        "wg-5", "地域交通WG 第5回 資料3", List.of("国土交通省", "総務省"), "2025-06-10", DocumentKind.GENERIC));
        assertThat(in.info().id()).isEqualTo("wg-5");
        assertThat(in.info().title()).isEqualTo("地域交通WG 第5回 資料3");
        assertThat(in.info().ministries()).containsExactly("国土交通省", "総務省");
        assertThat(in.info().inferred()).isEmpty();
        assertThatThrownBy(() -> intake.read(file, new IntakeOverrides(null, null, List.of(), "2025/06", null)))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("deck.pdf")
                .hasMessageContaining("--date");
        assertThatThrownBy(() -> intake.read(file, new IntakeOverrides("WG 5", null, List.of(), null, null)))
                .hasMessageContaining("--id 'WG 5'");
    }

    @Test
    void bad_files_are_refused_with_a_message_naming_the_file_and_what_to_do() throws IOException {
        Path scan = JapanesePdf.writeScan(dir.resolve("scan.pdf"), 3);
        assertThatThrownBy(() -> intake.read(scan, IntakeOverrides.NONE))
                .isInstanceOf(CorpusException.class)
                .hasMessageStartingWith("scan.pdf: a PDF without a text layer")
                .hasMessageContaining("OCR");
        Path locked = JapanesePdf.write(dir.resolve("locked.pdf"), councilDeck(), true, "secret");
        assertThatThrownBy(() -> intake.read(locked, IntakeOverrides.NONE))
                .hasMessageStartingWith("locked.pdf: an encrypted PDF that needs a password");
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertThatThrownBy(() -> intake.read(empty, IntakeOverrides.NONE))
                .hasMessageStartingWith("empty.txt: the file is empty");
        Path binary = Files.write(
                dir.resolve("photo.jpg"),
                new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0});
        assertThatThrownBy(() -> intake.read(binary, IntakeOverrides.NONE))
                .hasMessageStartingWith("photo.jpg: a binary file");
        Path fake = Files.writeString(dir.resolve("report.pdf"), "not really a pdf");
        assertThatThrownBy(() -> intake.read(fake, IntakeOverrides.NONE))
                .hasMessageStartingWith("report.pdf: named .pdf but not a PDF");
        Path broken =
                Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj\n<<".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> intake.read(broken, IntakeOverrides.NONE))
                .hasMessageStartingWith("broken.pdf: not a readable PDF");
        byte[] latin = "caf\u00e9 r\u00e9sum\u00e9 \u00fc\u00df\n".getBytes(StandardCharsets.ISO_8859_1);
        Path unreadable = Files.write(dir.resolve("latin1.txt"), latin);
        assertThatThrownBy(() -> intake.read(unreadable, IntakeOverrides.NONE))
                .hasMessageStartingWith("latin1.txt")
                .hasMessageContaining("unreadable encoding");
    }
}
