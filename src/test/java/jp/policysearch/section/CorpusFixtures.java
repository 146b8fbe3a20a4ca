package jp.policysearch.section;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.policysearch.corpus.DocumentInfo;
import jp.policysearch.corpus.DocumentKind;

/** The three documents of this part of the corpus, described by hand as the manifest will describe them. */
final class CorpusFixtures {

    static final Path CORPUS = Path.of("corpus");

    static final DocumentInfo STRATEGY = new DocumentInfo(
            "semiconductor-digital-strategy-2023",
            "002_752b53ca546b0fe7.txt",
            "半導体・デジタル産業戦略（改定）",
            List.of("経済産業省"),
            "2023-06",
            2023,
            DocumentKind.SLIDE_DECK,
            null);
    static final DocumentInfo COUNCIL = new DocumentInfo(
            "meti-council-materials-2025",
            "003_a080c5afe313da11.txt",
            "参考資料（経済産業省 審議会）",
            List.of("経済産業省"),
            null,
            2025,
            DocumentKind.SLIDE_DECK,
            null);
    static final DocumentInfo REPORT = new DocumentInfo(
            "ict-rd-trends-report-2025",
            "004_2a231ee40087f7f5.txt",
            "国内外における最新の情報通信技術の研究開発及びデジタル活用の動向に関する調査研究の請負 成果報告書",
            List.of("総務省"),
            "2025-03",
            2025,
            DocumentKind.REPORT,
            null);

    private static final Map<String, List<Section>> CACHE = new ConcurrentHashMap<>();

    private CorpusFixtures() {}

    static List<String> lines(DocumentInfo doc) {
        try {
            return Files.readAllLines(CORPUS.resolve(doc.file()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DocumentParser parserFor(DocumentInfo doc) {
        return doc.kind() == DocumentKind.REPORT ? ReportParser.fromCorpus(CORPUS) : SlideDeckParser.fromCorpus(CORPUS);
    }

    static List<Section> sections(DocumentInfo doc) {
        return CACHE.computeIfAbsent(doc.id(), id -> parserFor(doc).parse(doc, lines(doc)));
    }

    static Section section(DocumentInfo doc, String localId) {
        return sections(doc).stream()
                .filter(s -> s.id().equals(doc.id() + "/" + localId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no section " + doc.id() + "/" + localId));
    }
}
