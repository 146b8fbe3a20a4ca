package jp.policysearch.section;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jp.policysearch.corpus.CorpusDocument;
import jp.policysearch.corpus.DocumentInfo;
import jp.policysearch.corpus.DocumentReader;
import jp.policysearch.corpus.Pages;

/**
 * The parser of the generic kind: any layout, no rules per document. Sections come from the document's own
 * headings ({@link GenericOutline}); a slide-like PDF gives one section per page. Page furniture is found across
 * pages ({@link PageNoise}); tiny sections merge into the next (their child) or the one before, long ones split at
 * paragraph breaks. Nothing is lost: the sections' line ranges cover the whole file, and every line is in its
 * section's title, text or notes or is reported as noise ({@link #split}).
 */
public final class GenericParser implements DocumentParser {

    /** A section's body below this many characters merges into a neighbour. */
    static final int MIN_SECTION_CHARS = 25;

    static final int MAX_SECTION_CHARS = 3000;
    static final int TARGET_CHUNK_CHARS = 2500;

    /**
     * What the parser made of a document.
     *
     * @param sections the sections, their source ranges covering lines 1..n without overlap
     * @param noise    1-based lines reported as noise (page numbers, running headers and footers, axis debris)
     * @param slides   true when the document was read as slides, one page each
     */
    public record Result(List<Section> sections, List<Integer> noise, boolean slides) {}

    private static final Pattern CONTENTS =
            Pattern.compile("目\\s*次|CONTENTS|Contents|もくじ|議\\s*事\\s*次\\s*第|次\\s*第|議\\s*題|Agenda|AGENDA");

    private final AreaRules areas;
    private final TextCleaner cleaner = new TextCleaner();

    public GenericParser(AreaRules areas) {
        this.areas = areas;
    }

    public static GenericParser fromCorpus(Path corpusDir) {
        return new GenericParser(AreaRules.load(corpusDir.resolve("areas.json")));
    }

    @Override
    public List<Section> parse(DocumentInfo doc, List<String> lines) {
        return split(doc, lines, List.of()).sections();
    }

    @Override
    public List<Section> parse(CorpusDocument document) {
        return split(document.info(), document.lines(), document.pageStarts()).sections();
    }

    public Result split(DocumentInfo doc, List<String> lines, List<Integer> pageStarts) {
        boolean[] noise = PageNoise.find(lines, pageStarts);
        for (int i = 0; i < lines.size(); i++) {
            String clean = cleaner.cleanInline(lines.get(i));
            if (!clean.isEmpty()
                    && (cleaner.isPageNumber(clean) || cleaner.isAxisDebris(clean))
                    && GenericHeading.of(lines.get(i), false) == null) {
                noise[i] = true;
            }
        }
        boolean markdown = DocumentReader.isMarkdown(doc.file(), lines);
        boolean slides = !markdown && GenericSlides.slideLike(lines, pageStarts, noise);
        List<GenericBlock> blocks =
                slides ? GenericSlides.blocks(doc, lines, pageStarts, noise) : blocks(doc, lines, noise, markdown);
        blocks = GenericBlock.merge(blocks, this, lines, noise);
        List<Section> sections = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (GenericBlock block : blocks) {
            List<List<Paragraph>> parts = split(block.body(this, lines, noise));
            for (int p = 0; p < parts.size(); p++) {
                int start = p == 0 ? block.from() + 1 : parts.get(p).getFirst().lineStart();
                int end = p == parts.size() - 1
                        ? block.to() + 1
                        : parts.get(p + 1).getFirst().lineStart() - 1;
                Section section = toSection(
                        doc,
                        block,
                        parts.get(p),
                        p,
                        parts.size(),
                        sections.size(),
                        ids,
                        new SourceRef(doc.file(), start, end));
                sections.add(
                        pageStarts.isEmpty()
                                ? section
                                : section.withPages(pages(pageStarts, noise, lines, start, end)));
            }
        }
        List<Integer> noiseLines = new ArrayList<>();
        for (int i = 0; i < noise.length; i++) {
            if (noise[i]) {
                noiseLines.add(i + 1);
            }
        }
        return new Result(sections, noiseLines, slides);
    }

    /** The PDF pages of lines {@code start..end} (1-based), counting only lines that are neither blank nor noise. */
    private static PageRange pages(List<Integer> pageStarts, boolean[] noise, List<String> lines, int start, int end) {
        int first = 0;
        int last = 0;
        for (int n = start; n <= end; n++) {
            if (!noise[n - 1] && !lines.get(n - 1).isBlank()) {
                first = first == 0 ? n : first;
                last = n;
            }
        }
        if (first == 0) {
            first = start;
            last = end;
        }
        int from = Math.max(1, Pages.pageOf(pageStarts, first));
        return new PageRange(from, Math.max(from, Pages.pageOf(pageStarts, last)));
    }

    private static List<GenericBlock> blocks(DocumentInfo doc, List<String> lines, boolean[] noise, boolean markdown) {
        List<GenericOutline.Node> nodes = GenericOutline.build(lines, noise, markdown);
        List<GenericBlock> blocks = new ArrayList<>();
        boolean titled = !nodes.isEmpty() && nodes.getFirst().tokens().equals(List.of("front"));
        int first = nodes.isEmpty() ? lines.size() : nodes.getFirst().line();
        int toc = -1;
        for (int i = 1; i < first && !titled; i++) {
            if (CONTENTS.matcher(lines.get(i).strip()).matches()) {
                toc = i;
                break;
            }
        }
        if (toc > 0) {
            // the cover and the table of contents are two sections: a search for a chapter's name should not
            // land on the cover
            blocks.add(GenericBlock.front(doc, 0, toc - 1));
            blocks.add(new GenericBlock(
                    toc, first - 1, lines.get(toc).strip(), null, List.of(), List.of("toc"), Set.of(toc), 0));
        } else if (!titled && (first > 0 || nodes.isEmpty())) {
            blocks.add(GenericBlock.front(doc, 0, first - 1));
        }
        for (int k = 0; k < nodes.size(); k++) {
            int end = k + 1 < nodes.size() ? nodes.get(k + 1).line() - 1 : lines.size() - 1;
            // a Markdown document's title heading opens the front section, which starts at the first line
            blocks.add(GenericBlock.of(
                    doc, nodes.get(k), k == 0 && titled ? 0 : nodes.get(k).line(), end));
        }
        return blocks;
    }

    /** Clean paragraphs of lines {@code from..to} (0-based, inclusive), noise and {@code skip} lines left out. */
    List<Paragraph> paragraphs(
            List<String> lines, boolean[] noise, int from, int to, Set<Integer> skip, boolean slide) {
        List<NumberedLine> numbered = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            if (!noise[i] && !skip.contains(i)) {
                numbered.add(new NumberedLine(i + 1, lines.get(i)));
            }
        }
        return cleaner.paragraphs(numbered, slide ? TextCleaner.Mode.SLIDE : TextCleaner.Mode.REPORT, null);
    }

    boolean isNote(String text) {
        return cleaner.isNote(text);
    }

    /** Parts of at most about {@link #MAX_SECTION_CHARS}, cut at paragraph breaks near the target size. */
    static List<List<Paragraph>> split(List<Paragraph> body) {
        int total = body.stream().mapToInt(p -> p.text().length()).sum();
        if (total <= MAX_SECTION_CHARS) {
            return List.of(body);
        }
        List<List<Paragraph>> parts = new ArrayList<>();
        List<Paragraph> cur = new ArrayList<>();
        int size = 0;
        for (Paragraph p : body) {
            if (!cur.isEmpty() && size + p.text().length() > TARGET_CHUNK_CHARS) {
                parts.add(cur);
                cur = new ArrayList<>();
                size = 0;
            }
            cur.add(p);
            size += p.text().length();
        }
        if (!cur.isEmpty()) {
            if (size < MIN_SECTION_CHARS * 4 && !parts.isEmpty()) {
                parts.getLast().addAll(cur);
            } else {
                parts.add(cur);
            }
        }
        return parts;
    }

    private Section toSection(
            DocumentInfo doc,
            GenericBlock block,
            List<Paragraph> part,
            int index,
            int count,
            int order,
            Set<String> ids,
            SourceRef source) {
        String base = doc.id() + "/" + block.idPath() + (index == 0 ? "" : "-part" + (index + 1));
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        String title = block.title() + (count > 1 ? "（" + (index + 1) + "/" + count + "）" : "");
        List<Passage> passages = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Paragraph p : part) {
            if (cleaner.isNote(p.text())) {
                notes.add(cleaner.cleanNote(p.text()));
            } else {
                passages.add(new Passage(
                        "p" + (passages.size() + 1),
                        passages.isEmpty() && index == 0 ? block.heading() : null,
                        p.text()));
            }
        }
        if (passages.isEmpty()) {
            passages.add(new Passage("p1", block.heading(), block.title()));
        }
        String text = Passage.joined(passages);
        List<String> breadcrumb = Section.breadcrumb(doc, block.parents(), title);
        List<String> structure = new ArrayList<>(block.parents());
        structure.add(block.title());
        return Section.of(
                doc,
                id,
                title,
                breadcrumb,
                areas.classify(title, text, structure),
                text,
                passages,
                notes,
                source,
                order);
    }
}
