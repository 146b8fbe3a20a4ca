package jp.policysearch.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.policysearch.corpus.CorpusDocument;
import jp.policysearch.corpus.CorpusReader;
import jp.policysearch.corpus.DocumentInfo;
import jp.policysearch.corpus.DocumentKind;
import jp.policysearch.corpus.DocumentText;
import jp.policysearch.corpus.KindDetector;
import org.junit.jupiter.api.Test;

class KindDetectionTest {

    private static final Path CORPUS = Path.of("corpus");
    private final KindDetection detection = new KindDetection(DocumentParsers.standard(CORPUS));

    @Test
    void the_corpus_documents_are_detected_as_their_kinds_except_the_roadmap_that_needs_an_area_hint() {
        Map<String, DocumentKind> detected = new LinkedHashMap<>();
        for (CorpusDocument d : new CorpusReader().read(CORPUS).documents()) {
            KindDetector.Detected k =
                    detection.detect(d.info(), new DocumentText(d.lines(), d.pageStarts(), "text", "UTF-8"));
            detected.put(d.info().id(), k.kind());
            assertThat(k.reason()).startsWith("構成から推定");
        }
        // digital-cyber-roadmap-2026 has no area lines: the roadmap parser needs its manifest's parsing.area, so
        // without it the document is read by its headings (generic), not refused
        assertThat(detected)
                .containsExactly(
                        Map.entry("growth-roadmap-2026", DocumentKind.ROADMAP),
                        Map.entry("digital-cyber-roadmap-2026", DocumentKind.GENERIC),
                        Map.entry("semiconductor-digital-strategy-2023", DocumentKind.SLIDE_DECK),
                        Map.entry("meti-council-materials-2025", DocumentKind.SLIDE_DECK),
                        Map.entry("ict-rd-trends-report-2025", DocumentKind.REPORT));
    }

    @Test
    void documents_of_other_layouts_are_generic() {
        DocumentInfo info = new DocumentInfo("x", "x.txt", "文書", List.of(), null, 2025, DocumentKind.GENERIC, null);
        assertThat(detection
                        .detect(info, new DocumentText(GenericFixtures.WHITE_PAPER, List.of(), "text", "UTF-8"))
                        .kind())
                .isEqualTo(DocumentKind.GENERIC);
        assertThat(detection
                        .detect(info, new DocumentText(GenericFixtures.PRESS_RELEASE, List.of(), "text", "UTF-8"))
                        .kind())
                .isEqualTo(DocumentKind.GENERIC);
    }
}
