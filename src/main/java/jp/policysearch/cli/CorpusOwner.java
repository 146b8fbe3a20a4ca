package jp.policysearch.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import jp.policysearch.Config;
import jp.policysearch.corpus.CorpusLock;

/**
 * As root, {@code add} and {@code remove} write the corpus folder as a system user of their own
 * ({@code POLICY_SEARCH_CORPUS_USER}, default {@code policy-search-corpus}), not as the web server's user, so a
 * compromised web server may read the corpus but not change it. Root gives that user the corpus folder itself (never
 * following a link), reads the files named on the command line and hands their bytes over in a root-owned folder only
 * that user's group may read; the lock file is made writable by the web server's group by the corpus user itself, so
 * root never writes inside a folder another user controls.
 */
final class CorpusOwner {

    static final String USER_VARIABLE = "POLICY_SEARCH_CORPUS_USER";
    static final String DEFAULT_USER = "policy-search-corpus";

    /** Files handed over to the corpus user: the command's arguments with those files' copies, and their folder. */
    record Handover(List<String> args, Path folder) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (folder != null) {
                try (var walk = Files.walk(folder)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    private CorpusOwner() {}

    /** The corpus user's name from the environment. */
    static String name(Map<String, String> env) {
        String user = env.getOrDefault(USER_VARIABLE, DEFAULT_USER).strip();
        if (!user.matches("[a-z_][a-z0-9_-]{0,31}")) {
            throw new Config.ConfigException(
                    USER_VARIABLE + " must be a user name such as policy-search-corpus, or root (got '" + user + "')");
        }
        return user;
    }

    /**
     * Gives a root-owned corpus folder (the folder and its lock, not the documents, which it replaces by renaming)
     * to the corpus user; a folder that user already owns is kept; a link or a folder of anyone else is refused.
     */
    static void take(Path dir, String corpusUser) throws IOException {
        if (Files.isSymbolicLink(dir)) {
            throw new Config.ConfigException("the corpus folder " + dir + " is a symbolic link; as root, add and "
                    + "remove write only a real folder (set CORPUS_DIR to the folder it points to)");
        }
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(dir);
        }
        int owner = uid(dir);
        int corpus = uidOf(corpusUser);
        if (owner == corpus) {
            return;
        }
        if (owner != 0) {
            throw new Config.ConfigException("as root, add and remove write the corpus folder " + dir + " as the user '"
                    + corpusUser + "', but it belongs to uid " + owner + "; run: chown " + corpusUser + " " + dir
                    + " (or set " + USER_VARIABLE + "=root to write it as root)");
        }
        UserPrincipalLookupService users = FileSystems.getDefault().getUserPrincipalLookupService();
        Path lock = dir.resolve(CorpusLock.FILE);
        // while root still owns the folder nobody can swap the lock for a link; lchown in any case
        if (Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS)) {
            Files.getFileAttributeView(lock, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                    .setOwner(users.lookupPrincipalByName(corpusUser));
        }
        PosixFileAttributeView view =
                Files.getFileAttributeView(dir, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        view.setGroup(users.lookupPrincipalByGroupName(corpusUser));
        view.setOwner(users.lookupPrincipalByName(corpusUser));
    }

    /**
     * Lets the web server's user take the corpus lock in a folder the corpus user owns. Run as the corpus user with
     * the web server's group as its own, so a link in that folder leads only to files the corpus user may change.
     */
    static void shareLock(Path dir, String corpusUser, String webUser) {
        List<String> script = List.of(
                "sh",
                "-c",
                "umask 002; [ ! -L \"$1\" ] && : >> \"$1\" && chgrp \"$2\" \"$1\" && chmod 664 \"$1\" || echo failed",
                "sh",
                dir.resolve(CorpusLock.FILE).toString(),
                webUser);
        List<String> command = new ArrayList<>(
                List.of("setpriv", "--reuid=" + corpusUser, "--regid=" + webUser, "--clear-groups", "--"));
        command.addAll(script);
        List<String> out = Unprivileged.output(command);
        if (!out.isEmpty()) {
            throw new Config.ConfigException("could not let the user '" + webUser + "' lock the corpus folder " + dir
                    + " as its owner '" + corpusUser + "' (" + String.join("; ", out) + "); check "
                    + dir.resolve(CorpusLock.FILE) + " is a file of " + corpusUser);
        }
    }

    /**
     * The {@code add} arguments with each file outside the corpus folder replaced by a copy root made (same name,
     * one folder per file) in a fresh root-owned folder readable by the corpus user's group only. Files already in
     * the corpus folder, and names that are not readable files, are passed on as they are (the command says why).
     */
    static Handover handOver(List<String> args, Path corpusDir, String corpusUser) throws IOException {
        if (!args.getFirst().equals("add")) {
            return new Handover(args, null);
        }
        UserPrincipalLookupService users = FileSystems.getDefault().getUserPrincipalLookupService();
        Path folder = Files.createTempDirectory("policy-search-add-");
        Handover handover = new Handover(new ArrayList<>(List.of("add")), folder);
        try {
            readableByGroup(folder, users, corpusUser, "rwxr-x---");
            Path corpus = corpusDir.toAbsolutePath().normalize();
            for (int i = 1; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.startsWith("--")) {
                    handover.args().add(arg);
                    if (i + 1 < args.size()) {
                        handover.args().add(args.get(++i));
                    }
                    continue;
                }
                Path file = Path.of(arg).toAbsolutePath().normalize();
                if (file.startsWith(corpus) || !Files.isRegularFile(file)) {
                    handover.args().add(arg);
                    continue;
                }
                Path dir = Files.createDirectory(folder.resolve(String.valueOf(i)));
                readableByGroup(dir, users, corpusUser, "rwxr-x---");
                Path copy = Files.copy(file, dir.resolve(file.getFileName()));
                readableByGroup(copy, users, corpusUser, "rw-r-----");
                handover.args().add(copy.toString());
            }
            return handover;
        } catch (IOException | RuntimeException e) {
            handover.close();
            throw e;
        }
    }

    private static void readableByGroup(Path p, UserPrincipalLookupService users, String group, String mode)
            throws IOException {
        Files.getFileAttributeView(p, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setGroup(users.lookupPrincipalByGroupName(group));
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(mode));
    }

    static int uid(Path p) throws IOException {
        return (Integer) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS);
    }

    static int uidOf(String user) {
        List<String> out = Unprivileged.output(List.of("id", "-u", user));
        if (out.isEmpty() || !out.getFirst().strip().matches("\\d+")) {
            throw new Config.ConfigException("there is no user '" + user + "' (id -u said: " + out + ")");
        }
        return Integer.parseInt(out.getFirst().strip());
    }
}
