package jp.policysearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import jp.policysearch.testsupport.JapanesePdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfTextTest {

    @TempDir
    Path dir;

    @Test
    void pages_are_read_one_by_one_and_their_starts_kept() throws IOException {
        Path file = JapanesePdf.write(
                dir.resolve("a.pdf"),
                List.of(List.of("第1章 総論", "本文の一行目。"), List.of(), List.of("第2章 各論", "", "本文の二行目。")),
                false);
        DocumentText text = PdfText.read(file);
        // PDFBox gives no empty line for a vertical gap: a paragraph ends at 。 (TextCleaner)
        assertThat(text.lines()).containsExactly("第1章 総論", "本文の一行目。", "第2章 各論", "本文の二行目。");
        // the empty page 2 starts where page 3 does
        assertThat(text.pageStarts()).containsExactly(1, 3, 3);
        assertThat(text.pageOf(2)).isEqualTo(1);
        assertThat(text.pageOf(3)).isEqualTo(3);
        assertThat(text.format()).isEqualTo("pdf");
    }

    @Test
    void kangxi_radicals_from_word_processors_become_the_kanji_they_look_like() {
        assertThat(PdfText.unifiedIdeographs("\u2F47\u672C\u306E\u2F26\u2F42")).isEqualTo("日本の子文");
        assertThat(PdfText.unifiedIdeographs("①日本")).isEqualTo("①日本");
    }
}
