package jp.policysearch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import jp.policysearch.Json;
import jp.policysearch.corpus.CorpusException;
import jp.policysearch.corpus.CorpusProblem;
import jp.policysearch.corpus.DocumentInfo;
import jp.policysearch.section.DocumentParsers;
import jp.policysearch.section.Section;
import jp.policysearch.section.SectionGrouper;
import jp.policysearch.section.SectionParser;
import jp.policysearch.section.SectionSpool;

/**
 * {@code policy-search sections [--doc ID]}: prints what would be indexed, one JSON object per section per line, and
 * lists every corpus problem on stderr (exit 1), still printing the sections of the documents that parsed.
 */
public final class SectionsCommand {

    /** Exit code when the corpus has problems. */
    public static final int PROBLEMS = 1;
    /** Exit code for a usage error. */
    public static final int USAGE = 2;

    public int run(List<String> args, PrintStream out, PrintStream err, Path corpusDir, Path rulesDir) {
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
        SectionParser parser;
        try {
            parser = DocumentParsers.sectionParser(rulesDir);
        } catch (CorpusException e) {
            e.problems().forEach(p -> err.println("corpus/" + p));
            return PROBLEMS;
        }
        String only = doc;
        try (SectionSpool spool = new SectionSpool()) {
            // sections wait on disk until the whole corpus is grouped; memory keeps only the grouping keys
            SectionGrouper.Groups groups = new SectionGrouper().start();
            SectionParser.Streamed parsed = parser.stream(corpusDir, (info, sections) -> {
                for (Section s : sections) {
                    groups.add(s);
                    spool.write(Json.mapper().valueToTree(s));
                }
            });
            if (doc != null && parsed.documents().stream().noneMatch(d -> d.id().equals(only))) {
                err.println("unknown document id '" + doc + "'; known ids: "
                        + String.join(
                                ", ",
                                parsed.documents().stream()
                                        .map(DocumentInfo::id)
                                        .toList()));
                return USAGE;
            }
            ObjectWriter writer = Json.mapper().writer();
            Iterator<ObjectNode> parked = spool.read(ObjectNode.class);
            for (int i = 0; parked.hasNext(); i++) {
                ObjectNode section = parked.next();
                if (doc != null && !section.path("doc").asText().equals(doc)) {
                    continue;
                }
                section.put("group_key", groups.groupKey(i));
                section.put("reprint", groups.reprint(i));
                try {
                    out.println(writer.writeValueAsString(section));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("cannot write section " + section.path("id"), e);
                }
            }
            out.flush();
            return problems(parsed, doc, err);
        }
    }

    private static int problems(SectionParser.Streamed parsed, String doc, PrintStream err) {
        Optional<DocumentInfo> selected =
                parsed.documents().stream().filter(d -> d.id().equals(doc)).findFirst();
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
