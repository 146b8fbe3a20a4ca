package jp.policysearch.section;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import jp.policysearch.corpus.BodyVocabulary;
import jp.policysearch.corpus.DocumentIntake;
import jp.policysearch.corpus.DocumentKind;

/**
 * The parser of each document kind, built from the data files of a corpus directory.
 */
public final class DocumentParsers {

    private DocumentParsers() {}

    /** Parsers for every kind this build knows, configured from {@code corpusDir}. */
    public static Map<DocumentKind, DocumentParser> standard(Path corpusDir) {
        Map<DocumentKind, DocumentParser> parsers = new EnumMap<>(DocumentKind.class);
        parsers.put(DocumentKind.ROADMAP, RoadmapParser.load(corpusDir));
        parsers.put(DocumentKind.SLIDE_DECK, SlideDeckParser.fromCorpus(corpusDir));
        parsers.put(DocumentKind.REPORT, ReportParser.fromCorpus(corpusDir));
        parsers.put(DocumentKind.GENERIC, GenericParser.fromCorpus(corpusDir));
        return parsers;
    }

    /**
     * The intake of new documents for {@code corpusDir}: reading, metadata inference with the bodies of
     * {@code bodies.json}, and kind detection with these parsers.
     */
    public static DocumentIntake intake(Path corpusDir) {
        return new DocumentIntake(BodyVocabulary.load(corpusDir), new KindDetection(standard(corpusDir)));
    }

    /** The whole flow for {@code corpusDir} with the standard parsers and data files. */
    public static SectionParser sectionParser(Path corpusDir) {
        return new SectionParser(standard(corpusDir), new SectionGrouper(), MentionFinder.load(corpusDir));
    }
}
