package jp.policysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.policysearch.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SectionsCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path projectDir, String... args) {
        return new SectionsCommand()
                .run(
                        List.of(args),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        projectDir.resolve("corpus"),
                        projectDir.resolve("corpus"));
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void doc_prints_one_snake_case_json_object_per_section() throws IOException {
        int code = run(Path.of("."), "--doc", "digital-cyber-roadmap-2026");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(code).isZero();
        List<String> lines = outLines();
        assertThat(lines).hasSize(24);
        JsonNode first = Json.mapper().readTree(lines.get(0));
        assertThat(first.get("id").asText()).isEqualTo("digital-cyber-roadmap-2026/c01/goal");
        assertThat(first.get("card_key").asText()).isEqualTo("データプラットフォーム");
        assertThat(first.get("group_key").asText()).isEqualTo("digital-cyber-roadmap-2026/c01/goal");
        assertThat(first.get("source").get("line_start").asInt()).isEqualTo(12);
        assertThat(first.get("passages").get(0).get("anchor").asText()).matches("h[0-9a-f]{6}");
        assertThat(first.get("passages").get(0).get("alias").asText()).isEqualTo("p1");
        assertThat(first.has("mentioned")).isTrue();
    }

    @Test
    void an_unknown_doc_is_a_usage_error_naming_the_known_ids() {
        int code = run(Path.of("."), "--doc", "nope");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown document id 'nope'", "growth-roadmap-2026");
        assertThat(outLines()).isEmpty();
    }

    @Test
    void problems_are_listed_with_file_and_line_and_the_good_documents_still_print(@TempDir Path project)
            throws IOException {
        Path corpus = project.resolve("corpus");
        Files.createDirectories(corpus.resolve("kinds"));
        for (String data : List.of(
                "areas.json",
                "bodies.json",
                "kinds/roadmap.json",
                "kinds/slide-deck.json",
                "kinds/report.json",
                "001_0dddb960a8ba646a.txt")) {
            Files.copy(Path.of("corpus").resolve(data), corpus.resolve(data));
        }
        String manifest = Files.readString(Path.of("corpus/manifest.json"));
        Files.writeString(corpus.resolve("manifest.json"), manifest);
        int code = run(project);
        assertThat(code).isEqualTo(1);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(errors)
                .contains("corpus/manifest.json:4: entry 'growth-roadmap-2026':"
                        + " file '000_3143894dff5fad24.txt' not found");
        assertThat(errors).contains("problem(s) in the corpus");
        assertThat(outLines()).hasSize(24);
    }
}
