package jp.policysearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The record of content hashes: a file whose size and time are those recorded is not read again, a changed one is,
 * a file whose time is not clearly older than its hashing (the same clock tick) is always read, and the folder's
 * hash is the same whether the hashes came from the record or from the files.
 */
class FileHashesTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    private static final FileTime FUTURE = FileTime.from(Instant.parse("2100-01-01T00:00:00Z"));

    @TempDir
    Path dir;

    @Test
    void a_recorded_file_is_not_read_again_and_a_changed_one_is() throws IOException {
        Path a = write("a.txt", "第1章 総論", LONG_AGO);
        Path b = write("b.txt", "第2章 各論", LONG_AGO);
        FileHashes first = FileHashes.in(dir);
        String hashA = first.of(a);
        first.of(b);
        first.save();
        assertThat(first.filesRead()).isEqualTo(2);
        assertThat(hashA).isEqualTo(ContentHash.ofFile(a));

        FileHashes second = FileHashes.in(dir);
        assertThat(second.of(a)).isEqualTo(hashA);
        assertThat(second.filesRead()).isZero();

        write("b.txt", "第3章 各論", FileTime.from(Instant.parse("2021-01-01T00:00:00Z"))); // same size, new time
        assertThat(second.of(b)).isEqualTo(ContentHash.ofFile(b));
        assertThat(second.filesRead()).isEqualTo(1);
    }

    @Test
    void a_file_not_clearly_older_than_its_hashing_is_read_every_time() throws IOException {
        Path a = write("a.txt", "第1章 総論", FUTURE);
        FileHashes first = FileHashes.in(dir);
        first.of(a);
        first.save();

        FileHashes second = FileHashes.in(dir);
        second.of(a);
        assertThat(second.filesRead()).isEqualTo(1);
    }

    @Test
    void the_folder_hash_is_the_same_from_the_record_and_from_the_files_and_follows_a_change() throws IOException {
        write("a.txt", "第1章 総論", LONG_AGO);
        Files.createDirectories(dir.resolve("kinds"));
        write("kinds/report.json", "{}", LONG_AGO);
        String fromFiles = ContentHash.of(dir);
        assertThat(Files.exists(dir.resolve(FileHashes.FILE))).isTrue();

        FileHashes recorded = FileHashes.in(dir);
        assertThat(ContentHash.of(dir, recorded)).isEqualTo(fromFiles);
        assertThat(recorded.filesRead()).isZero();

        write("kinds/report.json", "[]", FileTime.from(Instant.parse("2021-01-01T00:00:00Z")));
        assertThat(ContentHash.of(dir)).isNotEqualTo(fromFiles);
    }

    @Test
    void an_unreadable_record_is_ignored() throws IOException {
        Path a = write("a.txt", "第1章 総論", LONG_AGO);
        Files.writeString(dir.resolve(FileHashes.FILE), "{not json");
        FileHashes hashes = FileHashes.in(dir);
        assertThat(hashes.of(a)).isEqualTo(ContentHash.ofFile(a));
        assertThat(hashes.filesRead()).isEqualTo(1);
    }

    private Path write(String name, String text, FileTime time) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        Files.setLastModifiedTime(file, time);
        return file;
    }
}
