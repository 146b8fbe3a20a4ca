package jp.policysearch.section;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.policysearch.corpus.CorpusException;
import jp.policysearch.corpus.DocumentInfo;

/**
 * Splits a slide deck (kind {@code slide-deck}) into one section per slide: paginates by the deck's style (breadcrumb
 * or tag, from {@code corpus/kinds/slide-deck.json}), drops divider pages, joins small tail pages to their slide,
 * labels slides by printed page number and marks repeated slides.
 */
public final class SlideDeckParser implements DocumentParser {

    // a page number glued to the page's last line (003:459 `…（概要）」 12`, 002:2959 `…記事） 65`)
    private static final Pattern GLUED_PAGE = Pattern.compile(".*[^\\d\\s.,]\\s+(\\d{1,3})$");
    private static final Pattern LABEL_NUMBER = Pattern.compile("p0*(\\d+)(?:-\\d+)?");
    private static final Pattern OWN_PAGE = Pattern.compile("(\\d{1,3})\\1?");

    private final List<SlideDeckStyle> styles;
    private final AreaRules areas;
    private final TextCleaner cleaner;

    public SlideDeckParser(List<SlideDeckStyle> styles, AreaRules areas, TextCleaner cleaner) {
        this.styles = List.copyOf(styles);
        this.areas = areas;
        this.cleaner = cleaner;
    }

    /** A parser configured from a corpus directory's {@code kinds/slide-deck.json}, and {@code areas.json}. */
    public static SlideDeckParser fromCorpus(Path corpusDir) {
        return new SlideDeckParser(
                SlideDeckStyle.load(corpusDir.resolve("kinds/slide-deck.json")),
                AreaRules.load(corpusDir.resolve("areas.json")),
                new TextCleaner());
    }

    @Override
    public List<Section> parse(DocumentInfo doc, List<String> lines) {
        SlideDeckStyle style = styleOf(doc, lines);
        List<SlidePage> pages = "tag".equals(style.anchor())
                ? new TagPaginator(style).paginate(doc, lines)
                : new BreadcrumbPaginator(style, cleaner).paginate(doc, lines);
        List<String> labels = PageNumbering.labels(
                pages.stream().map(p -> printedNumbers(p, lines)).toList());
        SlideReader reader = new SlideReader(cleaner, style);
        List<SlideReader.Slide> slides = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            SlidePage page = pages.get(i);
            if (page.divider()) {
                continue;
            }
            SlideReader.Slide slide = reader.read(page, lines, labels.get(i));
            SlideReader.Slide prev = slides.isEmpty() ? null : slides.getLast();
            if (prev != null && slide.chars() < style.minSlideChars() && sameChapter(prev.page(), page)) {
                slides.set(slides.size() - 1, prev.absorb(slide));
            } else {
                slides.add(slide);
            }
        }
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, List<String>> parents = new HashMap<>();
        Map<String, String> pageNames = new HashMap<>();
        for (SlideReader.Slide slide : slides) {
            String id = doc.id() + "/" + slide.label();
            if (titles.put(id, slide.title()) != null) {
                throw new CorpusException(doc.file(), slide.page().start(), "duplicate section id " + id);
            }
            parents.put(id, slide.page().context());
            pageNames.put(id, slide.label().replaceFirst("^p0*", "p."));
        }
        Map<String, String> distinct = SectionTitles.distinct(titles, parents, pageNames);
        List<Section> sections = new ArrayList<>();
        for (SlideReader.Slide slide : slides) {
            String id = doc.id() + "/" + slide.label();
            sections.add(toSection(doc, id, slide, distinct.get(id), sections.size()));
        }
        return ReprintMarker.mark(sections, style.reprintMarker());
    }

    private Section toSection(DocumentInfo doc, String id, SlideReader.Slide slide, String title, int order) {
        List<Passage> passages = slide.passages();
        String text = Passage.joined(passages);
        List<String> breadcrumb = Section.breadcrumb(doc, slide.page().context(), title);
        return Section.of(
                        doc,
                        id,
                        title,
                        breadcrumb,
                        areas.classify(slide.title(), text, slide.page().context()),
                        text,
                        passages,
                        slide.notes(),
                        new SourceRef(doc.file(), slide.page().start(), slide.end()),
                        order)
                .withPages(printedPage(slide.label()));
    }

    // the slide number a reader finds on the page: `p024` → 24; a continuation `p013-3` is on page 13's slide run
    private static PageRange printedPage(String label) {
        Matcher m = LABEL_NUMBER.matcher(label);
        return m.matches() && Integer.parseInt(m.group(1)) > 0 ? PageRange.of(Integer.parseInt(m.group(1))) : null;
    }

    private static boolean sameChapter(SlidePage a, SlidePage b) {
        return !a.context().isEmpty()
                && !b.context().isEmpty()
                && a.context().getFirst().equals(b.context().getFirst());
    }

    private SlideDeckStyle styleOf(DocumentInfo doc, List<String> lines) {
        SlideDeckStyle best = null;
        int bestCount = 0;
        for (SlideDeckStyle style : styles) {
            int count = 0;
            for (String line : lines) {
                if (style.detect().matcher(line).matches()) {
                    count++;
                }
            }
            if (count >= style.minDetectLines() && count > bestCount) {
                best = style;
                bestCount = count;
            }
        }
        if (best == null) {
            throw new CorpusException(
                    doc.file(),
                    0,
                    "matches no slide-deck style in kinds/slide-deck.json" + " (no breadcrumb or tag lines found)");
        }
        return best;
    }

    // a page number is a number line at the page's edge (its last non-blank line, or next to a run of
    // blank lines) that is not part of a chart axis, or a number glued to the page's last line; a number line inside
    // the page is a weak candidate (see PageNumbering)
    private List<Integer> printedNumbers(SlidePage page, List<String> lines) {
        List<Integer> nonBlank = new ArrayList<>();
        for (int no = page.start(); no <= page.end(); no++) {
            if (!lines.get(no - 1).isBlank() && !page.removed().contains(no)) {
                nonBlank.add(no);
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < nonBlank.size(); k++) {
            int no = nonBlank.get(k);
            Matcher m = OWN_PAGE.matcher(lines.get(no - 1).strip());
            if (!m.matches()) {
                continue;
            }
            boolean edge = k == nonBlank.size() - 1 || blankRun(lines, no) >= 3;
            // a number between other numbers is a chart axis (002:76-84 `0/10/20/30`), not a page number
            boolean axis = (k > 0 && cleaner.isAxisDebris(lines.get(nonBlank.get(k - 1) - 1)))
                    || (k + 1 < nonBlank.size() && cleaner.isAxisDebris(lines.get(nonBlank.get(k + 1) - 1)));
            int number = Integer.parseInt(m.group(1));
            if (!axis && number > 0) {
                out.add(edge ? number : -number);
            }
        }
        if (!nonBlank.isEmpty()) {
            Matcher m = GLUED_PAGE.matcher(lines.get(nonBlank.getLast() - 1).strip());
            if (m.matches()) {
                out.add(Integer.parseInt(m.group(1)));
            }
        }
        return out;
    }

    private static int blankRun(List<String> lines, int no) {
        int after = 0;
        for (int i = no; i < lines.size() && lines.get(i).isBlank(); i++) {
            after++;
        }
        int before = 0;
        for (int i = no - 2; i >= 0 && lines.get(i).isBlank(); i--) {
            before++;
        }
        return Math.max(after, before);
    }
}
