package jp.policysearch.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Nu Html Checker (Maven Central {@code nu.validator:validator}) in a JVM of its own, on the class path the build
 * resolved from src/test/vnu/pom.xml into target/vnu/classpath.txt (its Jetty 11 cannot share this JVM's Jetty 12).
 */
public final class NuHtmlChecker {

    /** One message of the checker: its type ("error", "info", "non-document-error"), the file, line and text. */
    public record Message(String type, String subType, Path file, int line, String text, String extract) {
        public boolean isError() {
            return type.equals("error") || type.equals("non-document-error");
        }

        @Override
        public String toString() {
            return type + (subType.isEmpty() ? "" : "/" + subType) + " " + file.getFileName() + ":" + line + ": " + text
                    + (extract.isEmpty() ? "" : " «" + extract.strip() + "»");
        }
    }

    private static final Path CLASSPATH = Path.of("target", "vnu", "classpath.txt");

    private NuHtmlChecker() {}

    /** Checks the files as HTML documents and returns every message (errors, warnings and infos). */
    public static List<Message> check(List<Path> files) throws IOException, InterruptedException {
        Path classpath = TestCluster.projectDir().resolve(CLASSPATH);
        if (!Files.isRegularFile(classpath)) {
            throw new AssertionError(classpath + " is missing: the Nu Html Checker's class path is written by the"
                    + " build's pre-integration-test phase (run the integration tests through ./mvnw verify)");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                Files.readString(classpath).strip(),
                "nu.validator.client.SimpleCommandLineValidator",
                "--format",
                "json"));
        files.forEach(f -> command.add(f.toString()));
        Path report = Files.createTempFile("vnu-", ".json");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(report.toFile())
                    .start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) { // a hang, not slowness: the checker takes seconds
                process.destroyForcibly();
                throw new AssertionError("the Nu Html Checker did not finish");
            }
            return parse(Files.readString(report, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(report);
        }
    }

    private static List<Message> parse(String json) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError("the Nu Html Checker did not answer JSON: " + json, e);
        }
        if (root == null || !root.path("messages").isArray()) {
            throw new AssertionError("the Nu Html Checker answered no message list: " + json);
        }
        List<Message> messages = new ArrayList<>();
        for (JsonNode m : root.path("messages")) {
            messages.add(new Message(
                    m.path("type").asText(),
                    m.path("subType").asText(""),
                    Path.of(m.path("url").asText("file:?").replaceFirst("^file:", "")),
                    m.path("lastLine").asInt(0),
                    m.path("message").asText(),
                    m.path("extract").asText("")));
        }
        return messages;
    }
}
