package jp.policysearch.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.policysearch.Config;
import jp.policysearch.corpus.CorpusLock;
import jp.policysearch.es.ServiceUser;

/**
 * What root prepares before the unprivileged user runs a command: every file that user must read is checked as that
 * user; jars it cannot reach (a Maven repository under {@code /root}) are copied to a root-owned folder it can read;
 * the corpus lock in a root-owned corpus folder is made writable by that user's group. A checkout or corpus it cannot
 * read is an error that says what to do.
 */
final class AppFiles {

    static final Path SHARED_JARS = Path.of("/var/lib/policy-search/app-lib");

    /** Prints each argument the user cannot read (a folder: list and enter). */
    private static final String UNREADABLE =
            "for p; do if [ -d \"$p\" ]; then [ -r \"$p\" ] && [ -x \"$p\" ] || echo \"$p\"; "
                    + "else [ -r \"$p\" ] || echo \"$p\"; fi; done";

    private final Config config;
    private final String user;
    private final String webUser;
    private final String corpusUser;

    /** For {@code user}, who runs the command; the web server's and the corpus's users share the corpus lock. */
    AppFiles(Config config, String user, String webUser, String corpusUser) {
        this.config = config;
        this.user = user;
        this.webUser = webUser;
        this.corpusUser = corpusUser;
    }

    /** The classpath with unreadable jars replaced by readable copies; fails on anything else unreadable. */
    List<String> readableClasspath(String classpath) throws IOException {
        List<String> entries = Arrays.stream(classpath.split(File.pathSeparator))
                .filter(e -> !e.isBlank())
                .toList();
        Map<String, String> mapped = new LinkedHashMap<>();
        entries.forEach(e -> mapped.put(e, e));
        for (String entry : unreadable(entries)) {
            Path jar = Path.of(entry);
            if (!Files.isRegularFile(jar)) {
                throw cannotRead(entry);
            }
            mapped.put(entry, shared(jar).toString());
        }
        List<String> data = new ArrayList<>(List.of(
                config.projectDir().toString(),
                config.corpusDir().toString(),
                config.mappingsDir().toString(),
                config.rulesDir().toString()));
        List<String> still = unreadable(data);
        if (!still.isEmpty()) {
            throw cannotRead(still.getFirst());
        }
        return List.copyOf(mapped.values());
    }

    /**
     * Lets the web server's user take the corpus lock when root owns the corpus folder; in a folder the corpus user
     * owns, that user does it ({@link CorpusOwner#shareLock}); in a folder of anyone else the lock file could be a
     * link, and root changes nothing there.
     */
    void shareCorpusLock() throws IOException {
        Path dir = config.corpusDir();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || webUser.equals("root")) {
            return;
        }
        if (uid(dir) != 0) {
            if (!corpusUser.equals("root")
                    && Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName().equals(corpusUser)) {
                CorpusOwner.shareLock(dir, corpusUser, webUser);
            }
            return;
        }
        Path lock = dir.resolve(CorpusLock.FILE);
        if (!Files.exists(lock, LinkOption.NOFOLLOW_LINKS)) {
            Files.newByteChannel(lock, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))
                    .close();
        }
        if (!Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS) || uid(lock) != 0) {
            return;
        }
        Files.getFileAttributeView(lock, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setGroup(
                        FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByGroupName(webUser));
        Files.setPosixFilePermissions(lock, PosixFilePermissions.fromString("rw-rw-r--"));
    }

    private List<String> unreadable(List<String> paths) {
        List<String> command = new ArrayList<>(List.of("sh", "-c", UNREADABLE, "sh"));
        command.addAll(paths);
        return Unprivileged.output(ServiceUser.asUser(user, command));
    }

    /** A root-owned, world-readable copy of {@code jar}, made again when the jar changed. */
    private static Path shared(Path jar) throws IOException {
        Files.createDirectories(SHARED_JARS);
        for (Path p = SHARED_JARS; p.getNameCount() > 2; p = p.getParent()) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        String key = jar.toAbsolutePath() + " " + Files.size(jar) + " "
                + Files.getLastModifiedTime(jar).toMillis();
        Path copy = SHARED_JARS.resolve(hash(key) + "-" + jar.getFileName());
        if (!Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS)) {
            Path partial = Files.createTempFile(SHARED_JARS, "copy-", ".partial");
            Files.copy(jar, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-r--r--"));
            Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int uid(Path p) throws IOException {
        return (Integer) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS);
    }

    private Config.ConfigException cannotRead(String path) {
        String variable = user.equals(corpusUser) ? CorpusOwner.USER_VARIABLE : Unprivileged.USER_VARIABLE;
        return new Config.ConfigException("as root, policy-search runs "
                + (user.equals(corpusUser) ? "add and remove" : "the web server and the indexer") + " as the user '"
                + user + "', who cannot read " + path + "; put the checkout (and CORPUS_DIR) where other users may "
                + "read them (e.g. under /srv or /opt), or set " + variable + "=root to keep running them as root");
    }
}
