package jp.policysearch.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import jp.policysearch.BuildInfo;
import jp.policysearch.Config;
import jp.policysearch.es.LocalNode;
import jp.policysearch.es.NodeException;
import jp.policysearch.es.NodeSettings;
import jp.policysearch.es.ServiceUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * As root, the web server and the indexer run as an unprivileged user ({@code POLICY_SEARCH_USER}, default
 * {@code policy-search}; {@code root} keeps root): root checks the port, starts the local node (which runs as
 * {@code policy-search-es}), then runs the same command again in a child JVM as that user through {@code setpriv},
 * handing it the node as {@code ES_URL} with the node's password in {@code ES_PASSWORD} (the password file stays
 * root's). Root waits for the child, passes Ctrl-C and SIGTERM on to it, and then stops the node it started.
 * {@code add} and {@code remove} run the same way as the corpus's own user ({@link CorpusOwner}).
 */
final class Unprivileged {

    static final String USER_VARIABLE = "POLICY_SEARCH_USER";
    static final String DEFAULT_USER = "policy-search";
    /**
     * Set for the unprivileged JVM when the node it is handed may still be starting: it waits for the node (as long
     * as the root process does) before it looks at the index.
     */
    static final String AWAIT_NODE_VARIABLE = "POLICY_SEARCH_AWAIT_NODE";

    private static final Logger log = LoggerFactory.getLogger(Unprivileged.class);

    private final Config config;
    private final String user;
    private final String webUser;
    private final String corpusUser;

    private Unprivileged(Config config, String user, String webUser, String corpusUser) {
        this.config = config;
        this.user = user;
        this.webUser = webUser;
        this.corpusUser = corpusUser;
    }

    /** The user a command should drop to: none unless we are root and {@code POLICY_SEARCH_USER} is not root. */
    static Optional<Unprivileged> forRoot(Config config, Map<String, String> env) {
        String user = webUser(env);
        if (!ServiceUser.weAreRoot() || user.equals("root")) {
            return Optional.empty();
        }
        return Optional.of(new Unprivileged(config, user, user, CorpusOwner.name(env)));
    }

    /**
     * The user {@code add} and {@code remove} should drop to: none unless we are root and
     * {@code POLICY_SEARCH_CORPUS_USER} is not root.
     */
    static Optional<Unprivileged> forCorpus(Config config, Map<String, String> env) {
        String user = CorpusOwner.name(env);
        if (!ServiceUser.weAreRoot() || user.equals("root")) {
            return Optional.empty();
        }
        return Optional.of(new Unprivileged(config, user, webUser(env), user));
    }

    private static String webUser(Map<String, String> env) {
        String user = env.getOrDefault(USER_VARIABLE, DEFAULT_USER).strip();
        if (!user.matches("[a-z_][a-z0-9_-]{0,31}")) {
            throw new Config.ConfigException(
                    USER_VARIABLE + " must be a user name such as policy-search, or root (got '" + user + "')");
        }
        return user;
    }

    /** Runs {@code args} (serve, index, sections, add or remove) as the unprivileged user; its exit status. */
    int run(List<String> args) throws IOException, InterruptedException {
        boolean serve = args.get(0).equals("serve");
        if (serve) {
            ServeCommand.requirePortFree(config.port()); // before the node: a second serve changes nothing
        }
        boolean corpus = user.equals(corpusUser);
        ServiceUser.ensureExists(user, corpus ? "add and remove" : "the web server and the indexer");
        AppFiles files = new AppFiles(config, user, webUser, corpusUser);
        List<String> classpath = files.readableClasspath(System.getProperty("java.class.path"));
        if (corpus) {
            if (!webUser.equals("root")) {
                ServiceUser.ensureExists(webUser, "the web server and the indexer");
            }
            CorpusOwner.take(config.corpusDir(), user);
        }
        files.shareCorpusLock();
        AtomicReference<Process> early = new AtomicReference<>();
        LocalNode node;
        try {
            // serve's JVM starts (and builds its web server) while the node starts, and waits for the node itself
            node = !needsNode(args)
                    ? null
                    : serve
                            ? LocalNode.start(
                                    NodeSettings.from(config, BuildInfo.load()),
                                    launched -> early.set(startUnchecked(args, classpath, launched)))
                            : LocalNode.start(NodeSettings.from(config, BuildInfo.load()));
        } catch (RuntimeException e) {
            cleanUp(early.get(), null, new AtomicBoolean());
            throw e;
        }
        AtomicBoolean cleaned = new AtomicBoolean();
        Process child = early.get();
        try (CorpusOwner.Handover handover =
                corpus ? CorpusOwner.handOver(args, config.corpusDir(), user) : new CorpusOwner.Handover(args, null)) {
            if (child == null) {
                child = start(handover.args(), classpath, node);
            }
            Process started = child;
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(() -> cleanUp(started, node, cleaned), "stop-unprivileged"));
            return child.waitFor();
        } finally {
            cleanUp(child, node, cleaned); // a no-op when the shutdown hook got there first
        }
    }

    /** {@link #start}, with a hook that stops the child if this JVM stops while the node is still starting. */
    private Process startUnchecked(List<String> args, List<String> classpath, LocalNode node) {
        try {
            Process child = start(args, classpath, node);
            Runtime.getRuntime().addShutdownHook(new Thread(child::destroy, "stop-unprivileged-early"));
            return child;
        } catch (IOException e) {
            throw new NodeException("could not start the unprivileged " + args.get(0) + ": " + e.getMessage(), e);
        }
    }

    private boolean needsNode(List<String> args) {
        return config.usesLocalNode() && !args.get(0).equals("sections");
    }

    private Process start(List<String> args, List<String> classpath, LocalNode node) throws IOException {
        List<String> java = new ArrayList<>();
        java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        java.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        java.addAll(List.of("-cp", String.join(File.pathSeparator, classpath), Main.class.getName()));
        java.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(ServiceUser.asUser(user, java))
                .directory(config.projectDir().toFile())
                .inheritIO();
        if (node != null) {
            Map<String, String> env = builder.environment();
            env.remove("ES_API_KEY");
            env.put("ES_URL", node.url().toString());
            env.put("ES_USERNAME", node.user());
            env.put("ES_PASSWORD", node.password());
            if (node.caCert() != null) {
                env.put("ES_CA_CERT", node.caCert().toString());
            }
            if (args.get(0).equals("serve")) {
                env.put(AWAIT_NODE_VARIABLE, "true"); // the node may still be starting
            }
        }
        log.info(
                "Running {} as the unprivileged user '{}'{}",
                args.get(0),
                user,
                node == null ? "" : " (the local node at " + node.url() + " runs as its own user)");
        return builder.start();
    }

    /** Stops the child (SIGTERM, then SIGKILL after a minute) and then the node this command started. */
    private static void cleanUp(Process child, LocalNode node, AtomicBoolean cleaned) {
        if (!cleaned.compareAndSet(false, true)) {
            return;
        }
        if (child != null && child.isAlive()) {
            child.destroy();
            try {
                if (!child.waitFor(60, TimeUnit.SECONDS)) {
                    log.warn("The unprivileged command (pid {}) did not stop within 60 s; killing it", child.pid());
                    child.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (node != null) {
            node.close();
        }
    }

    /** Lines a command prints, for checks run as the unprivileged user. */
    static List<String> output(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            return out.lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new NodeException("could not run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NodeException("interrupted while checking files as another user", e);
        }
    }
}
