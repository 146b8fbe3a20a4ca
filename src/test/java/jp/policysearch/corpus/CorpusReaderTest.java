package jp.policysearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

    @TempDir
    Path dir;

    private void manifest(String documents) throws IOException {
        Files.writeString(dir.resolve("manifest.json"), "{\n  \"documents\": [\n" + documents + "\n  ]\n}\n");
    }

    private static String entry(String id, String file, String kind) {
        return "    {\"id\": \"" + id + "\", \"file\": \"" + file + "\", \"title\": \"t\", \"ministries\": [\"総務省\"],\n"
                + "     \"date\": \"2025-03\", \"year\": 2025, \"kind\": \"" + kind + "\", \"note\": null}";
    }

    @Test
    void the_project_corpus_reads_five_documents_without_problems() {
        Corpus corpus = new CorpusReader().read(Path.of("corpus"));
        assertThat(corpus.problems()).isEmpty();
        assertThat(corpus.documents())
                .extracting(d -> d.info().id())
                .containsExactly(
                        "growth-roadmap-2026",
                        "digital-cyber-roadmap-2026",
                        "semiconductor-digital-strategy-2023",
                        "meti-council-materials-2025",
                        "ict-rd-trends-report-2025");
        CorpusDocument growth = corpus.documents().get(0);
        assertThat(growth.info().ministries()).containsExactly("内閣官房");
        assertThat(growth.info().note()).contains("inferred");
        assertThat(growth.lines().get(2)).isEqualTo("主要な製品・技術等の官民投資ロードマップ素案 (先行検討分を除く)");
        assertThat(growth.lines()).hasSize(5654);
        assertThat(corpus.documents().get(1).info().parsing()).containsEntry("area", "デジタル・サイバーセキュリティ");
        assertThat(corpus.documents().get(4).info().date()).isEqualTo("2025-03");
    }

    @Test
    void a_shift_jis_file_is_read_and_an_unreadable_one_is_a_problem_naming_its_line() throws IOException {
        Files.writeString(dir.resolve("good.txt"), "一行目\n二行目\n");
        byte[] sjis = "一行目\n二行目\n三行目\n".getBytes("windows-31j");
        Files.write(dir.resolve("sjis.txt"), sjis);
        Files.write(dir.resolve("late.txt"), new byte[] {'a', '\n', 'b', '\n', (byte) 0xff, '\n'});
        manifest(entry("good", "good.txt", "report") + ",\n" + entry("sjis", "sjis.txt", "report") + ",\n"
                + entry("late", "late.txt", "report"));
        Corpus corpus = new CorpusReader().read(dir);
        assertThat(corpus.documents()).extracting(d -> d.info().id()).containsExactly("good", "sjis");
        assertThat(corpus.documents().get(0).lines()).containsExactly("一行目", "二行目");
        assertThat(corpus.documents().get(1).lines()).containsExactly("一行目", "二行目", "三行目");
        assertThat(corpus.problems())
                .extracting(CorpusProblem::file, CorpusProblem::line)
                .containsExactly(Tuple.tuple("late.txt", 3));
        assertThat(corpus.problems().get(0).toString())
                .startsWith("late.txt:3: unreadable encoding: not UTF-8 (malformed byte 0xFF at byte offset 4)");
    }

    @Test
    void the_inferred_values_of_the_project_corpus_carry_japanese_reasons() {
        Corpus corpus = new CorpusReader().read(Path.of("corpus"));
        assertThat(corpus.documents().get(0).info().inferred()).containsOnlyKeys("issuers", "year");
        assertThat(corpus.documents().get(1).info().inferred()).isEmpty();
        assertThat(corpus.documents().get(3).info().inferred().get("year")).contains("R7.6.7");
        assertThat(corpus.documents().get(4).info().inferred()).isEmpty();
    }

    @Test
    void an_unknown_inferred_field_is_a_problem() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "x\n");
        manifest("    {\"id\": \"odd\", \"file\": \"a.txt\", \"title\": \"t\", \"ministries\": [], \"year\": 2025,"
                + " \"kind\": \"generic\", \"inferred\": {\"author\": \"x\"}}");
        Corpus corpus = new CorpusReader().read(dir);
        assertThat(corpus.documents()).isEmpty();
        assertThat(corpus.problems())
                .extracting(CorpusProblem::message)
                .anyMatch(m -> m.contains("unknown field 'author'"))
                .anyMatch(m -> m.contains("ministries"));
    }

    @Test
    void a_manifest_entry_without_its_file_is_a_problem_at_the_entry_line() throws IOException {
        Files.writeString(dir.resolve("good.txt"), "x\n");
        manifest(entry("good", "good.txt", "report") + ",\n" + entry("gone", "missing.txt", "report"));
        Corpus corpus = new CorpusReader().read(dir);
        assertThat(corpus.documents()).hasSize(1);
        assertThat(corpus.problems()).hasSize(1);
        assertThat(corpus.problems().get(0).file()).isEqualTo("manifest.json");
        assertThat(corpus.problems().get(0).line()).isEqualTo(5);
        assertThat(corpus.problems().get(0).message()).contains("missing.txt", "not found");
    }

    @Test
    void an_unknown_kind_and_missing_fields_are_problems_at_their_entry_lines() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "x\n");
        manifest(entry("good", "a.txt", "report") + ",\n" + entry("odd", "a.txt", "poster") + ",\n"
                + "    {\"id\": \"bare\", \"file\": \"a.txt\"}");
        Corpus corpus = new CorpusReader().read(dir);
        assertThat(corpus.documents()).extracting(d -> d.info().id()).containsExactly("good");
        List<String> problems =
                corpus.problems().stream().map(CorpusProblem::toString).toList();
        assertThat(problems)
                .contains(
                        "manifest.json:5: entry 'odd': unknown document kind 'poster'"
                                + " (expected roadmap, slide-deck, report or generic)",
                        "manifest.json:7: entry 'bare': missing field 'title'",
                        "manifest.json:7: entry 'bare': missing field 'kind'");
    }

    @Test
    void a_manifest_that_is_not_json_is_a_problem_with_its_line() throws IOException {
        Files.writeString(
                dir.resolve("manifest.json"), "{\n  \"documents\": [\n    {\"id\": \n  ]\n}\n", StandardCharsets.UTF_8);
        Corpus corpus = new CorpusReader().read(dir);
        assertThat(corpus.documents()).isEmpty();
        assertThat(corpus.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("manifest.json");
            assertThat(p.line()).isEqualTo(4);
        });
    }
}
