package jp.policysearch.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Documents of layouts the corpus does not have, and the no-line-lost check every generic parse must pass. */
final class GenericFixtures {

    private GenericFixtures() {}

    /** A white paper: 第1章 / 第1節 / 1. / (1), a contents page, a note line. */
    static final List<String> WHITE_PAPER = List.of(
            "令和7年版 地域デジタル白書",
            "令和7年6月",
            "総務省",
            "",
            "目次",
            "第1章 地域のデジタル化の現状 ........ 1",
            "第2章 今後の方向性 ........ 9",
            "",
            "第1章 地域のデジタル化の現状",
            "第1節 自治体の取組",
            "1. 行政手続のオンライン化",
            "(1) 進捗状況",
            "全国の市区町村のうち、主要な行政手続をオンラインで受け付けている団体は8割を超えた。",
            "一方で、小規模団体では人材の不足が課題となっており、共同調達や外部人材の活用が進められている。",
            "（出典）総務省「自治体DX推進状況調査」",
            "(2) 課題",
            "申請後の処理が紙のまま残る例が多く、職員の負担軽減につながっていない。業務の見直しと一体で進める必要がある。",
            "2. 窓口業務の見直し",
            "「書かない窓口」を導入した団体では、来庁者の待ち時間が平均で3割短縮された。職員の事務負担も減少している。",
            "第2節 住民の利用状況",
            "マイナンバーカードを用いた手続の利用は、都市部を中心に拡大している。年代による差は依然として大きい。",
            "第2章 今後の方向性",
            "1. 基盤の共通化",
            "標準準拠システムへの移行を着実に進め、団体ごとの個別開発を減らすことで、費用と人材の制約を緩和する。",
            "2. 人材の確保",
            "都道府県が中心となって専門人材を確保し、市町村を支援する体制の整備を進める。研修の充実も図る。");

    /** A press release in plain text: header lines, a title, body paragraphs with ① items and a contact block. */
    static final List<String> PRESS_RELEASE = List.of(
            "報道発表資料",
            "令和7年4月25日",
            "消費者庁",
            "",
            "通信販売の定期購入に関する注意喚起",
            "",
            "消費者庁は、本日、「初回無料」等の表示で定期購入に誘引する通信販売について、相談が増加していることから、消費者に対して注意喚起を行います。",
            "",
            "１．相談の状況",
            "令和6年度に全国の消費生活センター等に寄せられた定期購入に関する相談は、前年度の約1.3倍に増加しました。",
            "",
            "２．消費者へのアドバイス",
            "① 注文前に、契約期間と支払総額を必ず確認しましょう。",
            "② 解約の条件や方法を、最終確認画面で確認しましょう。",
            "③ 困ったときは、消費者ホットライン「188」に相談しましょう。",
            "",
            "【本件に関する問合せ先】",
            "消費者庁 取引対策課",
            "電話 03-3507-8800（代表）");

    /** Checks that the sections' source ranges cover lines 1..n without gap or overlap and that every line that is
     * not noise is in its section's title, text or notes. */
    static void assertNothingLost(GenericParser.Result result, List<String> lines) {
        int next = 1;
        for (Section s : result.sections()) {
            assertThat(s.source().lineStart()).as("start of %s", s.id()).isEqualTo(next);
            assertThat(s.source().lineEnd())
                    .as("end of %s", s.id())
                    .isGreaterThanOrEqualTo(s.source().lineStart());
            next = s.source().lineEnd() + 1;
        }
        assertThat(next - 1).as("last line covered").isEqualTo(lines.size());
        Set<Integer> noise = new HashSet<>(result.noise());
        TextCleaner cleaner = new TextCleaner();
        int k = 0;
        for (int n = 1; n <= lines.size(); n++) {
            while (result.sections().get(k).source().lineEnd() < n) {
                k++;
            }
            // Markdown's heading marks are markup, not words
            String clean = cleaner.cleanInline(lines.get(n - 1).replaceFirst("^#{1,6}\\s+", ""));
            String squashed = squash(clean);
            if (noise.contains(n) || squashed.isEmpty()) {
                continue;
            }
            Section s = result.sections().get(k);
            String content = squash(s.title() + "\n" + s.text() + "\n" + String.join("\n", s.notes()));
            // a note loses the page number glued to its end (「…資料３ 119」), as in every parser
            assertThat(content.contains(squashed) || content.contains(squash(cleaner.cleanNote(clean))))
                    .as("line %d (%s) in %s", n, lines.get(n - 1), s.id())
                    .isTrue();
        }
    }

    private static String squash(String s) {
        return s.replaceAll("[\\s　]+", "");
    }
}
