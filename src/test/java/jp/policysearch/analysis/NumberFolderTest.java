package jp.policysearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberFolderTest {

    private final NumberFolder folder = new NumberFolder();

    @Test
    void thousands_separators_go() {
        assertThat(folder.fold("計8,000億円規模")).isEqualTo("計8000億円規模");
        assertThat(folder.fold("1,234,567人")).isEqualTo("1234567人");
    }

    @Test
    void a_list_of_small_numbers_keeps_its_commas() {
        assertThat(folder.fold("1,2,3")).isEqualTo("1,2,3");
        assertThat(folder.fold("1,2345")).isEqualTo("1,2345");
    }

    @Test
    void sen_and_hyaku_after_digits_become_digits() {
        assertThat(folder.fold("8千億円")).isEqualTo("8000億円");
        assertThat(folder.fold("2兆7千億円")).isEqualTo("2兆7000億円");
        assertThat(folder.fold("3百万円")).isEqualTo("300万円");
    }

    @Test
    void kanji_numerals_before_a_myriad_currency_or_counter_become_digits() {
        assertThat(folder.fold("十兆円")).isEqualTo("10兆円");
        assertThat(folder.fold("八兆円")).isEqualTo("8兆円");
        assertThat(folder.fold("一兆五千億円")).isEqualTo("1兆5000億円");
        assertThat(folder.fold("二十か国")).isEqualTo("20か国");
        assertThat(folder.fold("三百五十億")).isEqualTo("350億");
        assertThat(folder.fold("数十億円")).isEqualTo("数10億円");
    }

    @Test
    void kanji_numerals_in_words_stay() {
        for (String word : new String[] {"四国", "第三国", "二国間", "十分", "千葉", "一部", "九州", "一人ひとり", "万一"}) {
            assertThat(folder.fold(word)).isEqualTo(word);
        }
    }

    @Test
    void counter_kana_fold_to_ka() {
        for (String written : new String[] {"20カ国", "20ヶ国", "20ケ国", "20ヵ国", "20箇国", "20か国"}) {
            assertThat(folder.fold(written)).isEqualTo("20か国");
        }
        assertThat(folder.fold("3ヶ月")).isEqualTo("3か月");
        assertThat(folder.fold("63 カ国・地域")).isEqualTo("63 か国・地域");
        assertThat(folder.fold("2箇所")).isEqualTo("2か所");
        assertThat(folder.fold("箇所")).isEqualTo("箇所");
        assertThat(folder.fold("カ国")).isEqualTo("カ国");
    }

    @Test
    void era_abbreviations_are_spelled_out() {
        assertThat(folder.fold("【R6補正：1100億円】")).isEqualTo("【令和6年度補正：1100億円】");
        assertThat(folder.fold("R5年度")).isEqualTo("令和5年度");
        assertThat(folder.fold("R7当初")).isEqualTo("令和7年度当初");
        assertThat(folder.fold("R6fy予定")).isEqualTo("令和6年度予定");
        assertThat(folder.fold("H30年度")).isEqualTo("平成30年度");
        assertThat(folder.fold("総務省 R3/2/1")).isEqualTo("総務省 令和3年2月1日");
        assertThat(folder.fold("R7.6.7")).isEqualTo("令和7年6月7日");
    }

    @Test
    void latin_words_with_r_or_h_and_digits_stay() {
        assertThat(folder.fold("R152a")).isEqualTo("R152a");
        assertThat(folder.fold("HR6補正")).isEqualTo("HR6補正");
        assertThat(folder.fold("H2O")).isEqualTo("H2O");
    }

    @Test
    void offsets_map_back_to_the_original() {
        String original = "予算は十兆円と8,000億円";
        NormalizedText folded = folder.foldWithOffsets(original);
        assertThat(folded.text()).isEqualTo("予算は10兆円と8000億円");
        int yen = folded.text().lastIndexOf("億円");
        assertThat(original.substring(folded.originalOffset(yen), folded.originalOffset(yen + 2)))
                .isEqualTo("億円");
        int start = folded.text().indexOf("8000");
        assertThat(original.substring(folded.originalOffset(start), folded.originalOffset(start + 4)))
                .isEqualTo("8,000");
    }
}
