package jp.policysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.policysearch.testsupport.Http;
import jp.policysearch.testsupport.TestCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C of {@code serve} and of {@code index}, each with the local node it starts itself: SIGINT goes to the
 * command's JVM only, as a terminal sends it (the node runs in a session of its own and gets none). The command
 * stops, and so does its node: the process is gone and nothing listens on the node's port.
 */
class InterruptIT {

    private static final Pattern STOPPING = Pattern.compile("Stopping the local Elasticsearch \\(pid (\\d+)\\)");
    private static final Pattern FILES = Pattern.compile("Starting the local Elasticsearch .* \\(files in (.+)\\)");
    private static final int SIGINT_EXIT = 128 + 2;

    @TempDir
    Path tmp;

    private Process start(String command, int esPort, int webPort, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                        // a JVM that starts with SIGINT ignored (a background job's) would ignore Ctrl-C
                        "env",
                        "--default-signal=INT",
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dpolicysearch.project.dir=" + TestCluster.projectDir(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        List.of("ES_URL", "ES_API_KEY", "ES_USERNAME", "ES_PASSWORD", "ES_CA_CERT", "CORPUS_DIR", "INDEX_ALIAS")
                .forEach(env::remove);
        env.put(Unprivileged.USER_VARIABLE, "root"); // this command itself, not a child as another user
        env.put("POLICY_SEARCH_DATA", tmp.resolve("data").toString());
        env.put("ES_PORT", String.valueOf(esPort));
        env.put("PORT", String.valueOf(webPort));
        return builder.start();
    }

    @Test
    void ctrl_c_stops_serve_and_the_node_it_started() throws Exception {
        int es = TestCluster.freePortPair();
        int web = TestCluster.freePortPair();
        Path log = tmp.resolve("serve.log");
        Process serve = start("serve", es, web, log);
        try {
            await(serve, log, () -> Http.healthy(web));
            interrupt(serve);
            assertStopped(serve, log, es);
            assertThat(Http.healthy(web)).isFalse();
        } finally {
            cleanUp(serve, log);
        }
    }

    @Test
    void ctrl_c_stops_index_and_the_node_it_started() throws Exception {
        int es = TestCluster.freePortPair();
        Path log = tmp.resolve("index.log");
        Process index = start("index", es, TestCluster.freePortPair(), log);
        try {
            await(index, log, () -> listening(es)); // the node is up: the build is starting or under way
            interrupt(index);
            assertStopped(index, log, es);
        } finally {
            cleanUp(index, log);
        }
    }

    private static void interrupt(Process p) throws Exception {
        Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(p.pid()))
                .inheritIO()
                .start();
        assertThat(kill.waitFor()).isZero();
    }

    private static void assertStopped(Process p, Path log, int esPort) throws Exception {
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("stopped after Ctrl-C").isTrue();
        String output = Files.readString(log);
        assertThat(p.exitValue()).as(output).isEqualTo(SIGINT_EXIT);
        Matcher stopping = STOPPING.matcher(output);
        assertThat(stopping.find()).as("the node was stopped:\n" + output).isTrue();
        Optional<ProcessHandle> node = ProcessHandle.of(Long.parseLong(stopping.group(1)));
        assertThat(node.map(ProcessHandle::isAlive)).as("node process").isNotEqualTo(Optional.of(true));
        assertThat(listening(esPort))
                .as("something still listens on the node's port")
                .isFalse();
    }

    private static void await(Process p, Path log, BooleanSupplier ready) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (!ready.getAsBoolean()) {
            if (!p.isAlive()) {
                throw new AssertionError("the command exited early:\n" + Files.readString(log));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the command was not ready within five minutes:\n" + Files.readString(log));
            }
            Thread.sleep(250);
        }
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A failed test leaves nothing running: the command, and the node whose pid its folder (logged) holds. */
    private static void cleanUp(Process p, Path log) throws IOException {
        p.destroyForcibly();
        Matcher files = FILES.matcher(Files.readString(log));
        Path pidFile = files.find() ? Path.of(files.group(1)).resolve("node.pid") : null;
        if (pidFile != null && Files.exists(pidFile)) {
            ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).ifPresent(node -> {
                node.descendants().forEach(ProcessHandle::destroyForcibly);
                node.destroyForcibly();
            });
        }
    }
}
