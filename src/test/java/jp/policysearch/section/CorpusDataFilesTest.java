package jp.policysearch.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.policysearch.corpus.BodyVocabulary;
import jp.policysearch.corpus.CorpusException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus data files read into their records: a bad entry is a problem naming the file, line and entry. */
class CorpusDataFilesTest {

    @TempDir
    Path dir;

    private static final String LEVEL =
            "{\"level\": 1, \"regex\": \"^([1-9])\\\\.\\\\s+(\\\\S.*)$\", \"token\": \"digits\"," + " \"numbers\": 1}";

    private static String report(String level, String extra) {
        return "{\n\"comment\": \"notes for the staff are skipped\",\n\"levels\": [\n" + level + "\n],\n"
                + "\"soft_heading\": \"^- \",\n\"caption\": \"^図表\",\n\"footnote_body\": \"^¹\",\n"
                + "\"url_line\": \"^https?://\",\n\"min_section_chars\": 300,\n\"max_section_chars\": 3000,\n"
                + "\"target_chunk_chars\": 2500" + extra + "\n}";
    }

    @Test
    void the_shipped_files_read_into_their_records() {
        Path corpus = CorpusFixtures.CORPUS;
        assertThat(ReportStyle.load(corpus.resolve("kinds/report.json")).levels())
                .hasSize(9);
        assertThat(SlideDeckStyle.load(corpus.resolve("kinds/slide-deck.json")))
                .extracting(SlideDeckStyle::anchor)
                .containsExactly("breadcrumb", "tag");
        assertThat(RoadmapRules.load(corpus).phases).hasSize(3);
        assertThat(BodyVocabulary.load(corpus).bodies()).isNotEmpty();
        assertThat(ReportStyle.parse("r.json", report(LEVEL, ""))
                        .levels()
                        .getFirst()
                        .standalone())
                .isFalse();
    }

    @Test
    void a_misspelt_key_is_named_with_its_line_and_the_keys_that_exist() {
        String json = report(LEVEL.replace("}", ", \"stand_alone\": true}"), "");
        assertThatThrownBy(() -> ReportStyle.parse("kinds/report.json", json))
                .isInstanceOf(CorpusException.class)
                .hasMessage("kinds/report.json:4: levels[0]: unknown key 'stand_alone' (known keys: level, numbers,"
                        + " regex, standalone, token)");
        String required = report(LEVEL.replace("\"numbers\"", "\"number\""), "");
        assertThatThrownBy(() -> ReportStyle.parse("kinds/report.json", required))
                .hasMessage("kinds/report.json:4: levels[0]: missing required key 'numbers' (the entry has unknown key"
                        + " 'number')");
        assertThatThrownBy(() -> ReportStyle.parse("kinds/report.json", report(LEVEL, ",\n\"max_chars\": 1")))
                .hasMessageStartingWith("kinds/report.json:13: unknown key 'max_chars'");
    }

    @Test
    void a_value_of_the_wrong_type_is_named_with_its_line() {
        String json = report(LEVEL, "").replace("\"max_section_chars\": 3000", "\"max_section_chars\": \"3000\"");
        assertThatThrownBy(() -> ReportStyle.parse("kinds/report.json", json))
                .isInstanceOf(CorpusException.class)
                .hasMessage("kinds/report.json:11: max_section_chars: expected a whole number");
        String areas = "{\n\"areas\": [\"量子\"],\n\"aliases\": [\"量子技術\"]\n}";
        assertThatThrownBy(() -> AreaRules.parse("areas.json", areas))
                .hasMessage("areas.json:3: aliases: expected an object");
        String named = "{\n\"areas\": [\"量子\",\n 7]\n}";
        assertThatThrownBy(() -> AreaRules.parse("areas.json", named))
                .hasMessage("areas.json:3: areas[1]: expected a string");
    }

    @Test
    void a_missing_required_key_is_named_with_its_entry() throws IOException {
        String json = report(LEVEL.replace("\"regex\": \"^([1-9])\\\\.\\\\s+(\\\\S.*)$\", ", ""), "");
        assertThatThrownBy(() -> ReportStyle.parse("kinds/report.json", json))
                .isInstanceOf(CorpusException.class)
                .hasMessage("kinds/report.json:4: levels[0]: missing required key 'regex'");
        assertThatThrownBy(() -> AreaRules.parse("areas.json", "{\n\"aliases\": {}\n}"))
                .hasMessage("areas.json:3: missing required key 'areas'");
        // a required key misspelt is reported where the entry ends, with the key that is there instead
        String roadmap = Files.readString(CorpusFixtures.CORPUS.resolve(RoadmapRules.FILE))
                .replace("\"note_line\"", "\"notes_line\"");
        assertThatThrownBy(() -> RoadmapRules.load(write(roadmap)))
                .hasMessageMatching(
                        "kinds/roadmap\\.json:\\d+: missing required key 'note_line' \\(the entry has unknown"
                                + " key 'notes_line'\\)");
    }

    @Test
    void a_bad_regex_or_an_unknown_choice_is_named_with_its_line() {
        String json = report(LEVEL, "").replace("\"^図表\"", "\"^図表(\"");
        assertThatThrownBy(() -> ReportStyle.parse("kinds/report.json", json))
                .hasMessageStartingWith("kinds/report.json:7: caption: not a valid regex (Unclosed group");
        assertThatThrownBy(() -> ReportStyle.parse("kinds/report.json", report(LEVEL.replace("digits", "digit"), "")))
                .hasMessage("kinds/report.json:4: levels[0]: token 'digit' is not one of digits, kana, roman,"
                        + " circled, issue");
    }

    @Test
    void the_roadmap_and_slide_deck_files_are_checked_the_same_way() throws IOException {
        String roadmap = Files.readString(CorpusFixtures.CORPUS.resolve(RoadmapRules.FILE))
                .replace("\"title_separator\"", "\"title_seperator\"");
        assertThatThrownBy(() -> RoadmapRules.load(write(roadmap)))
                .isInstanceOf(CorpusException.class)
                .hasMessageMatching("kinds/roadmap\\.json:\\d+: unknown key 'title_seperator' .*");
        String deck = "{\"styles\": [\n{\"name\": \"x\", \"detect\": \"^x\", \"min_detect_lines\": 1,\n"
                + "\"anchor\": \"crumbs\", \"page_start\": \"^p\", \"blank_lines_before_page\": 3}\n]}";
        assertThatThrownBy(() -> SlideDeckStyle.parse("kinds/slide-deck.json", deck))
                .hasMessage("kinds/slide-deck.json:3: styles[0]: anchor 'crumbs' is not one of breadcrumb, tag");
    }

    /** A corpus folder whose roadmap rules are {@code roadmap}. */
    private Path write(String roadmap) throws IOException {
        Files.createDirectories(dir.resolve("kinds"));
        Files.writeString(dir.resolve(RoadmapRules.FILE), roadmap);
        return dir;
    }
}
