package jp.policysearch.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.policysearch.corpus.DocumentInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Scans every section's text of the three documents for each kind of noise the cleaner must remove. */
class SectionNoiseTest {

    static Stream<DocumentInfo> documents() {
        return Stream.of(CorpusFixtures.STRATEGY, CorpusFixtures.COUNCIL, CorpusFixtures.REPORT);
    }

    private static List<String> offending(DocumentInfo doc, Pattern noise) {
        List<String> out = new ArrayList<>();
        for (Section s : CorpusFixtures.sections(doc)) {
            for (String line : (s.title() + "\n" + s.text()).split("\n")) {
                if (noise.matcher(line).find()) {
                    out.add(s.id() + ": " + line);
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("documents")
    void no_footnote_markers_remain(DocumentInfo doc) {
        assertThat(offending(doc, Pattern.compile("\\^[{(]|[⁰¹²³⁴⁵⁶⁷⁸⁹]"))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void no_html_tags_remain(DocumentInfo doc) {
        assertThat(offending(doc, Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(\\s[^<>]*)?/?>")))
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void no_markdown_bold_remains(DocumentInfo doc) {
        assertThat(offending(doc, Pattern.compile("\\*\\*"))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void no_table_of_contents_lines_remain(DocumentInfo doc) {
        assertThat(offending(doc, Pattern.compile("\\.{4,}|\\t| p\\.\\d+$"))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void no_page_number_lines_remain(DocumentInfo doc) {
        assertThat(offending(doc, Pattern.compile("^\\s*\\d{1,3}\\s*$|^(\\d{2,3})\\1$")))
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void no_divider_breadcrumb_or_tag_lines_remain(DocumentInfo doc) {
        assertThat(offending(
                        doc,
                        Pattern.compile("^\\s*参考資料\\s*$|^\\s*[１-６]．(改定の考え方・趣旨|半導体・デジタル産業を取り巻く状況|個別戦略|横断的政策)"
                                + "|^\\s*(GX|経済安全保障|DX|繊維小委|車両競技小委|素形材ビジョン|ものづくり白書|新機軸部会|知財戦略)\\s*$"
                                + "|^[１-５]．(GX関連|経済安全保障関連|DX関連|航空・宇宙関連|小委員会取組・その他)$")))
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void no_one_character_lines_remain(DocumentInfo doc) {
        List<String> out = new ArrayList<>();
        for (Section s : CorpusFixtures.sections(doc)) {
            for (String line : s.text().split("\n")) {
                if (line.strip().codePointCount(0, line.strip().length()) == 1) {
                    out.add(s.id() + ": " + line);
                }
            }
        }
        assertThat(out).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void every_section_has_text_title_and_area(DocumentInfo doc) {
        for (Section s : CorpusFixtures.sections(doc)) {
            assertThat(s.text()).as(s.id()).isNotBlank();
            assertThat(s.title()).as(s.id()).isNotBlank();
            assertThat(s.areas()).as(s.id()).isNotEmpty();
            assertThat(s.id()).as(s.id()).matches("[a-z0-9-]+/[a-z0-9-]+");
            assertThat(s.text())
                    .isEqualTo(String.join(
                            "\n\n", s.passages().stream().map(Passage::text).toList()));
        }
    }
}
