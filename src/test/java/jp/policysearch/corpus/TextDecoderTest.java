package jp.policysearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String TEXT =
            "令和７年度　情報通信白書の概要\n第１章　デジタル化の現状と課題\n" + "①　ＩｏＴ機器の普及が進み、企業のデータ活用は着実に広がっている。髙橋委員の指摘を踏まえ、㈱や№も含む。\n";

    @Test
    void shift_jis_with_windows_extensions_is_detected_and_read_exactly() {
        TextDecoder.Decoded d = TextDecoder.decode("a.txt", TEXT.getBytes(Charset.forName("windows-31j")));
        assertThat(d.charset().name()).isEqualTo("windows-31j");
        assertThat(d.text()).isEqualTo(TEXT);
    }

    @Test
    void euc_jp_is_detected_and_read_exactly() {
        String text = "経済産業省は、半導体の安定供給に向けた基本方針を公表した。\nお問い合わせ先：商務情報政策局\n";
        TextDecoder.Decoded d = TextDecoder.decode("a.txt", text.getBytes(Charset.forName("EUC-JP")));
        assertThat(d.charset().name()).isEqualTo("EUC-JP");
        assertThat(d.text()).isEqualTo(text);
    }

    @Test
    void a_short_text_valid_in_both_japanese_encodings_is_read_as_the_one_that_gives_japanese() {
        // 「ひらがな」 in EUC-JP is also valid Shift_JIS (half-width katakana and kanji): the score decides
        byte[] euc = "ひらがなとカタカナ".getBytes(Charset.forName("EUC-JP"));
        assertThat(new String(euc, Charset.forName("windows-31j"))).doesNotContain("ひらがな");
        assertThat(TextDecoder.decode("a.txt", euc).text()).isEqualTo("ひらがなとカタカナ");
        byte[] sjis = "ひらがなとカタカナ".getBytes(Charset.forName("windows-31j"));
        assertThat(TextDecoder.decode("a.txt", sjis).text()).isEqualTo("ひらがなとカタカナ");
    }

    @Test
    void utf8_with_and_without_bom_and_utf16_with_bom() {
        byte[] plain = "概要\n本文".getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode("a.txt", plain).text()).isEqualTo("概要\n本文");
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertThat(TextDecoder.decode("a.txt", bom).text()).isEqualTo("概要\n本文");
        byte[] utf16 = "\uFEFF概要".getBytes(StandardCharsets.UTF_16LE);
        assertThat(TextDecoder.decode("a.txt", utf16).text()).isEqualTo("概要");
    }

    @Test
    void empty_binary_and_undecodable_files_are_refused_naming_the_file() {
        assertThatThrownBy(() -> TextDecoder.decode("empty.txt", new byte[0]))
                .isInstanceOf(CorpusException.class)
                .hasMessageStartingWith("empty.txt: the file is empty");
        assertThatThrownBy(() -> TextDecoder.decode("blank.txt", " \n\n".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("empty");
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, (byte) 0x90, 0x7a};
        assertThatThrownBy(() -> TextDecoder.decode("slides.pptx", zip))
                .hasMessageStartingWith("slides.pptx: a binary file");
        byte[] bad = {'a', '\n', 'b', '\n', (byte) 0xff, (byte) 0xfe, (byte) 0xff, '\n'};
        assertThatThrownBy(() -> TextDecoder.decode("odd.txt", bad))
                .isInstanceOf(CorpusException.class)
                .hasMessageStartingWith("odd.txt:3: unreadable encoding")
                .hasMessageContaining("save the file as UTF-8");
    }

    @Test
    void lines_end_at_lf_or_crlf_and_at_cr_only_in_files_without_lf() {
        assertThat(TextDecoder.lines("a\r\nb\nc")).containsExactly("a", "b", "c");
        assertThat(TextDecoder.lines("a\rb\r")).containsExactly("a", "b");
        assertThat(TextDecoder.lines("a\n\nb\n")).containsExactly("a", "", "b");
    }
}
