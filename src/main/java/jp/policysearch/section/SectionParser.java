package jp.policysearch.section;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.policysearch.corpus.Corpus;
import jp.policysearch.corpus.CorpusDocument;
import jp.policysearch.corpus.CorpusException;
import jp.policysearch.corpus.CorpusProblem;
import jp.policysearch.corpus.CorpusReader;
import jp.policysearch.corpus.DocumentKind;

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

    /** Reads and splits the corpus in {@code corpusDir}. */
    public ParsedCorpus parse(Path corpusDir) {
        return parse(new CorpusReader().read(corpusDir));
    }

    public ParsedCorpus parse(Corpus corpus) {
        List<CorpusProblem> problems = new ArrayList<>(corpus.problems());
        List<Section> sections = new ArrayList<>();
        for (CorpusDocument document : corpus.documents()) {
            String file = document.info().file();
            DocumentParser parser = parsers.get(document.info().kind());
            if (parser == null) {
                problems.add(new CorpusProblem(file, 0, "no parser for kind '" + document.info().kind().label() + "'"));
                continue;
            }
            try {
                List<Section> parsed = parser.parse(document.info(), document.lines());
                List<CorpusProblem> bad = check(document, parsed);
                if (bad.isEmpty()) {
                    parsed.forEach(s -> sections.add(withMentions(s)));
                } else {
                    problems.addAll(bad);
                }
            } catch (CorpusException e) {
                problems.addAll(e.problems());
            } catch (RuntimeException e) {
                problems.add(new CorpusProblem(file, 0, "parser failed: " + e));
            }
        }
        return new ParsedCorpus(corpus.entries(), grouper.group(sections), problems);
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
                problems.add(new CorpusProblem(document.info().file(), line, "section id '" + s.id()
                        + "' is not ASCII under " + prefix));
            }
        }
        return problems;
    }

    private Section withMentions(Section s) {
        if (s.mentioned() != null && !s.mentioned().isEmpty()) {
            return s;
        }
        List<String> found = mentions.find(s.text(), String.join("\n", s.notes() == null ? List.of() : s.notes()));
        return new Section(s.id(), s.doc(), s.title(), s.breadcrumb(), s.areas(), s.card(), s.cardKey(), s.phase(),
                s.ministries(), s.year(), s.date(), s.text(), s.passages(), s.notes(), s.source(), s.order(),
                s.groupKey() == null ? s.id() : s.groupKey(), s.reprint(), found);
    }
}
