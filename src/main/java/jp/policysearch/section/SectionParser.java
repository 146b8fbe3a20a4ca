package jp.policysearch.section;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import jp.policysearch.corpus.Corpus;
import jp.policysearch.corpus.CorpusDocument;
import jp.policysearch.corpus.CorpusException;
import jp.policysearch.corpus.CorpusProblem;
import jp.policysearch.corpus.CorpusReader;
import jp.policysearch.corpus.DocumentInfo;
import jp.policysearch.corpus.DocumentKind;
import jp.policysearch.corpus.ManifestReader;

/**
 * The whole splitting flow: reads the corpus, hands each document to the parser of its kind, fills in the bodies a
 * section mentions, and groups versions across documents. A document that fails is recorded as problems and the
 * others still parse.
 */
public final class SectionParser {

    private final Map<DocumentKind, DocumentParser> parsers;
    private final SectionGrouper grouper;
    private final MentionFinder mentions;

    public SectionParser(Map<DocumentKind, DocumentParser> parsers, SectionGrouper grouper, MentionFinder mentions) {
        this.parsers = new EnumMap<>(DocumentKind.class);
        this.parsers.putAll(parsers);
        this.grouper = grouper;
        this.mentions = mentions;
    }

    /**
     * Reads and splits the corpus in {@code corpusDir} one document at a time: a document's text is dropped once it
     * is split, so only the sections stay in memory ({@link #stream} keeps none).
     */
    public ParsedCorpus parse(Path corpusDir) {
        List<Section> sections = new ArrayList<>();
        Streamed streamed = stream(corpusDir, (info, parsed) -> sections.addAll(parsed));
        return new ParsedCorpus(streamed.documents(), grouper.group(sections), streamed.problems());
    }

    public ParsedCorpus parse(Corpus corpus) {
        List<Section> sections = new ArrayList<>();
        List<CorpusProblem> problems = new ArrayList<>(corpus.problems());
        split(corpus.documents().iterator(), problems, (info, parsed) -> sections.addAll(parsed));
        return new ParsedCorpus(corpus.entries(), grouper.group(sections), problems);
    }

    /** What {@link #stream} read besides the sections: every valid manifest entry and every problem met. */
    public record Streamed(List<DocumentInfo> documents, List<CorpusProblem> problems) {}

    /** Receives each document's finished sections, not yet grouped across documents. */
    @FunctionalInterface
    public interface DocumentSink {
        void accept(DocumentInfo info, List<Section> sections);
    }

    /**
     * Reads and splits the corpus one document at a time and hands each document's sections to {@code sink}, in
     * manifest and document order, without keeping them; grouping them is the caller's ({@link SectionGrouper#start}).
     */
    public Streamed stream(Path corpusDir, DocumentSink sink) {
        ManifestReader.Result manifest = new ManifestReader().read(corpusDir.resolve(ManifestReader.MANIFEST));
        List<CorpusProblem> problems = new ArrayList<>(manifest.problems());
        try (Stream<CorpusDocument> documents = new CorpusReader().documents(corpusDir, manifest, problems)) {
            split(documents.iterator(), problems, sink);
        }
        return new Streamed(manifest.entries(), problems);
    }

    /** @param problems the problems so far; a reader behind {@code documents} may add to it as it goes */
    private void split(Iterator<CorpusDocument> documents, List<CorpusProblem> problems, DocumentSink sink) {
        while (documents.hasNext()) {
            CorpusDocument document = documents.next();
            String file = document.info().file();
            DocumentParser parser = parsers.get(document.info().kind());
            if (parser == null) {
                problems.add(new CorpusProblem(
                        file, 0, "no parser for kind '" + document.info().kind().label() + "'"));
                continue;
            }
            List<Section> finished = new ArrayList<>();
            try {
                List<Section> parsed = withPages(document, parser.parse(document));
                List<CorpusProblem> bad = check(document, parsed);
                if (bad.isEmpty()) {
                    parsed.forEach(s -> finished.add(finished(s)));
                } else {
                    problems.addAll(bad);
                    continue;
                }
            } catch (CorpusException e) {
                problems.addAll(e.problems());
                continue;
            } catch (RuntimeException e) {
                problems.add(new CorpusProblem(file, 0, "parser failed: " + e));
                continue;
            }
            sink.accept(document.info(), finished);
        }
    }

    /**
     * A PDF's sections cite the PDF pages their lines are on (whatever their kind) unless their parser set them (the
     * generic parser leaves page furniture out, a slide deck cites its printed slide numbers), and all of them know
     * the PDF page they start on; sections of a text source keep the pages their parser read, if any.
     */
    static List<Section> withPages(CorpusDocument document, List<Section> sections) {
        if (document.pageStarts().isEmpty()) {
            return sections;
        }
        List<Section> out = new ArrayList<>(sections.size());
        for (Section s : sections) {
            if (s.source() == null) {
                out.add(s);
                continue;
            }
            int first = Math.max(1, document.pageOf(firstContentLine(document, s.source())));
            int last = Math.max(first, document.pageOf(lastContentLine(document, s.source())));
            PageRange cited = s.pages() != null ? s.pages() : new PageRange(first, last);
            out.add(s.withPages(cited.inPdf(first)));
        }
        return out;
    }

    /** The first non-blank line of a range (a section that starts with blank lines starts on the next page). */
    private static int firstContentLine(CorpusDocument document, SourceRef source) {
        for (int n = source.lineStart();
                n <= source.lineEnd() && n <= document.lines().size();
                n++) {
            if (!document.lines().get(n - 1).isBlank()) {
                return n;
            }
        }
        return source.lineStart();
    }

    private static int lastContentLine(CorpusDocument document, SourceRef source) {
        for (int n = Math.min(source.lineEnd(), document.lines().size()); n >= source.lineStart(); n--) {
            if (!document.lines().get(n - 1).isBlank()) {
                return n;
            }
        }
        return source.lineEnd();
    }

    /** A parser's output must keep the id contract: unique ids under the document's own prefix. */
    private static List<CorpusProblem> check(CorpusDocument document, List<Section> sections) {
        List<CorpusProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String prefix = document.info().id() + "/";
        for (Section s : sections) {
            int line = s.source() == null ? 0 : s.source().lineStart();
            if (!ids.add(s.id())) {
                problems.add(new CorpusProblem(document.info().file(), line, "duplicate section id " + s.id()));
            }
            if (!s.id().startsWith(prefix) || !s.id().chars().allMatch(c -> c > 32 && c < 127)) {
                problems.add(new CorpusProblem(
                        document.info().file(), line, "section id '" + s.id() + "' is not ASCII under " + prefix));
            }
        }
        return problems;
    }

    /** The bodies a section mentions filled in (unless its parser found them), its passages anchored by content. */
    private Section finished(Section s) {
        List<String> found = s.mentioned() != null && !s.mentioned().isEmpty()
                ? s.mentioned()
                : mentions.find(s.text(), String.join("\n", s.notes() == null ? List.of() : s.notes()));
        return s.grouped(s.groupKey() == null ? s.id() : s.groupKey(), s.reprint())
                .finished(PassageAnchors.assign(s.passages()), found);
    }
}
