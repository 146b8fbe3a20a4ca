package jp.policysearch.section;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.policysearch.Json;
import jp.policysearch.corpus.CorpusProblem;
import jp.policysearch.corpus.DocumentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SectionParserTest {

    static final Path CORPUS = Path.of("corpus");
    static final String GROWTH_FILE = "000_3143894dff5fad24.txt";
    static final String DIGITAL_FILE = "001_0dddb960a8ba646a.txt";

    @TempDir
    Path dir;

    static SectionParser roadmapsOnly(Path corpusDir) {
        return new SectionParser(
                Map.of(DocumentKind.ROADMAP, RoadmapParser.load(corpusDir)),
                new SectionGrouper(),
                MentionFinder.load(corpusDir));
    }

    /** A corpus directory with the project's data files and the two roadmaps, plus the given extra documents. */
    Path corpusWith(List<String[]> extra) throws IOException {
        for (String data : List.of("areas.json", "bodies.json", "kinds/roadmap.json", GROWTH_FILE, DIGITAL_FILE)) {
            Files.createDirectories(dir.resolve(data).getParent());
            Files.copy(CORPUS.resolve(data), dir.resolve(data));
        }
        ObjectNode manifest = (ObjectNode)
                Json.mapper().readTree(CORPUS.resolve("manifest.json").toFile());
        ArrayNode documents = (ArrayNode) manifest.get("documents");
        ArrayNode kept = documents.arrayNode();
        kept.add(documents.get(0));
        kept.add(documents.get(1));
        for (String[] doc : extra) {
            ObjectNode copy = documents.get(0).deepCopy();
            copy.put("id", doc[0]);
            copy.put("file", doc[1]);
            kept.add(copy);
        }
        manifest.set("documents", kept);
        Files.writeString(
                dir.resolve("manifest.json"),
                Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
        return dir;
    }

    private List<String> growthLines() throws IOException {
        return Files.readAllLines(CORPUS.resolve(GROWTH_FILE), StandardCharsets.UTF_8);
    }

    private static Map<String, Long> sectionsPerDoc(ParsedCorpus parsed) {
        return parsed.sections().stream().collect(Collectors.groupingBy(Section::doc, Collectors.counting()));
    }

    @Test
    void the_project_corpus_gives_160_roadmap_sections_and_a_problem_per_kind_without_a_parser() {
        ParsedCorpus parsed = roadmapsOnly(CORPUS).parse(CORPUS);
        assertThat(parsed.documents()).hasSize(5);
        assertThat(sectionsPerDoc(parsed))
                .containsEntry("growth-roadmap-2026", 136L)
                .containsEntry("digital-cyber-roadmap-2026", 24L);
        assertThat(parsed.problems())
                .extracting(CorpusProblem::toString)
                .containsExactly(
                        "002_752b53ca546b0fe7.txt: no parser for kind 'slide-deck'",
                        "003_a080c5afe313da11.txt: no parser for kind 'slide-deck'",
                        "004_2a231ee40087f7f5.txt: no parser for kind 'report'");
    }

    @Test
    void shared_cards_are_grouped_under_the_first_document_without_being_marked_reprints() {
        ParsedCorpus parsed = roadmapsOnly(CORPUS).parse(CORPUS);
        Map<String, Section> byId = parsed.sections().stream().collect(Collectors.toMap(Section::id, s -> s));
        Section cloud = byId.get("digital-cyber-roadmap-2026/c02/goal");
        assertThat(cloud.cardKey()).isEqualTo("クラウド・データセンター");
        assertThat(cloud.groupKey()).isEqualTo("growth-roadmap-2026/c03/goal");
        assertThat(cloud.reprint()).isFalse();
        assertThat(byId.get("digital-cyber-roadmap-2026/c06/policy").groupKey())
                .isEqualTo("growth-roadmap-2026/c05/policy");
        assertThat(byId.get("growth-roadmap-2026/c05/policy").groupKey()).isEqualTo("growth-roadmap-2026/c05/policy");
        // the summary pages differ in kind (方向性 vs 未来社会): not grouped
        assertThat(byId.get("digital-cyber-roadmap-2026/c06/vision").groupKey())
                .isEqualTo("digital-cyber-roadmap-2026/c06/vision");
        long grouped = parsed.sections().stream()
                .filter(s -> !s.groupKey().equals(s.id()))
                .count();
        assertThat(grouped).isEqualTo(12);
        assertThat(parsed.sections()).noneMatch(Section::reprint);
    }

    @Test
    void mentioned_bodies_come_from_the_text_and_not_the_ministry_facet() {
        ParsedCorpus parsed = roadmapsOnly(CORPUS).parse(CORPUS);
        Map<String, Section> byId = parsed.sections().stream().collect(Collectors.toMap(Section::id, s -> s));
        assertThat(byId.get("growth-roadmap-2026/c10/path").mentioned()).containsExactly("経済産業省", "防衛省");
        assertThat(byId.get("growth-roadmap-2026/c29/goal").mentioned()).containsExactly("国土交通省");
        assertThat(byId.get("growth-roadmap-2026/c01/goal").mentioned()).isEmpty();
        assertThat(byId.get("growth-roadmap-2026/c10/path").ministries()).containsExactly("内閣官房");
    }

    @Test
    void a_truncated_roadmap_is_a_problem_at_its_broken_card_and_the_others_still_parse() throws IOException {
        Files.createDirectories(dir);
        List<String> lines = growthLines().subList(0, 3000);
        Files.write(dir.resolve("truncated.txt"), lines, StandardCharsets.UTF_8);
        Path corpus = corpusWith(List.<String[]>of(new String[] {"truncated-roadmap", "truncated.txt"}));
        ParsedCorpus parsed = roadmapsOnly(corpus).parse(corpus);
        assertThat(parsed.problems())
                .extracting(CorpusProblem::toString)
                .containsExactly("truncated.txt:2955: card '低炭素金属部素材（鉄鋼以外）' has parts [目標] but a card needs "
                        + "[目標, 道筋, 政策手段, 方向性/未来社会] in that order");
        assertThat(sectionsPerDoc(parsed))
                .containsOnlyKeys("growth-roadmap-2026", "digital-cyber-roadmap-2026")
                .containsEntry("growth-roadmap-2026", 136L)
                .containsEntry("digital-cyber-roadmap-2026", 24L);
    }

    @Test
    void an_unknown_area_line_is_a_problem_at_its_line_and_the_others_still_parse() throws IOException {
        Files.createDirectories(dir);
        List<String> lines = new ArrayList<>(growthLines());
        assertThat(lines.get(2661)).isEqualTo("造船");
        lines.set(2661, "造船業");
        Files.write(dir.resolve("odd-area.txt"), lines, StandardCharsets.UTF_8);
        Path corpus = corpusWith(List.<String[]>of(new String[] {"odd-area-roadmap", "odd-area.txt"}));
        ParsedCorpus parsed = roadmapsOnly(corpus).parse(corpus);
        assertThat(parsed.problems())
                .extracting(CorpusProblem::toString)
                .containsExactly("odd-area.txt:2662: unknown area '造船業' before card '船舶修繕'"
                        + " (not an area or alias in corpus/areas.json)");
        assertThat(sectionsPerDoc(parsed)).containsOnlyKeys("growth-roadmap-2026", "digital-cyber-roadmap-2026");
    }

    @Test
    void an_area_alias_from_areas_json_names_its_area() throws IOException {
        Files.createDirectories(dir);
        List<String> lines = new ArrayList<>(growthLines());
        assertThat(lines.get(2001)).isEqualTo("航空・宇宙");
        lines.set(2001, "航空宇宙");
        Files.write(dir.resolve("alias.txt"), lines, StandardCharsets.UTF_8);
        Path corpus = corpusWith(List.<String[]>of(new String[] {"alias-roadmap", "alias.txt"}));
        ParsedCorpus parsed = roadmapsOnly(corpus).parse(corpus);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.sections())
                .filteredOn(s -> s.id().equals("alias-roadmap/c12/goal"))
                .singleElement()
                .satisfies(s -> assertThat(s.areas()).containsExactly("航空・宇宙"));
    }

    @Test
    void a_roadmap_in_shift_jis_parses_like_the_utf8_original_and_an_unreadable_one_is_a_problem() throws IOException {
        Files.createDirectories(dir);
        String text = Files.readString(CORPUS.resolve(GROWTH_FILE));
        Files.write(dir.resolve("sjis.txt"), text.getBytes(Charset.forName("windows-31j")));
        byte[] broken = text.getBytes(StandardCharsets.UTF_8);
        int third = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
        int at = text.substring(0, third).getBytes(StandardCharsets.UTF_8).length;
        broken[at] = (byte) 0xff;
        Files.write(dir.resolve("broken.txt"), broken);
        Path corpus = corpusWith(List.<String[]>of(
                new String[] {"sjis-roadmap", "sjis.txt"}, new String[] {"broken-roadmap", "broken.txt"}));
        ParsedCorpus parsed = roadmapsOnly(corpus).parse(corpus);
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("broken.txt");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("unreadable encoding");
        });
        assertThat(sectionsPerDoc(parsed))
                .containsEntry("growth-roadmap-2026", 136L)
                .containsEntry("sjis-roadmap", 136L);
    }

    @Test
    void a_failing_parser_is_recorded_and_the_other_kinds_still_parse() {
        DocumentParser broken = (doc, lines) -> {
            throw new IllegalStateException("boom");
        };
        SectionParser parser = new SectionParser(
                Map.of(
                        DocumentKind.ROADMAP,
                        RoadmapParser.load(CORPUS),
                        DocumentKind.REPORT,
                        broken,
                        DocumentKind.SLIDE_DECK,
                        (doc, lines) -> List.of()),
                new SectionGrouper(),
                MentionFinder.load(CORPUS));
        ParsedCorpus parsed = parser.parse(CORPUS);
        assertThat(parsed.problems())
                .extracting(CorpusProblem::toString)
                .containsExactly("004_2a231ee40087f7f5.txt: parser failed: java.lang.IllegalStateException: boom");
        assertThat(parsed.sections()).hasSize(160);
    }
}
