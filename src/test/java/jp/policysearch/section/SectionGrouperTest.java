package jp.policysearch.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionGrouperTest {

    private static final String TEXT = "・国内の製造業を中心に、データ連携の基盤を整備し、サプライチェーン全体での生産性向上を実現する。"
            + "・中小企業を含めた幅広い企業のデジタル化を支援し、地域の産業競争力を強化する。"
            + "・国際標準化を主導し、海外市場での日本企業の事業展開を後押しする。";

    private static Section section(String id, String doc, String text, String cardKey, String phase) {
        return new Section(
                id,
                doc,
                "t",
                List.of(),
                List.of("分野横断"),
                null,
                cardKey,
                phase,
                List.of(),
                2025,
                null,
                text,
                List.of(),
                List.of(),
                new SourceRef("f", 1, 1),
                0,
                id,
                false,
                List.of());
    }

    @Test
    void a_near_identical_later_section_joins_the_first_ones_group_and_is_a_reprint() {
        List<Section> out = new SectionGrouper(0.85, 100)
                .group(List.of(
                        section("a/s1", "a", TEXT, null, null),
                        section(
                                "a/s2",
                                "a",
                                "まったく別の内容。" + TEXT.substring(0, 40) + "違う話題についての記述がここに続く。".repeat(4),
                                null,
                                null),
                        section("b/s9", "b", TEXT.replace("。・", "。\n・"), null, null)));
        assertThat(out).extracting(Section::groupKey).containsExactly("a/s1", "a/s2", "a/s1");
        assertThat(out).extracting(Section::reprint).containsExactly(false, false, true);
    }

    @Test
    void short_texts_are_never_near_identical() {
        List<Section> out = new SectionGrouper(0.85, 100)
                .group(List.of(section("a/s1", "a", "同じ短い文。", null, null), section("b/s1", "b", "同じ短い文。", null, null)));
        assertThat(out).extracting(Section::groupKey).containsExactly("a/s1", "b/s1");
    }

    @Test
    void a_parsers_own_reprint_link_is_kept() {
        Section first = section("a/s1", "a", "一", null, null);
        Section again = new Section(
                "a/s5",
                "a",
                "t",
                List.of(),
                List.of(),
                null,
                null,
                null,
                List.of(),
                2025,
                null,
                "二",
                List.of(),
                List.of(),
                new SourceRef("f", 9, 9),
                4,
                "a/s1",
                true,
                List.of());
        List<Section> out = new SectionGrouper().group(List.of(first, again));
        assertThat(out).extracting(Section::groupKey).containsExactly("a/s1", "a/s1");
        assertThat(out).extracting(Section::reprint).containsExactly(false, true);
    }
}
