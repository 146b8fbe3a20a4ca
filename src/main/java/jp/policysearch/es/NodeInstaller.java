package jp.policysearch.es;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Lays out the local node's files: the distribution extracted once (and again when the zip changes), our plugin
 * installed into it, and a config folder generated for each start.
 */
final class NodeInstaller {

    private static final String MARKER = ".policy-search-installed";

    private final NodeSettings settings;
    private final NodeLayout layout;

    NodeInstaller(NodeSettings settings, NodeLayout layout) {
        this.settings = settings;
        this.layout = layout;
    }

    void install(String clusterName) {
        requireFile(settings.distributionZip(), "the Elasticsearch distribution");
        requireFile(settings.pluginZip(), "the analysis plugin");
        try {
            Files.createDirectories(layout.dir());
            extractDistributionIfNeeded();
            installPluginIfNeeded();
            writeConfig(clusterName);
            for (Path dir : new Path[] {layout.data(), layout.logs(), layout.tmp()}) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new NodeException(
                    "could not prepare the local Elasticsearch in " + layout.dir() + ": " + e.getMessage()
                            + " (is the folder writable? set POLICY_SEARCH_DATA to use another one)",
                    e);
        }
    }

    private void extractDistributionIfNeeded() throws IOException {
        Path home = layout.home();
        String stamp = fingerprint(settings.distributionZip());
        Path marker = home.resolve(MARKER);
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(stamp)) {
            return;
        }
        deleteTree(home);
        Path staging = layout.dir().resolve("home.partial");
        deleteTree(staging);
        try {
            unzip(settings.distributionZip(), staging, 1);
        } catch (ZipException e) {
            deleteTree(staging);
            throw new NodeException(
                    "the Elasticsearch download " + settings.distributionZip() + " is corrupted ("
                            + e.getMessage()
                            + "). Delete it and the cached copy under ~/.m2/repository/org/elasticsearch/"
                            + "distribution/integ-test-zip/, then run the command again to download it afresh.",
                    e);
        }
        // Java's zip reader drops the execute bit.
        try (Stream<Path> scripts = Files.list(staging.resolve("bin"))) {
            for (Path script : scripts.toList()) {
                Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(marker, stamp);
    }

    private void installPluginIfNeeded() throws IOException {
        Path pluginDir = layout.home().resolve("plugins").resolve("policy-analysis");
        String stamp = sha256(settings.pluginZip());
        Path marker = pluginDir.resolve(MARKER);
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(stamp)) {
            return;
        }
        deleteTree(pluginDir);
        try {
            unzip(settings.pluginZip(), pluginDir, 0);
        } catch (ZipException e) {
            deleteTree(pluginDir);
            throw new NodeException(
                    "the plugin zip " + settings.pluginZip() + " is damaged (" + e.getMessage()
                            + "); rebuild with ./mvnw package",
                    e);
        }
        if (!Files.isRegularFile(pluginDir.resolve("named_components.json"))) {
            throw new NodeException("the plugin zip " + settings.pluginZip() + " has no named_components.json, so "
                    + "Elasticsearch would register none of its components; rebuild with ./mvnw package");
        }
        Files.writeString(marker, stamp);
    }

    private void writeConfig(String clusterName) throws IOException {
        Path config = layout.config();
        Files.createDirectories(config.resolve("jvm.options.d"));
        for (String file : new String[] {"jvm.options", "log4j2.properties"}) {
            Files.copy(
                    layout.home().resolve("config").resolve(file),
                    config.resolve(file),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> lines = new ArrayList<>(List.of(
                "# Generated by policy-search at every start; edits are overwritten.",
                "cluster.name: " + clusterName,
                "node.name: policy-search-local",
                "path.data: " + layout.data(),
                "path.logs: " + layout.logs(),
                "network.host: 127.0.0.1",
                "http.port: " + settings.httpPort(),
                "transport.port: " + settings.transportPort(),
                // logs/http.ports names the bound address, which LocalNode reads when the port was 0 (any free one)
                "node.portsfile: " + (settings.httpPort() == 0),
                "discovery.type: single-node",
                // Watermarks on, as free space rather than shares, so a big disk that is 90 % used still works:
                // below 200 MB free the node blocks writes (instead of losing its master at 0 bytes), and lifts the
                // block by itself once space is freed.
                "cluster.routing.allocation.disk.watermark.low: 1gb",
                "cluster.routing.allocation.disk.watermark.high: 500mb",
                "cluster.routing.allocation.disk.watermark.flood_stage: 200mb",
                // A heavy search stops working on the node when the service has given up on it: 9/10 of the default
                // ES_TIMEOUT_MS (10 s), for searches that name no timeout of their own (the searcher's do). A timed-out
                // search answers 503, never its partial hits (EsCalls).
                "search.default_search_timeout: 9s",
                "action.destructive_requires_name: true"));
        NodeSecurity security = settings.security();
        lines.addAll(security.settings());
        if (security.tls()) {
            writeCertificates(security);
        }
        ensureKeystore(security.elasticPassword());
        if (security.appPassword() != null) {
            AppUser.write(config, security.appPassword());
        }
        lines.add("");
        Files.writeString(config.resolve("elasticsearch.yml"), String.join("\n", lines), StandardCharsets.UTF_8);
        Files.writeString(
                config.resolve("jvm.options.d").resolve("heap.options"),
                "-Xms" + settings.heap() + "\n-Xmx" + settings.heap() + "\n",
                StandardCharsets.UTF_8);
    }

    /** The node's HTTPS certificate, key and CA under config/certs/. */
    private void writeCertificates(NodeSecurity security) throws IOException {
        Path certs = Files.createDirectories(layout.config().resolve(NodeSecurity.CERTS_DIR));
        Files.copy(security.caCert(), certs.resolve("ca.crt"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(security.certificate(), certs.resolve("node.crt"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(security.key(), certs.resolve("node.key"), StandardCopyOption.REPLACE_EXISTING);
        if (ServiceUser.weAreRoot()) {
            ServiceUser.readableByServiceUser(certs.resolve("node.key"));
        }
    }

    /**
     * The keystore holding the elastic user's bootstrap password, made again only when the password changed (a
     * stamp beside it records the password's hash). Run as root, the config folder is root's, so root makes the
     * keystore and lets the node's user read it.
     */
    private void ensureKeystore(String password) throws IOException {
        Path file = layout.config().resolve("elasticsearch.keystore");
        Path stamp = layout.config().resolve("elasticsearch.keystore.sha256");
        String hash = sha256OfText(password);
        if (!Files.isRegularFile(file)
                || !Files.isRegularFile(stamp)
                || !Files.readString(stamp).equals(hash)) {
            Files.deleteIfExists(file);
            keystore(List.of("add", "--force", "--stdin", "bootstrap.password"), password + "\n");
            Files.writeString(stamp, hash, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(stamp, PosixFilePermissions.fromString("rw-------"));
        }
        if (ServiceUser.weAreRoot()) {
            ServiceUser.readableByServiceUser(file);
        }
    }

    private void keystore(List<String> args, String input) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                layout.home().resolve("bin").resolve("elasticsearch-keystore").toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        layout.dir().resolve("keystore.log").toFile()));
        builder.environment().put("ES_JAVA_HOME", settings.javaHome().toString());
        builder.environment().put("ES_PATH_CONF", layout.config().toString());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JAVA_HOME");
        Process tool = builder.start();
        try (var stdin = tool.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        try {
            if (!tool.waitFor(60, TimeUnit.SECONDS) || tool.exitValue() != 0) {
                tool.destroyForcibly();
                throw new NodeException("elasticsearch-keystore " + args.get(0) + " failed; see "
                        + layout.dir().resolve("keystore.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NodeException("interrupted while writing the Elasticsearch keystore", e);
        }
    }

    private static void unzip(Path zip, Path target, int stripComponents) throws IOException {
        Files.createDirectories(target);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = strip(entry.getName(), stripComponents);
                if (name.isEmpty()) {
                    continue;
                }
                Path out = target.resolve(name).normalize();
                if (!out.startsWith(target)) {
                    throw new ZipException("entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    private static String strip(String name, int components) {
        String rest = name;
        for (int i = 0; i < components; i++) {
            int slash = rest.indexOf('/');
            rest = slash < 0 ? "" : rest.substring(slash + 1);
        }
        return rest;
    }

    private static void requireFile(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new NodeException(what + " is missing at " + file + "; build the project first (bin/policy-search "
                    + "builds it, or ./mvnw package -DskipTests)");
        }
    }

    private static String fingerprint(Path file) throws IOException {
        return file.getFileName() + " " + Files.size(file) + " "
                + Files.getLastModifiedTime(file).toMillis();
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256OfText(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
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
