package jp.policysearch.es;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: a single Elasticsearch node on 127.0.0.1, run from the distribution the build fetched, with
 * our analysis plugin. A node of ours already running on the port is reused (and left running); one we start is
 * stopped by {@link #close()}.
 */
public final class LocalNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalNode.class);
    private static final Path ROOT_FALLBACK = Path.of("/var/lib/policy-search");

    private final NodeSettings settings;
    private final NodeLayout layout;
    private final ProcessHandle process;
    private final boolean owned;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private LocalNode(NodeSettings settings, NodeLayout layout, ProcessHandle process, boolean owned) {
        this.settings = settings;
        this.layout = layout;
        this.process = process;
        this.owned = owned;
    }

    /** Starts the node, or attaches to ours when it already runs; waits until the cluster is ready. */
    public static LocalNode start(NodeSettings requested) {
        return start(requested, node -> {});
    }

    /**
     * As {@link #start(NodeSettings)}, telling {@code launched} about the node as soon as its address and password
     * are known (a node started here: once its process runs, before it is ready; a reused one: at once), so a caller
     * can start its own work (serve's unprivileged JVM) while the node starts.
     */
    public static LocalNode start(NodeSettings requested, Consumer<LocalNode> launched) {
        NodeLayout layout = layout(requested);
        NodeSettings settings = secured(requested, layout, false);
        if (settings.httpPort() != 0) { // port 0: the node picks free ports itself, none to check or share
            NodeProbe probe = new NodeProbe(settings.httpPort(), clusterName(layout), settings.security());
            NodeProbe.Answer answer = probe.check();
            if (answer.ours()) {
                log.info("Reusing the local Elasticsearch already running at {}", probe.url());
                LocalNode reused =
                        new LocalNode(settings, layout, readPid(layout).orElse(null), false);
                launched.accept(reused);
                return reused;
            }
            checkPortsFree(settings, answer);
        }
        boolean root = ServiceUser.weAreRoot();
        if (root) {
            ServiceUser.ensureExists();
            ServiceUser.reclaim(layout); // what an earlier version gave the node's user goes back to root first
        }
        settings = secured(requested, layout, true);
        new NodeInstaller(settings, layout).install(clusterName(layout));
        if (root) {
            for (Path dir : layout.writable()) {
                ServiceUser.chown(dir);
            }
        }
        try {
            Files.deleteIfExists(layout.portsFile()); // an earlier node's: the new one writes its own
        } catch (IOException e) {
            throw new NodeException("could not remove " + layout.portsFile() + ": " + e.getMessage(), e);
        }
        ProcessHandle handle = launch(settings, layout, root);
        LocalNode node = new LocalNode(settings, layout, handle, true);
        // Ctrl-C while the node starts (it runs in a session of its own and gets none): stop it, as the caller,
        // who has no node yet, cannot
        Thread stopStarting = new Thread(node::close, "stop-starting-node");
        Runtime.getRuntime().addShutdownHook(stopStarting);
        try {
            int port = settings.httpPort() != 0 ? settings.httpPort() : node.awaitPortsFile();
            LocalNode started = port == settings.httpPort()
                    ? node
                    : new LocalNode(settings.withHttpPort(port), layout, handle, true);
            launched.accept(started);
            node.awaitReady(new NodeProbe(port, clusterName(layout), settings.security()));
            return started;
        } catch (RuntimeException e) {
            node.close();
            throw e;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopStarting);
            } catch (IllegalStateException e) {
                // already shutting down: the hook stops the node
            }
        }
    }

    /** Fails when the configured ports are taken by another program ({@code answer}: what the HTTP port said). */
    private static void checkPortsFree(NodeSettings settings, NodeProbe.Answer answer) {
        if (answer.other() || !portFree(settings.httpPort())) {
            throw new NodeException("port " + settings.httpPort() + " is in use by another program"
                    + (answer.other() ? " (" + answer.description() + ")" : "")
                    + "; set ES_PORT to a free port or stop that program");
        }
        if (!portFree(settings.transportPort())) {
            throw new NodeException(
                    "port " + settings.transportPort() + " (the node's transport port, ES_PORT + 100) is "
                            + "in use by another program; set ES_PORT to another port");
        }
    }

    /**
     * The settings with the node's security: the caller's, or the generated password of the node's folder (made
     * when {@code create}, else only read: null when there is none yet).
     */
    private static NodeSettings secured(NodeSettings settings, NodeLayout layout, boolean create) {
        if (settings.security() != null) {
            return settings;
        }
        if (!create) {
            // a node started by an earlier version has no app user: its clients sign in as elastic
            String app = NodePassword.read(layout.appPasswordFile()).orElse(null);
            return NodePassword.read(layout.passwordFile())
                    .map(p -> settings.withSecurity(NodeSecurity.passwordOnly(p, app)))
                    .orElse(settings);
        }
        try {
            Files.createDirectories(layout.dir());
        } catch (IOException e) {
            throw new NodeException(
                    "could not prepare the local Elasticsearch in " + layout.dir() + ": " + e.getMessage()
                            + " (is the folder writable? set POLICY_SEARCH_DATA to use another one)",
                    e);
        }
        return settings.withSecurity(NodeSecurity.passwordOnly(
                NodePassword.readOrCreate(layout.passwordFile()), NodePassword.readOrCreate(layout.appPasswordFile())));
    }

    /** The node's state on the configured port and how to reach it, for {@code es status}. */
    public static String status(NodeSettings requested) {
        NodeLayout layout = layout(requested);
        NodeSettings settings = secured(requested, layout, false);
        NodeProbe probe = new NodeProbe(settings.httpPort(), clusterName(layout), settings.security());
        NodeProbe.Answer answer = probe.check();
        if (answer.ours()) {
            return "running at " + probe.url() + " (cluster " + answer.description() + ", pid "
                    + readPid(layout).map(p -> String.valueOf(p.pid())).orElse("?") + ", files in " + layout.dir()
                    + ")\n" + howToReach(probe.url(), layout);
        }
        if (answer.other()) {
            return "not running; port " + settings.httpPort() + " is used by another program (" + answer.description()
                    + ")";
        }
        return "not running (files in " + layout.dir() + ")";
    }

    /** User, password file and a command that works, for a person who wants to ask the node directly. */
    static String howToReach(URI url, NodeLayout layout) {
        Path passwordFile = layout.passwordFile();
        String text = "  user " + NodePassword.USER + ", password in " + passwordFile + " (readable by "
                + (ServiceUser.weAreRoot() ? "root" : "you") + " only; HTTP on 127.0.0.1 only)\n"
                + "  curl -u \"" + NodePassword.USER + ":$(cat " + passwordFile + ")\" " + url + "/_cluster/health";
        if (Files.isRegularFile(layout.appPasswordFile())) {
            text += "\n  the app signs in as " + AppUser.NAME + " (password in " + layout.appPasswordFile()
                    + "), who may use and manage ordinary indices but not change the cluster or its security";
        }
        return text;
    }

    /** Stops a node of ours started by an earlier command; false when none was running. */
    public static boolean stopRunning(NodeSettings settings) {
        NodeLayout layout = layout(settings);
        Optional<ProcessHandle> pid = readPid(layout);
        if (pid.isEmpty()) {
            return false;
        }
        terminate(pid.get());
        new PidFile(layout.pidFile()).deleteIfHolds(pid.get().pid());
        return true;
    }

    public URI url() {
        return URI.create(settings.scheme() + "://127.0.0.1:" + settings.httpPort());
    }

    /**
     * The user every client of the node signs in as: the app's, of least privilege ({@link AppUser}); {@code elastic}
     * only for a node without one (started by an earlier version, or with HTTPS for the external-cluster tests).
     */
    public String user() {
        return settings.security().appUser();
    }

    public String password() {
        return settings.security().appUserPassword();
    }

    /** PEM of the CA to trust for a node that speaks HTTPS; null for plain HTTP. */
    public Path caCert() {
        return settings.security().tls() ? settings.security().caCert() : null;
    }

    /** User, password file and a command that reaches the node, for messages. */
    public String howToReach() {
        return howToReach(url(), layout);
    }

    public boolean owned() {
        return owned;
    }

    public Path logFile() {
        return layout.consoleLog();
    }

    /** Stops the node if this object started it; a reused node is left running. Only the first call acts. */
    @Override
    public void close() {
        if (owned && process != null && stopped.compareAndSet(false, true)) {
            log.info("Stopping the local Elasticsearch (pid {})", process.pid());
            terminate(process);
            new PidFile(layout.pidFile()).deleteIfHolds(process.pid());
        }
    }

    private void awaitReady(NodeProbe probe) {
        await(() -> probe.check().ready() ? Optional.of(true) : Optional.empty());
    }

    /** The HTTP port a node started on port 0 bound, from the ports file it writes once it listens. */
    private int awaitPortsFile() {
        Path file = layout.portsFile();
        return await(() -> {
            try {
                // 127.0.0.1:43983, one bound address a line; the file appears whole (written aside, then renamed)
                return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .filter(line -> line.contains(":"))
                        .map(line -> Integer.parseInt(
                                line.substring(line.lastIndexOf(':') + 1).strip()))
                        .findFirst();
            } catch (IOException e) {
                return Optional.empty(); // not written yet
            }
        });
    }

    /** Polls {@code step} until it has an answer; fails when the node stops or the start timeout passes. */
    private <T> T await(Supplier<Optional<T>> step) {
        Instant deadline = Instant.now().plus(settings.startTimeout());
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new NodeException("Elasticsearch stopped during start-up. The end of its log ("
                        + layout.consoleLog() + "):\n" + tail(layout.consoleLog(), 30));
            }
            Optional<T> answer = step.get();
            if (answer.isPresent()) {
                return answer.get();
            }
            sleep(Duration.ofMillis(100)); // a probe costs the starting node little; readiness is seen sooner
        }
        throw new NodeException(
                "Elasticsearch was not ready after " + settings.startTimeout().toSeconds() + " s. The end of its log ("
                        + layout.consoleLog() + "):\n" + tail(layout.consoleLog(), 30));
    }

    private static ProcessHandle launch(NodeSettings settings, NodeLayout layout, boolean root) {
        List<String> command =
                List.of(layout.home().resolve("bin").resolve("elasticsearch").toString());
        if (root) {
            command = ServiceUser.asServiceUser(command);
        }
        List<String> full = new ArrayList<>();
        full.add("setsid"); // its own session: a Ctrl-C meant for us reaches the node only through close()
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .directory(layout.dir().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(layout.consoleLog().toFile()));
        builder.environment().put("ES_JAVA_HOME", settings.javaHome().toString());
        builder.environment().put("ES_PATH_CONF", layout.config().toString());
        builder.environment().put("ES_TMPDIR", layout.tmp().toString());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JAVA_HOME");
        try {
            log.info(
                    "Starting the local Elasticsearch {} on {} (files in {})",
                    settings.version(),
                    settings.scheme() + "://127.0.0.1:"
                            + (settings.httpPort() == 0 ? "(any free port)" : settings.httpPort()),
                    layout.dir());
            Process process = builder.start();
            new PidFile(layout.pidFile()).write(process.pid());
            return process.toHandle();
        } catch (IOException e) {
            throw new NodeException("could not start Elasticsearch: " + e.getMessage(), e);
        }
    }

    private static void terminate(ProcessHandle handle) {
        List<ProcessHandle> children = handle.descendants().toList();
        handle.destroy();
        try {
            handle.onExit().get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            log.warn("Elasticsearch (pid {}) did not stop within 30 s; killing it", handle.pid());
            handle.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        for (ProcessHandle child : children) {
            if (child.isAlive()) {
                child.destroy();
                try {
                    child.onExit().get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    child.destroyForcibly();
                }
            }
        }
    }

    /** Where the node's files go; as root, a folder the service user cannot reach moves under /var/lib. */
    static NodeLayout layout(NodeSettings settings) {
        Path dir = settings.baseDir().toAbsolutePath().normalize();
        if (ServiceUser.weAreRoot() && !ServiceUser.canTraverse(dir)) {
            Path moved = ROOT_FALLBACK.resolve(
                    NodeInstaller.sha256OfText(dir.toString()).substring(0, 12));
            try {
                Files.createDirectories(moved);
                Files.setPosixFilePermissions(ROOT_FALLBACK, PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            log.info(
                    "{} is not reachable by the unprivileged user '{}' that runs Elasticsearch; using {} instead",
                    dir,
                    ServiceUser.NAME,
                    moved);
            dir = moved;
        }
        return new NodeLayout(dir, settings.version());
    }

    static String clusterName(NodeLayout layout) {
        return "policy-search-"
                + NodeInstaller.sha256OfText(layout.dir().toString()).substring(0, 10);
    }

    private static Optional<ProcessHandle> readPid(NodeLayout layout) {
        return new PidFile(layout.pidFile())
                .read()
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(h -> h.info()
                        .commandLine()
                        .map(c -> c.contains("elasticsearch"))
                        .orElse(true));
    }

    private static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + file + ")";
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NodeException("interrupted while waiting for Elasticsearch");
        }
    }
}
