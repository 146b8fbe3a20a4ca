package jp.policysearch.es;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Elasticsearch refuses to run as root and has no override, so when we are root the node runs as an unprivileged
 * system user. {@code setpriv} (not runuser/su) execs the node's launcher in place, so the process we hold is the
 * node's own launcher and SIGTERM stops it cleanly. The web server and the indexer drop root the same way, as a user
 * of their own.
 */
public final class ServiceUser {

    static final String NAME = "policy-search-es";

    private ServiceUser() {}

    public static boolean weAreRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    static void ensureExists() {
        ensureExists(NAME, "Elasticsearch");
    }

    /** Creates the system user {@code name} (no home, no shell) unless it exists; {@code what} runs as it. */
    public static void ensureExists(String name, String what) {
        if (run(List.of("id", "-u", name)) == 0) {
            return;
        }
        int rc = run(List.of(
                "useradd",
                "--system",
                "--user-group",
                "--no-create-home",
                "--home-dir",
                "/nonexistent",
                "--shell",
                "/usr/sbin/nologin",
                name));
        if (rc != 0 && run(List.of("id", "-u", name)) != 0) {
            throw new NodeException("could not create the system user '" + name + "' that runs " + what
                    + " (useradd exited " + rc + "); create it by hand or run as an ordinary user");
        }
    }

    /** True when every existing ancestor of {@code dir} lets other users through (the service user owns none). */
    static boolean canTraverse(Path dir) {
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (!Files.exists(p)) {
                continue;
            }
            try {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
                if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return true;
    }

    /** Gives {@code dir} and everything in it to the service user; links are changed themselves, never followed. */
    static void chown(Path dir) {
        int rc = run(List.of("chown", "-R", "-h", "-P", NAME + ":" + NAME, dir.toString()));
        if (rc != 0) {
            throw new NodeException("could not give " + dir + " to the user '" + NAME + "' (chown exited " + rc + ")");
        }
    }

    /**
     * Takes back for root what the node's user must not control: the node folder itself, and (deleted, to be made
     * again by root) a distribution home, config folder, pid file or console log root does not own. Deleting walks
     * without following links, so a link the node's user planted is removed, not its target.
     */
    static void reclaim(NodeLayout layout) {
        Path dir = layout.dir();
        try {
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            if (Files.isSymbolicLink(dir)) {
                throw new NodeException(dir + " is a symbolic link; the node's folder must be a real folder");
            }
            Files.setOwner(dir, rootUser());
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            for (Path p : List.of(
                    layout.home(),
                    layout.config(),
                    layout.pidFile(),
                    layout.consoleLog(),
                    dir.resolve("home.partial"),
                    dir.resolve("keystore.log"),
                    layout.pidFile().resolveSibling(layout.pidFile().getFileName() + ".partial"))) {
                if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !ownedByRoot(p)) {
                    NodeInstaller.deleteTree(p);
                }
            }
        } catch (IOException e) {
            throw new NodeException("could not take back " + dir + " for root: " + e.getMessage(), e);
        }
    }

    /** True when {@code path} (a link itself, not its target) and, for a folder, everything in it is root's. */
    private static boolean ownedByRoot(Path path) throws IOException {
        try (var walk = Files.walk(path)) {
            for (Path p : walk.toList()) {
                if (((Integer) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS)) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static UserPrincipal rootUser() throws IOException {
        return FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName("root");
    }

    /** Root keeps {@code file}; the service user's group may read it (the keystore, the TLS key), nobody else. */
    static void readableByServiceUser(Path file) throws IOException {
        Files.setOwner(file, rootUser());
        Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setGroup(
                        FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByGroupName(NAME));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    }

    /** The command that runs {@code command} as the service user, in place (same pid). */
    static List<String> asServiceUser(List<String> command) {
        return asUser(NAME, command);
    }

    /** The command that runs {@code command} as the user {@code name} and its groups only, in place (same pid). */
    public static List<String> asUser(String name, List<String> command) {
        List<String> full =
                new ArrayList<>(List.of("setpriv", "--reuid=" + name, "--regid=" + name, "--init-groups", "--"));
        full.addAll(command);
        return full;
    }

    /** Runs a short command, its output discarded; its exit status, or -1 when it could not run or hung. */
    static int run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
