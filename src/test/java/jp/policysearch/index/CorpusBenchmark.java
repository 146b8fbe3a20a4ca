package jp.policysearch.index;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.policysearch.BuildInfo;
import jp.policysearch.Config;
import jp.policysearch.Json;
import jp.policysearch.corpus.DocumentInfo;
import jp.policysearch.corpus.ManifestReader;
import jp.policysearch.corpus.ManifestWriter;
import jp.policysearch.es.LocalNode;
import jp.policysearch.es.NodeSettings;

/**
 * Benchmark (not a test), {@code bin/policy-search bench index [copies]} and {@code bench add [copies]}: builds a
 * corpus of the real files copied {@code copies} times (100: 500 documents) under new ids in
 * {@code target/bench-corpus}, then runs the real commands in their own JVMs, as a user would: {@code index} of
 * the real corpus and of the copied one (end-to-end sections/s and the command's peak RSS, side by side), and
 * {@code add} of one more document to the copied corpus's index (end to end, JVM start included).
 */
public final class CorpusBenchmark {

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "index";
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path project = Path.of(System.getProperty("policysearch.project.dir", "."))
                .toAbsolutePath()
                .normalize();
        Config base = Config.fromEnvironment(project);
        Path big = project.resolve("target/bench-corpus");
        LocalNode node = null;
        Config es = base; // the cluster and credentials the child commands get as ES_URL and friends
        if (base.usesLocalNode()) {
            NodeSettings settings = NodeSettings.from(base, BuildInfo.load())
                    .withBaseDir(project.resolve("target/bench-node"))
                    .withHttpPort(base.esPort() + 7);
            node = LocalNode.start(settings);
            es = base.withCluster(node.url().toString(), 0).withCredentials(node.user(), node.password());
        }
        try {
            if (mode.equals("index")) {
                Run real = run(project, es, "bench-real", project.resolve("corpus"), "index");
                copy(project.resolve("corpus"), big, copies);
                // --force: an earlier bench add left a document in the live index that the fresh copy does not have
                Run copied = run(project, es, "bench-copies", big, "index", "--force");
                long realSections = sections(real.output());
                long copiedSections = sections(copied.output());
                System.out.printf(
                        "%-28s %,8d sections in %6.1f s: %5.0f sections/s end to end; peak RSS %6.1f MB%n",
                        "real corpus (5 documents)",
                        realSections,
                        real.seconds(),
                        realSections / real.seconds(),
                        real.peakRss() / 1e6);
                System.out.printf(
                        "%-28s %,8d sections in %6.1f s: %5.0f sections/s end to end; peak RSS %6.1f MB%n",
                        "copied corpus (" + 5 * copies + " documents)",
                        copiedSections,
                        copied.seconds(),
                        copiedSections / copied.seconds(),
                        copied.peakRss() / 1e6);
                System.out.printf(
                        "peak RSS ratio %.2f (target <= 1.3); copied corpus %.0f sections/s (target >= 800)%n",
                        (double) copied.peakRss() / real.peakRss(), copiedSections / copied.seconds());
            } else if (mode.equals("add")) {
                if (!Files.exists(big.resolve(ManifestReader.MANIFEST))) {
                    copy(project.resolve("corpus"), big, copies);
                    run(project, es, "bench-copies", big, "index");
                }
                Path extra = project.resolve("target/bench-extra.txt");
                List<String> lines =
                        new ArrayList<>(Files.readAllLines(project.resolve("corpus/004_2a231ee40087f7f5.txt")));
                lines.set(lines.size() / 2, lines.get(lines.size() / 2) + " (bench " + System.nanoTime() + ")");
                Files.write(extra, lines, StandardCharsets.UTF_8);
                Run add = run(
                        project,
                        es,
                        "bench-copies",
                        big,
                        "add",
                        extra.toString(),
                        "--id",
                        "bench-extra-" + System.currentTimeMillis() % 100000,
                        "--kind",
                        "report");
                System.out.print(add.output());
                System.out.printf(
                        "add of one document to the %d-document index: %.2f s end to end, JVM start "
                                + "included (target <= 5 s); peak RSS %.1f MB%n",
                        5 * copies + 1, add.seconds(), add.peakRss() / 1e6);
            } else {
                System.err.println("usage: bench index|add [copies]");
            }
        } finally {
            if (node != null) {
                node.close();
            }
        }
    }

    record Run(double seconds, long peakRss, String output) {}

    /**
     * Runs the command through {@code bin/policy-search}, as a user would (with the JVM options it gives the
     * command), watching the peak RSS (VmHWM) of its JVM: the launcher replaces itself with it, same process.
     */
    private static Run run(Path project, Config es, String alias, Path corpus, String... command)
            throws IOException, InterruptedException {
        List<String> cmd =
                new ArrayList<>(List.of(project.resolve("bin/policy-search").toString()));
        cmd.addAll(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("ES_URL", es.esUrl());
        for (var credential : new String[][] {
            {"ES_API_KEY", es.esApiKey()}, {"ES_USERNAME", es.esUsername()}, {"ES_PASSWORD", es.esPassword()}
        }) {
            if (credential[1] != null) {
                pb.environment().put(credential[0], credential[1]);
            }
        }
        pb.environment().put("INDEX_ALIAS", alias);
        pb.environment().put("POLICY_SEARCH_USER", "root"); // the indexer's own JVM, whose memory is measured
        pb.environment().put("POLICY_SEARCH_CORPUS_USER", "root"); // and add's
        pb.environment().put("CORPUS_DIR", corpus.toString());
        Path log = Files.createTempFile("bench-", ".log");
        pb.redirectOutput(log.toFile());
        String loadBefore = loadAverage();
        long start = System.nanoTime();
        Process p = pb.start();
        long peak = 0;
        Path status = Path.of("/proc/" + p.pid() + "/status");
        while (p.isAlive()) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        peak = Math.max(peak, Long.parseLong(line.replaceAll("\\D+", "")) * 1024);
                    }
                }
            } catch (IOException e) {
                // exited between the check and the read
            }
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "%s (%s): %.1f s, load average %s before, %s after (%d cores)%n",
                String.join(" ", command).replace(project + "/", ""),
                alias,
                seconds,
                loadBefore,
                loadAverage(),
                Runtime.getRuntime().availableProcessors());
        String output = Files.readString(log);
        Files.delete(log);
        if (p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return new Run(seconds, peak, output);
    }

    /** The 1, 5 and 15 minute load averages: the machine may be shared and busy, and the figures say so. */
    private static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    private static long sections(String output) {
        var m = Pattern.compile("Indexed \\d+ documents, (\\d+) sections").matcher(output);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /**
     * The real files copied under new ids and names (the parser reads every copy), with the rule files. Also used by
     * the search benchmark for its large corpus.
     */
    public static void copy(Path real, Path target, int copies) throws IOException {
        if (Files.exists(target)) {
            try (Stream<Path> walk = Files.walk(target)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        try (Stream<Path> walk = Files.walk(real)) {
            for (Path p : walk.toList()) {
                String name = real.relativize(p).toString();
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target.resolve(name));
                } else if (name.endsWith(".json") && !name.equals(ManifestReader.MANIFEST)) {
                    Files.copy(p, target.resolve(name));
                }
            }
        }
        ObjectNode root = Json.mapper().createObjectNode();
        ArrayNode documents = root.putArray("documents");
        for (int copy = 0; copy < copies; copy++) {
            for (DocumentInfo info : new ManifestReader()
                    .read(real.resolve(ManifestReader.MANIFEST))
                    .entries()) {
                String id = copy == 0 ? info.id() : info.id() + "-c" + copy;
                String file = copy == 0 ? info.file() : "c" + copy + "_" + info.file();
                Files.copy(real.resolve(info.file()), target.resolve(file));
                documents.add(ManifestWriter.entry(info.withIdAndFile(id, file)));
            }
        }
        Files.writeString(
                target.resolve(ManifestReader.MANIFEST),
                Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }
}
