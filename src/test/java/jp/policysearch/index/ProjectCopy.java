package jp.policysearch.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import jp.policysearch.BuildInfo;

/** A throw-away copy of the project under target/ (corpus, index-mappings, the plugin zip) a test may break. */
public final class ProjectCopy {

    private ProjectCopy() {}

    public static Path create(Path project, String name) throws IOException {
        Path copy = project.resolve("target").resolve("it-projects").resolve(name);
        delete(copy);
        copyTree(project.resolve("corpus"), copy.resolve("corpus"));
        copyTree(project.resolve("index-mappings"), copy.resolve("index-mappings"));
        BuildInfo build = BuildInfo.load();
        String zip = build.pluginName() + "-" + build.version() + ".zip";
        Files.createDirectories(copy.resolve("target"));
        Files.copy(
                project.resolve("target").resolve(zip), copy.resolve("target").resolve(zip));
        return copy;
    }

    /** Rewrites {@code zip} with one more entry. */
    static void addEntry(Path zip, String name, String text) throws IOException {
        Path out = zip.resolveSibling(zip.getFileName() + ".new");
        try (InputStream raw = Files.newInputStream(zip);
                ZipInputStream in = new ZipInputStream(raw);
                ZipOutputStream writer = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                writer.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(writer);
                writer.closeEntry();
            }
            writer.putNextEntry(new ZipEntry(name));
            writer.write(text.getBytes(StandardCharsets.UTF_8));
            writer.closeEntry();
        }
        Files.move(out, zip, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
