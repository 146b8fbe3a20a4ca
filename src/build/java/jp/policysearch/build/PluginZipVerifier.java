package jp.policysearch.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Build step (package phase, after the assembly): fails the build when the plugin zip would not install as a stable
 * plugin or would clash with the node's own Lucene. Compiled with the tests, never shipped.
 */
public final class PluginZipVerifier {

    private static final List<String> DESCRIPTOR_KEYS =
            List.of("name", "description", "version", "elasticsearch.version", "java.version");

    private PluginZipVerifier() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: PluginZipVerifier <plugin-zip>");
            System.exit(2);
        }
        List<String> problems = problems(Path.of(args[0]));
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "plugin zip " + args[0] + " is broken:\n  " + String.join("\n  ", problems));
        }
    }

    /** Everything wrong with the zip; empty when it is a well-formed stable plugin. */
    static List<String> problems(Path zip) throws IOException {
        List<String> problems = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<String> names = file.stream().map(ZipEntry::getName).toList();
            for (String name : names) {
                if (name.contains("/")) {
                    problems.add("entry not at the zip root: " + name);
                }
                if (name.startsWith("lucene-core")
                        || name.startsWith("lucene-analysis-common")
                        || name.startsWith("elasticsearch-")) {
                    problems.add("bundles a jar the node provides: " + name);
                }
            }
            ZipEntry descriptor = file.getEntry("stable-plugin-descriptor.properties");
            if (descriptor == null) {
                problems.add("missing stable-plugin-descriptor.properties");
            } else {
                problems.addAll(descriptorProblems(
                        new String(file.getInputStream(descriptor).readAllBytes(), StandardCharsets.UTF_8)));
            }
            ZipEntry components = file.getEntry("named_components.json");
            if (components == null || components.getSize() == 0) {
                problems.add("missing or empty named_components.json");
            }
            if (names.stream().noneMatch(n -> n.startsWith("lucene-analysis-kuromoji-") && n.endsWith(".jar"))) {
                problems.add("missing lucene-analysis-kuromoji jar");
            }
            List<String> ownJars = names.stream()
                    .filter(n -> n.startsWith("policy-analysis-") && n.endsWith(".jar"))
                    .toList();
            if (ownJars.size() != 1) {
                problems.add("expected one policy-analysis jar, found " + ownJars);
            } else {
                problems.addAll(ownJarProblems(file.getInputStream(file.getEntry(ownJars.get(0)))));
            }
        }
        return problems;
    }

    static List<String> descriptorProblems(String text) throws IOException {
        List<String> problems = new ArrayList<>();
        Properties descriptor = new Properties();
        descriptor.load(new StringReader(text));
        for (String key : DESCRIPTOR_KEYS) {
            String value = descriptor.getProperty(key);
            if (value == null || value.isBlank()) {
                problems.add("descriptor lacks " + key);
            } else if (value.contains("${")) {
                problems.add("descriptor " + key + " is not filtered: " + value);
            }
        }
        if (descriptor.containsKey("classname")) {
            problems.add("descriptor has classname, which makes Elasticsearch treat it as a classic plugin");
        }
        return problems;
    }

    private static List<String> ownJarProblems(InputStream jar) throws IOException {
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(jar)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        List<String> problems = new ArrayList<>();
        for (String required :
                List.of("jp/policysearch/analysis/TextNormalizer.class", "jp/policysearch/analysis/variants.tsv")) {
            if (!entries.contains(required)) {
                problems.add("policy-analysis jar lacks " + required);
            }
        }
        entries.stream()
                .filter(e -> e.endsWith(".class") && !e.startsWith("jp/policysearch/analysis/"))
                .forEach(e -> problems.add("policy-analysis jar holds a class outside the plugin package: " + e));
        return problems;
    }
}
