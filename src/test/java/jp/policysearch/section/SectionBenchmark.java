package jp.policysearch.section;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.policysearch.corpus.DocumentInfo;

/**
 * Not a test: times parsing of the slide decks and the report in a warm JVM and prints ms and MB/s. Run with
 * {@code java -cp target/classes:target/test-classes:<deps> jp.policysearch.section.SectionBenchmark}.
 */
public final class SectionBenchmark {

    private SectionBenchmark() {
    }

    public static void main(String[] args) {
        List<DocumentInfo> docs = List.of(CorpusFixtures.STRATEGY, CorpusFixtures.COUNCIL, CorpusFixtures.REPORT);
        List<List<String>> texts = docs.stream().map(CorpusFixtures::lines).toList();
        List<DocumentParser> parsers = docs.stream().map(CorpusFixtures::parserFor).toList();
        long bytes = texts.stream().flatMap(List::stream).mapToLong(l -> l.getBytes(StandardCharsets.UTF_8).length + 1).sum();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        for (int i = 0; i < rounds; i++) {
            run(docs, texts, parsers);
        }
        long best = Long.MAX_VALUE;
        int sections = 0;
        for (int i = 0; i < 10; i++) {
            long t0 = System.nanoTime();
            sections = run(docs, texts, parsers);
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.printf("%d sections from %.2f MB in %.1f ms (best of 10, warm): %.1f MB/s%n",
                sections, bytes / 1e6, best / 1e6, bytes / 1e6 / (best / 1e9));
    }

    private static int run(List<DocumentInfo> docs, List<List<String>> texts, List<DocumentParser> parsers) {
        int n = 0;
        for (int d = 0; d < docs.size(); d++) {
            n += parsers.get(d).parse(docs.get(d), texts.get(d)).size();
        }
        return n;
    }
}
