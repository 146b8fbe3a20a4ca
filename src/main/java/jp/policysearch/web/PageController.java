package jp.policysearch.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import jp.policysearch.search.BadRequestException;
import jp.policysearch.search.CardView;
import jp.policysearch.search.DocumentComparer;
import jp.policysearch.search.SearchQuery;
import jp.policysearch.search.SearchResult;
import jp.policysearch.search.SearchResult.Interpretation;
import jp.policysearch.search.SectionReader;
import jp.policysearch.search.SectionSearcher;
import jp.policysearch.search.SectionView;

/**
 * The pages for people: search, section permalinks (with citations), documents and the Atom feed. Same searcher and
 * reader as the JSON API; this class only turns their answers into page models.
 */
final class PageController {

    private static final String CSL = "/cite.json";
    private static final String BIB = "/cite.bib";

    private final SectionSearcher searcher;
    private final SectionReader reader;
    private final DocumentComparer comparer;
    private final PageRenderer renderer;
    private final DocumentTitles titles;
    private final SearchPageBuilder searchPages = new SearchPageBuilder();
    private final SectionPageBuilder sectionPages;
    private final DocumentPageBuilder documentPages = new DocumentPageBuilder();
    private final AtomFeedWriter feeds = new AtomFeedWriter();
    private final Supplier<String> base;
    private final Supplier<Instant> indexed;

    /** @param indexed when the live index was built: the date of feed entries whose document has no full date */
    PageController(
            SectionSearcher searcher,
            SectionReader reader,
            DocumentComparer comparer,
            PageRenderer renderer,
            TermMarker marker,
            Supplier<String> base,
            Supplier<Instant> indexed) {
        this.base = base;
        this.indexed = indexed;
        this.searcher = searcher;
        this.reader = reader;
        this.comparer = comparer;
        this.renderer = renderer;
        this.titles = new DocumentTitles(reader, Duration.ofMinutes(1));
        this.sectionPages = new SectionPageBuilder(marker);
    }

    void search(Context ctx) {
        SearchQuery query = SearchParams.from(ctx);
        SearchResult result = searcher.search(query, ctx.ip());
        renderer.render(ctx, "search.jte", searchPages.build(query, result, titles.get(), titles.yearMarks()));
    }

    void feed(Context ctx) {
        SearchQuery query = SearchParams.from(ctx);
        SearchResult result = searcher.search(query, ctx.ip());
        String title = "政策文書検索: " + (query.browsing() ? "新着" : "「" + query.q().strip() + "」");
        String qs = ctx.queryString() == null ? "" : "?" + ctx.queryString();
        ctx.contentType("application/atom+xml; charset=utf-8")
                .result(feeds.write(result, title, base.get(), "/search.atom" + qs, "/search" + qs, indexed.get()));
    }

    /** {@code /s/{id}}, and {@code /s/{id}/cite.json} or {@code /cite.bib} for the citation downloads. */
    void section(Context ctx) {
        String id = ctx.pathParam("id");
        String format = null;
        if (id.endsWith(CSL) || id.endsWith(BIB)) {
            format = id.substring(id.lastIndexOf('/') + 1);
            id = id.substring(0, id.lastIndexOf('/'));
        }
        String sectionId = id;
        Optional<SectionView> found = reader.section(sectionId);
        if (found.isEmpty() && format == null) {
            CardView card = reader.card(sectionId).orElseThrow(() -> new NotFoundResponse("section " + sectionId));
            renderer.render(ctx, "card.jte", CardPage.of(card));
            return;
        }
        SectionView section = found.orElseThrow(() -> new NotFoundResponse("section " + sectionId));
        CitationFormatter cite = new CitationFormatter(LocalDate.now());
        String permalink = base.get() + section.url();
        String file = section.id().replace('/', '_');
        if ("cite.json".equals(format)) {
            ctx.header("Content-Disposition", "attachment; filename=\"" + file + ".json\"");
            ctx.contentType("application/vnd.citationstyles.csl+json; charset=utf-8")
                    .result(cite.cslJson(section, permalink));
            return;
        }
        if ("cite.bib".equals(format)) {
            ctx.header("Content-Disposition", "attachment; filename=\"" + file + ".bib\"");
            ctx.contentType("application/x-bibtex; charset=utf-8").result(cite.bibtex(section, permalink));
            return;
        }
        String q = ctx.queryParam("q");
        renderer.render(ctx, "section.jte", sectionPages.build(section, q, interpret(q), base.get(), cite));
    }

    void document(Context ctx) {
        String id = ctx.pathParam("id");
        var doc = reader.document(id).orElseThrow(() -> new NotFoundResponse("document " + id));
        renderer.render(ctx, "document.jte", documentPages.build(doc, comparer.related(id)));
    }

    /** The query that led here, for marking; a query the parser refuses just means no marks. */
    private Interpretation interpret(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        try {
            return searcher.interpret(q);
        } catch (BadRequestException e) {
            return null;
        }
    }

    /**
     * Document ids → titles for the document facet, and years → 「推定」 (every document of that year has an
     * inferred year) or 「一部推定」 (some have), read at most once a minute.
     */
    static final class DocumentTitles {
        private final SectionReader reader;
        private final Duration maxAge;
        private volatile Map<String, String> titles;
        private volatile Map<String, String> yearMarks = Map.of();
        private volatile long readAt;

        DocumentTitles(SectionReader reader, Duration maxAge) {
            this.reader = reader;
            this.maxAge = maxAge;
        }

        Map<String, String> get() {
            long now = System.nanoTime();
            Map<String, String> current = titles;
            if (current == null || now - readAt > maxAge.toNanos()) {
                Map<String, String> fresh = new LinkedHashMap<>();
                Map<String, int[]> years = new HashMap<>(); // year → {documents, inferred}
                reader.documents().forEach(d -> {
                    fresh.put(d.id(), d.title());
                    int[] n = years.computeIfAbsent(String.valueOf(d.year()), y -> new int[2]);
                    n[0]++;
                    n[1] += d.inferred().containsKey("year") ? 1 : 0;
                });
                Map<String, String> marks = new HashMap<>();
                years.forEach((y, n) -> {
                    if (n[1] > 0) {
                        marks.put(y, n[1] == n[0] ? "推定" : "一部推定");
                    }
                });
                yearMarks = Map.copyOf(marks);
                titles = current = Map.copyOf(fresh);
                readAt = now;
            }
            return current;
        }

        Map<String, String> yearMarks() {
            get();
            return yearMarks;
        }
    }
}
