package jp.policysearch.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.policysearch.section.DocumentParsers;
import jp.policysearch.section.ParsedCorpus;
import jp.policysearch.section.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The four cards that the growth roadmap draft (000) and the digital/cyber WG draft (001) share, compared on the real
 * corpus. The expected figures were read from the two files (line numbers of corpus/000_… and corpus/001_…).
 */
class CorpusComparisonTest {

    private static final String GROWTH = "growth-roadmap-2026/";
    private static final String DIGITAL = "digital-cyber-roadmap-2026/";
    private static Map<String, Section> sections;
    private final SectionComparer comparer = new SectionComparer();

    @BeforeAll
    static void parse() {
        ParsedCorpus corpus = DocumentParsers.sectionParser(Path.of("corpus")).parse(Path.of("corpus"));
        sections = new HashMap<>();
        corpus.sections().forEach(s -> sections.put(s.id(), s));
    }

    private Comparison compare(String a, String b) {
        assertThat(sections).containsKeys(a, b);
        return comparer.compare(VersionChanges.version(sections.get(a)), VersionChanges.version(sections.get(b)));
    }

    private static List<String> figures(Comparison c) {
        return c.figures().stream()
                .map(f -> (f.before() == null ? "なし" : f.before()) + " → " + (f.after() == null ? "なし" : f.after()))
                .toList();
    }

    @Test
    void automatedDrivingGoalHasTheConflictingStatistics() {
        // 000:822 約72兆円, 約25%, 約16% (note *6 約17.6兆円, *5 2025年時点); 001:775 約70兆円, 約26%, 約21% (*)4) 約22兆円,
        // *)3) 2024年時点); target 000:830 「2030年代における…シェア約25%を確保」 vs 001:783 「26%のシェアを獲得」
        Comparison c = compare(GROWTH + "c05/goal", DIGITAL + "c06/goal");
        assertThat(figures(c))
                .containsExactly(
                        "72兆円 → 70兆円",
                        "25% → 26%",
                        "16% → 21%",
                        "2030年代 → なし",
                        "25% → 26%",
                        "2025年 → 2024年",
                        "17.6兆円 → 22兆円");
        FigureChange first = c.figures().get(0);
        // the third passage of each (anchors come from the passages' text, docs/anchors.md)
        assertThat(first.beforeAnchor())
                .isEqualTo(sections.get(GROWTH + "c05/goal").passages().get(2).anchor());
        assertThat(first.afterAnchor())
                .isEqualTo(sections.get(DIGITAL + "c06/goal").passages().get(2).anchor());
        Row row = c.rows().stream()
                .filter(r -> r.id().equals(first.row()))
                .findFirst()
                .orElseThrow();
        assertThat(row.kind()).isEqualTo(Row.Kind.CHANGED);
        assertThat(row.spans()).contains(new Span(Span.Op.DELETE, "72兆円"), new Span(Span.Op.INSERT, "70兆円"));
        // 000 adds the モジュール型AI bullet (000:840): a removed passage, not a change of figures
        assertThat(c.rows())
                .anyMatch(r -> r.kind() == Row.Kind.REMOVED && r.before().text().contains("モジュール型AIも活用し社会実装を促進"));
    }

    @Test
    void automatedDrivingPathAndPolicy() {
        // the share target in the 道筋: 000 約25% twice, 001 約26% twice
        assertThat(figures(compare(GROWTH + "c05/path", DIGITAL + "c06/path")))
                .containsExactly("25% → 26%", "25% → 26%");
        Comparison policy = compare(GROWTH + "c05/policy", DIGITAL + "c06/policy");
        assertThat(policy.changed()).isTrue();
        assertThat(figures(policy)).isEmpty();
    }

    @Test
    void cloudCardFiguresOnlyIn000() {
        // 000:444 adds 「国内で4兆円規模・年20%超で拡大を続ける成長市場」
        assertThat(figures(compare(GROWTH + "c03/goal", DIGITAL + "c02/goal"))).containsExactly("4兆円 → なし", "20% → なし");
        assertThat(figures(compare(GROWTH + "c03/path", DIGITAL + "c02/path"))).isEmpty();
        assertThat(figures(compare(GROWTH + "c03/policy", DIGITAL + "c02/policy")))
                .isEmpty();
    }

    @Test
    void medicalCardPlaceholders() {
        // 000:634 「2040年時点：28兆円」 vs 001:616 「○兆円」; 001:630 「〇年間で集中的に進める」 vs 000:648 「集中的に進める」
        assertThat(figures(compare(GROWTH + "c04/goal", DIGITAL + "c05/goal"))).containsExactly("28兆円 → ○兆円");
        assertThat(figures(compare(GROWTH + "c04/path", DIGITAL + "c05/path"))).containsExactly("なし → 〇年");
        assertThat(figures(compare(GROWTH + "c04/policy", DIGITAL + "c05/policy")))
                .isEmpty();
    }

    @Test
    void cyberSecurityCardRewordedWithoutFigures() {
        for (String phase : List.of("goal", "path", "policy")) {
            Comparison c = compare(GROWTH + "c02/" + phase, DIGITAL + "c03/" + phase);
            assertThat(c.changed()).as(phase).isTrue();
            assertThat(figures(c)).as(phase).isEmpty();
        }
        // 000 adds 「国内での一次データ収集力を強化しながら」 (000:285 vs 001:297)
        Comparison goal = compare(GROWTH + "c02/goal", DIGITAL + "c03/goal");
        assertThat(goal.rows())
                .anyMatch(r -> r.kind() == Row.Kind.CHANGED
                        && r.spans().stream()
                                .anyMatch(sp ->
                                        sp.op() == Span.Op.DELETE && sp.text().contains("一次データ収集力を強化しながら")));
        // the path's bullets are reordered (000:314 first, 001 later): matched as moved, not deleted and inserted
        Comparison path = compare(GROWTH + "c02/path", DIGITAL + "c03/path");
        assertThat(path.count(Row.Kind.MOVED)).isPositive();
    }

    @Test
    void identicalReprintsReportNoChange() {
        for (String[] pair : new String[][] {{"p094", "p158"}, {"p097", "p167"}, {"p211", "p254"}}) {
            String a = "semiconductor-digital-strategy-2023/" + pair[0];
            String b = "semiconductor-digital-strategy-2023/" + pair[1];
            Comparison c = compare(a, b);
            assertThat(c.changed()).as(a).isFalse();
            assertThat(c.figures()).isEmpty();
            assertThat(c.rows()).isNotEmpty().allMatch(r -> r.kind() == Row.Kind.SAME);
            assertThat(c.changedChars()).isZero();
        }
    }

    @Test
    void indexFieldsForTheWholeCorpus() {
        Map<String, VersionChanges.Change> changes = new VersionChanges().ofSections(List.copyOf(sections.values()));
        assertThat(changes.get(GROWTH + "c05/goal")).isEqualTo(new VersionChanges.Change(VersionChanges.CHANGED, 7));
        assertThat(changes.get(DIGITAL + "c06/goal")).isEqualTo(new VersionChanges.Change(VersionChanges.CHANGED, 7));
        assertThat(changes.get(GROWTH + "c02/path")).isEqualTo(new VersionChanges.Change(VersionChanges.CHANGED, 0));
        assertThat(changes.get("semiconductor-digital-strategy-2023/p094"))
                .isEqualTo(new VersionChanges.Change(VersionChanges.SAME, 0));
        // a section without other versions gets nothing
        assertThat(changes).doesNotContainKey(GROWTH + "c01/goal");
        // 12 card phases in two documents and the five 再掲 pairs of 002
        assertThat(changes).hasSize(34);
    }
}
