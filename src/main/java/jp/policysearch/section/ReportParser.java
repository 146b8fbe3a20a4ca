package jp.policysearch.section;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jp.policysearch.corpus.DocumentInfo;

/**
 * Splits a numbered report (kind {@code report}) into one section per leaf heading block (rule S4 in CORPUS.md):
 * front matter skipped, footnote bodies moved to notes, tables turned into text rows, tiny blocks merged into the
 * next block of their chapter and long blocks split at paragraph breaks.
 */
public final class ReportParser implements DocumentParser {

    // table rows as text: tab cells (004:316 `日本\t103\t103…`) joined with ` | `
    private static final Pattern STANDALONE = Pattern.compile("^図表\\s?\\d|^出典|^出所| \\| ");

    private final ReportStyle style;
    private final AreaRules areas;
    private final TextCleaner cleaner;

    public ReportParser(ReportStyle style, AreaRules areas, TextCleaner cleaner) {
        this.style = style;
        this.areas = areas;
        this.cleaner = cleaner;
    }

    /** A parser configured from a corpus directory's {@code kinds/report.json}, and {@code areas.json}. */
    public static ReportParser fromCorpus(Path corpusDir) {
        return new ReportParser(ReportStyle.load(corpusDir.resolve("kinds/report.json")),
                AreaRules.load(corpusDir.resolve("areas.json")),
                new TextCleaner());
    }

    /** A heading's block after cleaning: its headings (more than one once merged), paragraphs and notes. */
    private record Block(List<ReportHeadings.Heading> headings, List<Paragraph> body, List<String> notes, int end) {

        ReportHeadings.Heading last() {
            return headings.getLast();
        }

        String chapter() {
            return headings.getFirst().path().split("-")[0];
        }

        int chars() {
            return body.stream().mapToInt(p -> p.text().length()).sum()
                    + headings.stream().mapToInt(h -> h.text().length()).sum();
        }

        Block then(Block next) {
            List<ReportHeadings.Heading> h = new ArrayList<>(headings);
            h.addAll(next.headings);
            List<Paragraph> b = new ArrayList<>(body);
            b.addAll(next.body);
            List<String> n = new ArrayList<>(notes);
            n.addAll(next.notes);
            return new Block(h, b, n, Math.max(end, next.end));
        }
    }

    @Override
    public List<Section> parse(DocumentInfo doc, List<String> lines) {
        List<ReportHeadings.Heading> headings = new ReportHeadings(style).find(doc, lines);
        List<Block> blocks = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            int from = headings.get(h).line() + 1;
            int to = h + 1 < headings.size() ? headings.get(h + 1).line() - 1 : lines.size();
            blocks.add(read(headings.get(h), lines, from, to));
        }
        List<Block> merged = merge(blocks);
        List<Section> sections = new ArrayList<>();
        for (Block block : merged) {
            List<List<Paragraph>> parts = ReportSplitter.split(block.body(), style, cleaner);
            for (int p = 0; p < parts.size(); p++) {
                sections.add(toSection(doc, block, parts.get(p), p, parts.size(), sections.size(), lines));
            }
        }
        return sections;
    }

    private Block read(ReportHeadings.Heading heading, List<String> lines, int from, int to) {
        List<NumberedLine> kept = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        for (int no = from; no <= to; no++) {
            String raw = lines.get(no - 1);
            if (style.footnoteBody().matcher(raw).matches() || style.urlLine().matcher(raw).matches()) {
                notes.add(cleaner.cleanNote(cleaner.cleanInline(raw)));
                continue;  // left out entirely, so the sentence it interrupted rejoins (004:569-575)
            }
            kept.add(new NumberedLine(no, raw.indexOf('\t') >= 0 ? tableRow(raw) : raw));
        }
        List<Paragraph> body = new ArrayList<>();
        for (Paragraph p : cleaner.paragraphs(kept, TextCleaner.Mode.REPORT, STANDALONE)) {
            if (cleaner.isNote(p.text())) {
                notes.add(cleaner.cleanNote(p.text()));
            } else {
                body.add(p);
            }
        }
        int end = to;
        while (end > heading.line() && lines.get(end - 1).isBlank()) {
            end--;
        }
        return new Block(List.of(heading), body, List.copyOf(notes), end);
    }

    private static String tableRow(String raw) {
        List<String> cells = new ArrayList<>();
        for (String cell : raw.split("\t")) {
            if (!cell.isBlank()) {
                cells.add(cell.strip());
            }
        }
        return String.join(" | ", cells);
    }

    // a block under min_section_chars (mostly a heading with no text) joins the next block of its chapter; at a
    // chapter's end, the block before it
    private List<Block> merge(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        Block pending = null;
        for (Block b : blocks) {
            if (pending != null && !pending.chapter().equals(b.chapter())) {
                flush(out, pending);
                pending = null;
            }
            Block cur = pending == null ? b : pending.then(b);
            pending = null;
            if (cur.chars() < style.minSectionChars()) {
                pending = cur;
            } else {
                out.add(cur);
            }
        }
        if (pending != null) {
            flush(out, pending);
        }
        return out;
    }

    private static void flush(List<Block> out, Block pending) {
        if (!out.isEmpty() && out.getLast().chapter().equals(pending.chapter())) {
            out.add(out.removeLast().then(pending));
        } else {
            out.add(pending);
        }
    }

    private Section toSection(DocumentInfo doc, Block block, List<Paragraph> part, int index, int count, int order,
                              List<String> lines) {
        ReportHeadings.Heading first = block.headings().getFirst();
        ReportHeadings.Heading last = block.last();
        // headings merged in from above (3. → 3.1. → 3.1.1. → (1) → 1) 日本) stay in the breadcrumb; the section is
        // named and numbered by its first own heading, so a split part is `<id>-part2`
        Set<String> ancestors = new LinkedHashSet<>(last.parents());
        List<String> own = new ArrayList<>();
        ReportHeadings.Heading named = null;
        for (ReportHeadings.Heading h : block.headings()) {
            if (!ancestors.contains(h.text())) {
                own.add(h.text());
                named = named == null ? h : named;
            }
        }
        String id = doc.id() + "/" + named.path() + (index == 0 ? "" : "-part" + (index + 1));
        String title = String.join(" ／ ", own) + (count > 1 ? "（" + (index + 1) + "/" + count + "）" : "");
        List<Passage> passages = ReportSplitter.passages(part, lines, style);
        if (passages.isEmpty()) {
            passages = List.of(new Passage("p1", null, String.join(" ／ ", own)));
        }
        String text = String.join("\n\n", passages.stream().map(Passage::text).toList());
        List<String> breadcrumb = new ArrayList<>();
        breadcrumb.add(doc.title());
        breadcrumb.addAll(last.parents());
        breadcrumb.add(title);
        int start = index == 0 ? first.line() : part.getFirst().lineStart();
        int end = index == count - 1 ? block.end() : part.getLast().lineEnd();
        List<String> structure = new ArrayList<>(last.parents());
        structure.addAll(own);
        return new Section(id, doc.id(), title, List.copyOf(breadcrumb), areas.classify(title, text, structure),
                null, null, null, doc.ministries(), doc.year(), doc.date(), text, passages,
                index == 0 ? block.notes() : List.of(), new SourceRef(doc.file(), start, end), order, id, false,
                List.of()); // SectionParser fills 'mentioned' for every kind
    }
}
