package jp.policysearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisHashTest {

    @Test
    void the_same_contents_built_at_another_time_hash_alike_and_a_changed_table_does_not(@TempDir Path dir)
            throws IOException {
        Path a = zip(dir.resolve("a.zip"), "髙\t高\n", 1_000_000L);
        Path b = zip(dir.resolve("b.zip"), "髙\t高\n", 2_000_000_000L);
        Path c = zip(dir.resolve("c.zip"), "髙\t高\n﨑\t崎\n", 1_000_000L);
        assertThat(AnalysisHash.of(a)).isEqualTo(AnalysisHash.of(b)).isNotEqualTo(AnalysisHash.of(c));
        assertThat(AnalysisHash.of(dir.resolve("missing.zip"))).isEqualTo("none");
    }

    /** A plugin-like zip: a jar inside holding a variants table, with entries stamped {@code time}. */
    private static Path zip(Path file, String variants, long time) throws IOException {
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (ZipOutputStream inner = new ZipOutputStream(jar)) {
            ZipEntry table = new ZipEntry("jp/policysearch/analysis/variants.tsv");
            table.setLastModifiedTime(FileTime.fromMillis(time));
            inner.putNextEntry(table);
            inner.write(variants.getBytes(StandardCharsets.UTF_8));
            inner.closeEntry();
        }
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            ZipEntry entry = new ZipEntry("policy-analysis.jar");
            entry.setLastModifiedTime(FileTime.fromMillis(time));
            out.putNextEntry(entry);
            out.write(jar.toByteArray());
            out.closeEntry();
        }
        return file;
    }
}
