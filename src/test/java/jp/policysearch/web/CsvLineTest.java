package jp.policysearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The export's CSV lines (RFC 4180), as Excel and every CSV reader split them. */
class CsvLineTest {

    private static String line(String... fields) throws IOException {
        StringWriter out = new StringWriter();
        ExportController.writeCsvLine(out, List.of(fields));
        return out.toString();
    }

    @Test
    void plain_fields_are_written_as_they_are_and_the_line_ends_with_crlf() throws IOException {
        assertThat(line("growth-roadmap-2026/c01/goal", "量子・AI", ""))
                .isEqualTo("growth-roadmap-2026/c01/goal,量子・AI,\r\n");
    }

    @Test
    void a_comma_quotes_the_field() throws IOException {
        assertThat(line("a,b", "c")).isEqualTo("\"a,b\",c\r\n");
    }

    @Test
    void quotes_are_doubled_inside_a_quoted_field() throws IOException {
        assertThat(line("『\"重点\"分野』", "x")).isEqualTo("\"『\"\"重点\"\"分野』\",x\r\n");
    }

    @Test
    void line_breaks_of_either_kind_quote_the_field_and_stay_inside_it() throws IOException {
        assertThat(line("一行目\n二行目", "前\r後")).isEqualTo("\"一行目\n二行目\",\"前\r後\"\r\n");
    }

    @Test
    void a_japanese_comma_or_a_tab_needs_no_quotes() throws IOException {
        assertThat(line("内閣官房、経済産業省", "a\tb")).isEqualTo("内閣官房、経済産業省,a\tb\r\n");
    }
}
