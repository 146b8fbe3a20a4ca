package jp.policysearch.section;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jp.policysearch.corpus.DocumentInfo;

/**
 * Splits a numbered report (kind {@code report}) into one section per leaf heading block (rule S4 in docs/corpus.md):
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
        return new ReportParser(
                ReportStyle.load(corpusDir.resolve("kinds/report.json")),
                AreaRules.load(corpusDir.resolve("areas.json")),
                new TextCleaner());
    }

    /** A heading's block after cleaning: its headings (more than one once merged), paragraphs and notes. */
    private record Block(
            List<ReportHeadings.Heading> headings,
            List<Paragraph> body,
            List<String> notes,
            int end,
            Set<ReportHeadings.Heading> kept) {

        Block(List<ReportHeadings.Heading> headings, List<Paragraph> body, List<String> notes, int end) {
            this(headings, body, notes, end, Set.of());
        }

        /** The headings that name the block: not those merged in from above, but all of a block it absorbed. */
        List<ReportHeadings.Heading> own() {
            Set<String> ancestors = new LinkedHashSet<>(last().parents());
            return headings.stream()
                    .filter(h -> kept.contains(h) || !ancestors.contains(h.text()))
                    .toList();
        }

        /** This whole block with a trailing child block appended: this block's own headings stay its name. */
        Block withChild(Block child) {
            Block merged = then(child);
            Set<ReportHeadings.Heading> k = new LinkedHashSet<>(own());
            k.addAll(child.kept);
            return new Block(merged.headings, merged.body, merged.notes, merged.end, k);
        }

        ReportHeadings.Heading last() {
            return headings.getLast();
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
            Set<ReportHeadings.Heading> k = new LinkedHashSet<>(kept);
            k.addAll(next.kept);
            return new Block(h, b, n, Math.max(end, next.end), k);
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
        return distinctTitles(sections);
    }

    // `i 政策・方針` under five countries becomes `i 政策・方針（(イ) 欧州）`, …: one title, one section
    private static List<Section> distinctTitles(List<Section> sections) {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, List<String>> parents = new HashMap<>();
        Map<String, String> numbers = new HashMap<>();
        for (Section s : sections) {
            titles.put(s.id(), s.title());
            List<String> crumb = s.breadcrumb();
            parents.put(s.id(), crumb.subList(1, crumb.size() - 1));
            numbers.put(s.id(), s.id().substring(s.doc().length() + 1));
        }
        Map<String, String> distinct = SectionTitles.distinct(titles, parents, numbers);
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            String t = distinct.get(s.id());
            if (t.equals(s.title())) {
                out.add(s);
                continue;
            }
            out.add(s.retitled(t));
        }
        return out;
    }

    private Block read(ReportHeadings.Heading heading, List<String> lines, int from, int to) {
        List<NumberedLine> kept = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        for (int no = from; no <= to; no++) {
            String raw = lines.get(no - 1);
            if (style.footnoteBody().matcher(raw).matches()
                    || style.urlLine().matcher(raw).matches()) {
                notes.add(cleaner.cleanNote(cleaner.cleanInline(raw)));
                continue; // left out entirely, so the sentence it interrupted rejoins (004:569-575)
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

    // a block under min_section_chars (mostly a heading with no text) joins the block of its first sub-heading; one
    // without sub-headings joins the block before it when that block is its parent (a trailing child), else stays
    // alone: a section never spans two headings of the same or a higher level (004:364 `(3) 回答者属性` is not
    // merged into 2.2.2's `(1) 調査方法及び回収結果`)
    private List<Block> merge(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        Block pending = null;
        for (Block b : blocks) {
            if (pending != null && !isBelow(b.headings().getFirst(), pending.last())) {
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
        if (!out.isEmpty()
                && isBelow(pending.headings().getFirst(), out.getLast().last())) {
            out.add(out.removeLast().withChild(pending));
        } else {
            out.add(pending);
        }
    }

    // `3-1-3-2` is below `3-1-3`
    private static boolean isBelow(ReportHeadings.Heading inner, ReportHeadings.Heading outer) {
        return inner.path().startsWith(outer.path() + "-");
    }

    private Section toSection(
            DocumentInfo doc, Block block, List<Paragraph> part, int index, int count, int order, List<String> lines) {
        ReportHeadings.Heading first = block.headings().getFirst();
        ReportHeadings.Heading last = block.last();
        // headings merged in from above (3. → 3.1. → 3.1.1. → (1) → 1) 日本) stay in the breadcrumb; the section is
        // named and numbered by its first own heading, so a split part is `<id>-part2`
        List<String> own =
                block.own().stream().map(ReportHeadings.Heading::text).toList();
        ReportHeadings.Heading named = block.own().getFirst();
        String id = doc.id() + "/" + named.path() + (index == 0 ? "" : "-part" + (index + 1));
        String heading = String.join(" ／ ", own);
        if (own.size() == 1
                && SectionTitles.isBareName(heading)
                && !last.parents().isEmpty()) {
            heading = heading + "（" + last.parents().getLast() + "）"; // `1) 日本（(1) 政策動向）`
        }
        String title = heading + (count > 1 ? "（" + (index + 1) + "/" + count + "）" : "");
        List<Passage> passages = ReportSplitter.passages(part, lines, style);
        if (passages.isEmpty()) {
            passages = List.of(new Passage("p1", null, String.join(" ／ ", own)));
        }
        String text = Passage.joined(passages);
        List<String> breadcrumb = Section.breadcrumb(doc, last.parents(), title);
        int start = index == 0 ? first.line() : part.getFirst().lineStart();
        int end = index == count - 1 ? block.end() : part.getLast().lineEnd();
        List<String> structure = new ArrayList<>(last.parents());
        structure.addAll(own);
        return Section.of(
                doc,
                id,
                title,
                breadcrumb,
                areas.classify(title, text, structure),
                text,
                passages,
                index == 0 ? block.notes() : List.of(),
                new SourceRef(doc.file(), start, end),
                order);
    }
}
