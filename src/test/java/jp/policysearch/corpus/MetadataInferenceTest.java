package jp.policysearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Covers as real documents print them, and the traps: bodies and dates that the text only mentions. */
class MetadataInferenceTest {

    private final MetadataInference inference = new MetadataInference(BodyVocabulary.load(Path.of("corpus")));

    private MetadataInference.Result text(String... lines) {
        return inference.infer(List.of(lines), List.of(), false);
    }

    /** A PDF whose first page is {@code cover} and whose other pages are {@code rest}. */
    private MetadataInference.Result pdf(List<String> cover, String... rest) {
        List<String> lines = new ArrayList<>(cover);
        lines.addAll(List.of(rest));
        return inference.infer(lines, List.of(1, cover.size() + 1), false);
    }

    @Test
    void white_paper_cover_with_era_date_and_ministry_at_the_end() {
        MetadataInference.Result r =
                pdf(List.of("令和７年版", "情報通信白書", "令和７年７月", "総務省"), "第1章 デジタル化の現状", "本章では、経済産業省及び内閣府の調査を引用しつつ、現状を概観する。");
        assertThat(r.title()).isEqualTo("情報通信白書");
        assertThat(r.issuers()).containsExactly("総務省");
        assertThat(r.date()).isEqualTo("2025-07");
        assertThat(r.year()).isEqualTo(2025);
        assertThat(r.reasons())
                .containsEntry("title", "表紙の記載から推定")
                .containsEntry("issuers", "表紙の記載から推定")
                .containsEntry("date", "表紙の日付（令和７年７月）から推定");
    }

    @Test
    void council_slides_with_document_number_meeting_line_and_two_ministries() {
        MetadataInference.Result r = pdf(
                List.of(
                        "資料３",
                        "第５回 デジタル産業基盤ワーキンググループ",
                        "半導体・デジタル産業の",
                        "競争力強化に向けた論点",
                        "2025年12月3日",
                        "経済産業省 商務情報政策局",
                        "デジタル庁"),
                "1. 背景",
                "総務省の統計によれば…");
        assertThat(r.title()).isEqualTo("半導体・デジタル産業の競争力強化に向けた論点");
        assertThat(r.issuers()).containsExactly("経済産業省", "デジタル庁");
        assertThat(r.date()).isEqualTo("2025-12-03");
    }

    @Test
    void a_ministry_mentioned_in_the_body_is_never_the_issuer() {
        MetadataInference.Result r = text(
                "地域交通の再構築に関する提言",
                "令和6年11月",
                "本提言は、国土交通省及び総務省の施策を踏まえ、地方公共団体と交通事業者の連携の在り方を取りまとめたものである。",
                "1. 現状",
                "国土交通省の調査では、路線バスの減便が続いている。");
        assertThat(r.title()).isEqualTo("地域交通の再構築に関する提言");
        assertThat(r.issuers()).isEmpty();
        assertThat(r.reasons()).doesNotContainKey("issuers");
        assertThat(r.date()).isEqualTo("2024-11");
    }

    @Test
    void a_date_in_a_reference_list_is_not_the_cover_date() {
        MetadataInference.Result r = pdf(
                List.of("海外における生成AI規制の動向", "調査報告書", "株式会社〇〇総合研究所"),
                "参考文献",
                "(1) 内閣府「AI戦略2022」（令和4年4月22日）",
                "(2) 総務省「情報通信白書」2024年7月");
        assertThat(r.title()).isEqualTo("海外における生成AI規制の動向");
        assertThat(r.date()).isNull();
        assertThat(r.issuers()).isEmpty();
        // the year is only a lower bound from the newest dated reference, and says so
        assertThat(r.year()).isEqualTo(2022);
        assertThat(r.reasons().get("year")).isEqualTo("表紙に日付がなく、本文中で最も新しい日付（令和4年4月22日）から推定");
    }

    @Test
    void a_date_line_or_a_body_name_alone_is_not_the_title() {
        MetadataInference.Result r = pdf(List.of("令和7年6月13日", "内閣府", "経済財政運営と改革の基本方針2025", "（骨太の方針）"));
        assertThat(r.title()).isEqualTo("経済財政運営と改革の基本方針2025 （骨太の方針）");
        assertThat(r.issuers()).containsExactly("内閣府");
        assertThat(r.date()).isEqualTo("2025-06-13");
    }

    @Test
    void minutes_are_titled_by_their_meeting_line_and_a_labelled_field_is_never_the_title() {
        MetadataInference.Result r = text(
                "デジタル社会推進会議 幹事会（第12回）議事録",
                "",
                "日時：令和7年3月14日（金）10:00～11:30",
                "場所：中央合同庁舎第4号館 共用会議室",
                "○事務局 ただいまから、デジタル社会推進会議幹事会を開会いたします。本日は御出席いただき、ありがとうございます。");
        assertThat(r.title()).isEqualTo("デジタル社会推進会議 幹事会（第12回）議事録");
        assertThat(r.date()).isEqualTo("2025-03-14");
        // a meeting line alone (no paper named) is still passed over when the cover has a title
        assertThat(text("第3回 地域交通ワーキンググループ", "日時：令和7年6月10日", "地域公共交通の再構築に向けた論点整理")
                        .title())
                .isEqualTo("地域公共交通の再構築に向けた論点整理");
    }

    @Test
    void author_line_and_secretariat_and_imprint() {
        MetadataInference.Result made = text("スタートアップ支援策の概要", "作成：経済産業省 経済産業政策局", "2025/4/1");
        assertThat(made.issuers()).containsExactly("経済産業省");
        assertThat(made.date()).isEqualTo("2025-04-01");
        MetadataInference.Result secretariat = pdf(List.of("第12回 総合科学技術・イノベーション会議", "議事次第", "内閣府 科学技術・イノベーション推進事務局"));
        assertThat(secretariat.issuers()).containsExactly("内閣府");
        MetadataInference.Result imprint = text(
                "港湾の脱炭素化に向けて",
                "",
                "港湾は物流の拠点であり、脱炭素化の取組は急務である。",
                "1. 取組の方向性",
                "国が先導し、地方公共団体と連携する。",
                "",
                "【お問い合わせ先】",
                "国土交通省 港湾局 計画課");
        assertThat(imprint.issuers()).containsExactly("国土交通省");
        assertThat(imprint.reasons().get("issuers")).isEqualTo("末尾の発行者・問い合わせ先の記載から推定");
    }

    @Test
    void a_council_named_on_the_cover_issues_its_report_but_its_secretariat_issues_a_secretariat_paper() {
        MetadataInference.Result report = pdf(List.of("中央教育審議会", "令和の日本型学校教育の構築を目指して", "（答申）", "令和3年1月26日"));
        assertThat(report.issuers()).containsExactly("中央教育審議会");
        assertThat(report.title()).isEqualTo("令和の日本型学校教育の構築を目指して （答申）");
        MetadataInference.Result paper =
                pdf(List.of("資料4", "産業構造審議会 商務流通情報分科会", "情報経済小委員会（第3回）", "データ利活用の促進に向けて", "事務局提出資料", "2025年10月"));
        assertThat(paper.issuers()).containsExactly("経済産業省");
        assertThat(paper.reasons().get("issuers")).contains("事務局");
        assertThat(paper.title()).isEqualTo("データ利活用の促進に向けて");
    }

    @Test
    void letter_spaced_cover_lines_are_read_closed_up() {
        MetadataInference.Result r = pdf(List.of("エ ネ ル ギ ー 白 書", "2025", "経 済 産 業 省"));
        assertThat(r.title()).isEqualTo("エネルギー白書");
        assertThat(r.issuers()).containsExactly("経済産業省");
        assertThat(MetadataInference.plain("令和7年版 地域デジタル白書")).isEqualTo("令和7年版 地域デジタル白書");
    }

    @Test
    void abbreviated_and_full_width_dates_on_covers() {
        assertThat(text("GX実現に向けた基本方針 参考資料", "R5.2.10", "内閣官房").date()).isEqualTo("2023-02-10");
        assertThat(text("こども未来戦略", "令和５年１２月２２日", "閣議決定").date()).isEqualTo("2023-12-22");
        assertThat(text("働き方改革の現状", "令和元年10月", "厚生労働省").year()).isEqualTo(2019);
        assertThat(text("防災白書", "令和６年６月", "内閣府").issuers()).containsExactly("内閣府");
    }

    @Test
    void press_release_header_then_title() {
        MetadataInference.Result r = text(
                "報道発表資料", "令和7年4月25日", "消費者庁", "", "通信販売の定期購入に関する注意喚起", "消費者庁は、本日、定期購入に関する相談が増加していることから、注意喚起を行います。");
        assertThat(r.title()).isEqualTo("通信販売の定期購入に関する注意喚起");
        assertThat(r.issuers()).containsExactly("消費者庁");
        assertThat(r.date()).isEqualTo("2025-04-25");
    }

    @Test
    void markdown_takes_its_first_heading_as_the_title() {
        MetadataInference.Result r =
                inference.infer(List.of("<!-- draft -->", "# 自治体DX推進手順書", "", "## 1. 目的"), List.of(), true);
        assertThat(r.title()).isEqualTo("自治体DX推進手順書");
        assertThat(r.reasons().get("title")).isEqualTo("最初の見出しから推定");
    }

    @Test
    void a_chart_credit_repeated_names_the_issuer_when_nothing_else_does() {
        MetadataInference.Result r = text(
                "蓄電池産業の現状",
                "",
                "国内生産能力の推移は次のとおりである。",
                "（出典）各社公表資料を基に経済産業省作成",
                "世界市場の見通しは拡大している。",
                "（出典）IEA資料を基に経済産業省作成");
        assertThat(r.issuers()).containsExactly("経済産業省");
        assertThat(r.reasons().get("issuers")).isEqualTo("図表の「経済産業省作成」の記載から推定");
    }
}
