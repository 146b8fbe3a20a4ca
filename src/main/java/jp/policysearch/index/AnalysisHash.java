package jp.policysearch.index;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jp.policysearch.BuildInfo;
import jp.policysearch.Config;

/**
 * A hash of the analysis the index was built with: the contents of our analysis plugin zip (its classes, the
 * normaliser and its variant tables, kuromoji), read entry by entry and through the jars inside, so a rebuild of
 * the same sources gives the same hash (zip timestamps do not count) and any change to how text is folded does not.
 */
public final class AnalysisHash {

    private AnalysisHash() {}

    /** The plugin zip the build produced for this project. */
    public static Path pluginZip(Config config) {
        BuildInfo build = BuildInfo.load();
        return config.projectDir().resolve("target").resolve(build.pluginName() + "-" + build.version() + ".zip");
    }

    /** The hash of the plugin zip's contents, or {@code "none"} when the zip is missing (nothing to compare). */
    public static String of(Path pluginZip) {
        if (!Files.isRegularFile(pluginZip)) {
            return "none";
        }
        try (InputStream in = Files.newInputStream(pluginZip)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digestZip(in, digest);
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the analysis plugin " + pluginZip, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void digestZip(InputStream in, MessageDigest digest) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), zip.readAllBytes());
                }
            }
        }
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            digest.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            if (e.getKey().endsWith(".jar")) {
                digestZip(new ByteArrayInputStream(e.getValue()), digest);
            } else {
                digest.update(e.getValue());
            }
            digest.update((byte) 0);
        }
    }
}
