package jp.policysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import jp.policysearch.analysis.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's promise: staff edit {@code synonyms.txt} and the running server uses the new rules without a
 * re-index. The clock and the file's modification time are set by the test, so nothing waits.
 */
class SynonymsReloadTest {

    @TempDir
    Path dir;

    private final AtomicLong now = new AtomicLong(1_000_000);
    private Instant modified = Instant.parse("2026-01-01T00:00:00Z");

    private Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        modified = modified.plusSeconds(60);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private Synonyms load(Path file) {
        return new Synonyms(file, TextNormalizer.withDefaultVariants(), now::get);
    }

    @Test
    void an_edited_file_is_used_once_the_check_interval_has_passed() throws IOException {
        Path file = write(dir.resolve("synonyms.txt"), "スパコン, スーパーコンピュータ\n");
        Synonyms synonyms = load(file);
        assertThat(synonyms.variantsOf("スパコン")).containsExactly("スーパーコンピュータ");

        write(file, "スパコン, スーパーコンピュータ, 大型計算機\n量子鍵配送, QKD\n");
        assertThat(synonyms.variantsOf("スパコン"))
                .as("within the interval the file is not looked at")
                .containsExactly("スーパーコンピュータ");

        now.addAndGet(Synonyms.CHECK_EVERY_MILLIS + 1);
        assertThat(synonyms.variantsOf("スパコン")).containsExactly("スーパーコンピュータ", "大型計算機");
        assertThat(synonyms.variantsOf("QKD")).containsExactly("量子鍵配送");
    }

    @Test
    void a_removed_rule_stops_expanding() throws IOException {
        Path file = write(dir.resolve("synonyms.txt"), "スパコン, スーパーコンピュータ\n");
        Synonyms synonyms = load(file);
        write(file, "# emptied by staff\n");
        now.addAndGet(Synonyms.CHECK_EVERY_MILLIS + 1);
        assertThat(synonyms.variantsOf("スパコン")).isEmpty();
    }

    @Test
    void a_broken_edit_or_a_missing_file_keeps_the_previous_rules() throws IOException {
        Path file = write(dir.resolve("synonyms.txt"), "スパコン, スーパーコンピュータ\n");
        Synonyms synonyms = load(file);

        write(file, "スパコン, 大型計算機\n => \n");
        now.addAndGet(Synonyms.CHECK_EVERY_MILLIS + 1);
        assertThat(synonyms.variantsOf("スパコン")).containsExactly("スーパーコンピュータ");

        Files.delete(file);
        now.addAndGet(Synonyms.CHECK_EVERY_MILLIS + 1);
        assertThat(synonyms.variantsOf("スパコン")).containsExactly("スーパーコンピュータ");

        write(file, "スパコン, 大型計算機\n");
        now.addAndGet(Synonyms.CHECK_EVERY_MILLIS + 1);
        assertThat(synonyms.variantsOf("スパコン")).containsExactly("大型計算機");
    }
}
