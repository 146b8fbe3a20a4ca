package jp.policysearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    private static String first(String line) {
        List<DateFinder.Found> found = DateFinder.find(line);
        if (found.isEmpty()) {
            return null;
        }
        DateFinder.Found f = found.getFirst();
        return f.iso() != null ? f.iso() : f.year() + (f.fiscal() ? "FY" : "");
    }

    @Test
    void western_era_abbreviated_and_full_width_forms() {
        assertThat(first("2025年6月7日")).isEqualTo("2025-06-07");
        assertThat(first("２０２５年３月")).isEqualTo("2025-03");
        assertThat(first("2025（令和7）年3月")).isEqualTo("2025-03");
        assertThat(first("令和7（2025）年6月13日 閣議決定")).isEqualTo("2025-06-13");
        assertThat(first("令和７年６月")).isEqualTo("2025-06");
        assertThat(first("令和元年5月1日")).isEqualTo("2019-05-01");
        assertThat(first("平成31年4月")).isEqualTo("2019-04");
        assertThat(first("平成元年")).isEqualTo("1989");
        assertThat(first("令和七年六月")).isEqualTo("2025-06");
        assertThat(first("令和6年度補正予算")).isEqualTo("2024FY");
        assertThat(first("（R7.6.7時点）")).isEqualTo("2025-06-07");
        assertThat(first("H31.4.1")).isEqualTo("2019-04-01");
        assertThat(first("Ｒ７．６")).isEqualTo("2025-06");
        assertThat(first("2024/12/25 更新")).isEqualTo("2024-12-25");
        assertThat(first("2025.06")).isEqualTo("2025-06");
    }

    @Test
    void numbers_that_are_not_dates_are_not_found() {
        assertThat(first("売上高 2025億円")).isNull();
        assertThat(first("1.2.3 小見出し")).isNull();
        assertThat(first("2025年13月")).isNull();
        assertThat(first("GR7.5")).isNull();
        assertThat(first("図表3-12")).isNull();
    }

    @Test
    void several_dates_on_a_line_come_left_to_right() {
        List<DateFinder.Found> found = DateFinder.find("令和6年12月20日策定、令和7年6月改定");
        assertThat(found).extracting(DateFinder.Found::iso).containsExactly("2024-12-20", "2025-06");
        assertThat(found.get(1).text()).isEqualTo("令和7年6月");
    }
}
