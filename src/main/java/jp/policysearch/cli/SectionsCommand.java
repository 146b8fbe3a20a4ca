package jp.policysearch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.policysearch.Json;
import jp.policysearch.corpus.CorpusException;
import jp.policysearch.corpus.CorpusProblem;
import jp.policysearch.corpus.DocumentInfo;
import jp.policysearch.section.DocumentParsers;
import jp.policysearch.section.ParsedCorpus;
import jp.policysearch.section.Section;
import jp.policysearch.section.SectionParser;

/**
 * {@code policy-search sections [--doc ID]}: prints what would be indexed, one JSON object per section per line, and
 * lists every corpus problem on stderr (exit 1), still printing the sections of the documents that parsed.
 */
public final class SectionsCommand {

    /** Exit code when the corpus has problems. */
    public static final int PROBLEMS = 1;
    /** Exit code for a usage error. */
    public static final int USAGE = 2;

    public int run(List<String> args, PrintStream out, PrintStream err, Path projectDir) {
        String doc = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--doc") && i + 1 < args.size()) {
                doc = args.get(++i);
            } else if (arg.startsWith("--doc=")) {
                doc = arg.substring("--doc=".length());
            } else {
                err.println("usage: policy-search sections [--doc ID]");
                err.println("unexpected argument: " + arg);
                return USAGE;
            }
        }
        Path corpusDir = projectDir.resolve("corpus");
        SectionParser parser;
        try {
            parser = DocumentParsers.sectionParser(corpusDir);
        } catch (CorpusException e) {
            e.problems().forEach(p -> err.println("corpus/" + p));
            return PROBLEMS;
        }
        ParsedCorpus parsed = parser.parse(corpusDir);
        Optional<DocumentInfo> selected = Optional.empty();
        if (doc != null) {
            String id = doc;
            selected =
                    parsed.documents().stream().filter(d -> d.id().equals(id)).findFirst();
            if (selected.isEmpty()) {
                err.println("unknown document id '" + doc + "'; known ids: "
                        + String.join(
                                ", ",
                                parsed.documents().stream()
                                        .map(DocumentInfo::id)
                                        .toList()));
                return USAGE;
            }
        }
        ObjectWriter writer = Json.mapper().writer();
        for (Section section : parsed.sections()) {
            if (selected.isPresent() && !section.doc().equals(selected.get().id())) {
                continue;
            }
            try {
                out.println(writer.writeValueAsString(section));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write section " + section.id(), e);
            }
        }
        out.flush();
        List<CorpusProblem> problems = new ArrayList<>();
        for (CorpusProblem p : parsed.problems()) {
            if (selected.isEmpty()
                    || p.file().equals(selected.get().file())
                    || p.file().equals("manifest.json")) {
                problems.add(p);
            }
        }
        problems.forEach(p -> err.println("corpus/" + p));
        if (!problems.isEmpty()) {
            err.println(problems.size() + " problem(s) in the corpus");
            return PROBLEMS;
        }
        return 0;
    }
}
