package jp.policysearch.section;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.policysearch.corpus.Corpus;
import jp.policysearch.corpus.CorpusDocument;
import jp.policysearch.corpus.CorpusReader;

/**
 * Not a test: parses the whole corpus repeatedly in a warm JVM and prints milliseconds per parse and MB/s
 * (reading included). Run with {@code bin/policy-search bench parse [projectDir] [rounds]}.
 */
public final class ParseBenchmark {

    private ParseBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path corpusDir = Path.of(args.length > 0 ? args[0] : System.getProperty("policysearch.project.dir", "."))
                .resolve("corpus");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        SectionParser parser = DocumentParsers.sectionParser(corpusDir);
        Corpus corpus = new CorpusReader().read(corpusDir);
        long bytes = 0;
        for (CorpusDocument doc : corpus.documents()) {
            if (DocumentParsers.standard(corpusDir).containsKey(doc.info().kind())) {
                bytes += Files.size(corpusDir.resolve(doc.info().file()));
            }
        }
        int sections = 0;
        for (int i = 0; i < 20; i++) {
            sections = parser.parse(corpusDir).sections().size();
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            sections = parser.parse(corpusDir).sections().size();
        }
        double ms = (System.nanoTime() - start) / 1e6 / rounds;
        System.out.printf(
                "%d sections from %.2f MB of parsed documents: %.1f ms per parse (read + split + group), %.1f MB/s%n",
                sections, bytes / 1e6, ms, bytes / 1e6 / (ms / 1000));
    }
}
