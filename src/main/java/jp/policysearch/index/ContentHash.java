package jp.policysearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 over a file, or over every file under a folder (names and content hashes; not dot-files such as locks),
 * to notice when the corpus or mappings change.
 */
public final class ContentHash {

    private ContentHash() {}

    public static String ofFile(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(digest.digest(Files.readAllBytes(file)))
                    .substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hash of a folder: every file's name and content hash, the content hashes taken from {@link FileHashes}. */
    public static String of(Path dir) {
        FileHashes hashes = FileHashes.in(dir);
        String hash = of(dir, hashes);
        hashes.save();
        return hash;
    }

    static String of(Path dir, FileHashes hashes) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(f -> !dir.relativize(f).toString().startsWith(".")) // locks, temporary files, hashes
                    .sorted()
                    .toList();
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                digest.update(dir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(hashes.of(file).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + dir, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
