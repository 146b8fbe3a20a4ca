package jp.policysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EraYearsTest {

    @Test
    void a_reiwa_fiscal_year_is_also_searched_as_the_western_year() {
        assertThat(EraYears.variants("令和6年度")).containsExactly("2024年度");
        assertThat(EraYears.variants("令和元年")).containsExactly("2019年");
    }

    @Test
    void a_western_year_is_also_searched_in_the_era_it_falls_in() {
        assertThat(EraYears.variants("2025年度")).containsExactly("令和7年度");
        assertThat(EraYears.variants("2010年")).containsExactly("平成22年");
    }

    @Test
    void the_year_is_replaced_inside_a_longer_term_and_other_numbers_are_left_alone() {
        assertThat(EraYears.variants("令和4年度補正予算")).containsExactly("2022年度補正予算");
        assertThat(EraYears.variants("12025年")).isEmpty();
        assertThat(EraYears.variants("1850年")).isEmpty();
        assertThat(EraYears.variants("半導体")).isEmpty();
    }

    @Test
    void an_era_abbreviation_reaches_the_western_year_through_its_spelled_out_form() {
        assertThat(EraYears.variants(AnalysisVariants.folded("R6補正"))).containsExactly("2024年度補正");
    }
}
