package jp.policysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import jp.policysearch.es.ServiceUser;
import jp.policysearch.testsupport.Http;
import jp.policysearch.testsupport.TestCluster;
import org.junit.jupiter.api.Test;

/**
 * As root, {@code serve} runs its web server as the unprivileged user: the real command in its own JVM (as
 * {@code bin/policy-search} runs it), the process that answers on PORT checked by its uid, and SIGTERM of the root
 * process stops both. Without root nothing is re-run: the command runs as us.
 */
class UnprivilegedIT {

    @Test
    void as_root_the_web_server_runs_as_the_unprivileged_user_and_stops_with_the_root_process() throws Exception {
        if (!ServiceUser.weAreRoot()) {
            assertThat(Unprivileged.forRoot(TestCluster.config(), Map.of())).isEmpty();
            return;
        }
        int port = TestCluster.freePortPair();
        // a checkout inside a private folder (mktemp -d makes 0700) is one the unprivileged user cannot reach, and
        // serve refuses it by design: let that user pass through the folders above the checkout for this test
        Map<Path, Set<PosixFilePermission>> restore = openWayTo(TestCluster.projectDir());
        Path log = Files.createTempFile("unprivileged-serve", ".log");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dpolicysearch.project.dir=" + TestCluster.projectDir(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "serve")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(TestCluster.esEnvironment());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("INDEX_ALIAS", "api-it"); // the real corpus, as SearchApiIT indexes it
        builder.environment().remove(Unprivileged.USER_VARIABLE);
        Process root = builder.start();
        try {
            ProcessHandle server = awaitServing(root, port, log);
            assertThat(uid(root.toHandle())).isZero();
            assertThat(uid(server)).isNotZero().isEqualTo(uidOf(Unprivileged.DEFAULT_USER));
            assertThat(Http.get("http://127.0.0.1:" + port + "/api/search?q=%E9%87%8F%E5%AD%90")
                            .status())
                    .isEqualTo(200);

            root.destroy(); // SIGTERM, as a service manager stops it
            assertThat(root.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(server.onExit().get(120, TimeUnit.SECONDS).isAlive()).isFalse();
        } finally {
            root.descendants().forEach(ProcessHandle::destroyForcibly);
            root.destroyForcibly();
            for (Map.Entry<Path, Set<PosixFilePermission>> e : restore.entrySet()) {
                Files.setPosixFilePermissions(e.getKey(), e.getValue());
            }
        }
    }

    /** Adds search (x) for others on {@code dir} and every folder above it that lacks it; returns what to restore. */
    static Map<Path, Set<PosixFilePermission>> openWayTo(Path dir) throws IOException {
        Map<Path, Set<PosixFilePermission>> changed = new LinkedHashMap<>();
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
            if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                changed.put(p, Set.copyOf(perms));
                Set<PosixFilePermission> open = EnumSet.copyOf(perms);
                open.add(PosixFilePermission.OTHERS_EXECUTE);
                Files.setPosixFilePermissions(p, open);
            }
        }
        return changed;
    }

    /** The child that answers {@code /healthz} on the port; fails (not a timing assertion) after five minutes. */
    private static ProcessHandle awaitServing(Process root, int port, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            if (!root.isAlive()) {
                throw new AssertionError("serve exited early:\n" + Files.readString(log));
            }
            Optional<ProcessHandle> child = root.children().findFirst();
            if (child.isPresent() && Http.healthy(port)) {
                return child.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("serve did not answer on port " + port + " within five minutes");
    }

    static int uid(ProcessHandle process) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("Uid:")) {
                return Integer.parseInt(line.split("\\s+")[1]);
            }
        }
        throw new AssertionError("no Uid line for pid " + process.pid());
    }

    static int uidOf(String user) {
        List<String> out = Unprivileged.output(List.of("id", "-u", user));
        return Integer.parseInt(out.getFirst().strip());
    }
}
