package jp.policysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnalysisVariantsTest {

    @Test
    void kanji_numerals_show_their_digits() {
        assertThat(AnalysisVariants.of("八兆円")).containsExactly("8兆円");
        assertThat(AnalysisVariants.of("十兆円")).containsExactly("10兆円");
    }

    @Test
    void large_numbers_show_the_other_way_to_write_them() {
        assertThat(AnalysisVariants.of("8000億円")).containsExactly("8,000億円");
        assertThat(AnalysisVariants.of("8,000億円")).containsExactly("8000億円");
        assertThat(AnalysisVariants.of("8千億円")).contains("8000億円", "8,000億円");
    }

    @Test
    void a_year_gets_no_thousands_separator() {
        assertThat(AnalysisVariants.of("2024年度")).isEmpty();
    }

    @Test
    void counters_show_the_other_kana() {
        assertThat(AnalysisVariants.of("20か国")).containsExactly("20カ国", "20ヶ国");
        assertThat(AnalysisVariants.of("63ヶ国")).containsExactly("63か国", "63カ国");
    }

    @Test
    void eras_show_the_abbreviation_and_the_abbreviation_the_spelled_out_form() {
        assertThat(AnalysisVariants.of("令和6年度補正")).containsExactly("R6補正");
        assertThat(AnalysisVariants.of("R6補正")).containsExactly("令和6年度補正");
        assertThat(AnalysisVariants.of("令和5年度")).containsExactly("R5年度");
    }

    @Test
    void words_without_numbers_show_nothing() {
        assertThat(AnalysisVariants.of("半導体")).isEmpty();
        assertThat(AnalysisVariants.of("四国")).isEmpty();
    }

    @Test
    void okurigana_between_kanji_shows_the_shorter_spellings() {
        assertThat(AnalysisVariants.of("取り組み")).containsExactly("取組み", "取組");
        assertThat(AnalysisVariants.of("申し込み")).containsExactly("申込み", "申込");
        assertThat(AnalysisVariants.of("組み立て")).containsExactly("組立て", "組立");
    }

    @Test
    void particles_and_inflections_are_not_okurigana() {
        assertThat(AnalysisVariants.of("人材を育成")).isEmpty();
        assertThat(AnalysisVariants.of("推進した")).isEmpty();
        assertThat(AnalysisVariants.of("持続可能な航空燃料")).isEmpty();
    }
}
