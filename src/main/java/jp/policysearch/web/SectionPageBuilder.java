package jp.policysearch.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.policysearch.search.Facet;
import jp.policysearch.search.SearchResult.Interpretation;
import jp.policysearch.search.SectionView;
import jp.policysearch.search.SectionView.PassageView;

/** Turns a section (and the query that led to it, if any) into the section page's model. */
final class SectionPageBuilder {

    private static final Pattern CARD_SECTION = Pattern.compile("[a-z0-9-]+/c[0-9]+/[^/]+");

    private final TermMarker marker;

    SectionPageBuilder(TermMarker marker) {
        this.marker = marker;
    }

    /**
     * @param interpretation the query's terms and variants, or null when the reader did not come from a search
     * @param baseUrl        scheme and host the permalink and citation use, e.g. {@code https://example.jp}
     */
    SectionPage build(SectionView s, String q, Interpretation interpretation, String baseUrl, CitationFormatter cite) {
        List<String> needles = new ArrayList<>();
        if (interpretation != null) {
            needles.addAll(interpretation.terms());
            interpretation.expansions().forEach(e -> needles.addAll(e.variants()));
        }
        List<SectionPage.Block> blocks = new ArrayList<>();
        for (PassageView p : s.passages()) {
            blocks.add(new SectionPage.Block(
                    p.anchor(),
                    p.alias(),
                    p.heading() == null ? null : marker.mark(p.heading(), needles),
                    marker.mark(p.text(), needles)));
        }
        String permalink = baseUrl + s.url();
        String carry = q == null || q.isBlank() ? "" : "?q=" + SearchLinks.encode(q);
        return new SectionPage(
                s,
                q,
                interpretation == null ? List.of() : interpretation.terms(),
                breadcrumb(s),
                Labels.date(s.document()),
                Labels.ministries(s.document()),
                blocks,
                permalink,
                cite.line(s, permalink),
                s.url() + "/cite.json",
                s.url() + "/cite.bib",
                s.prev() == null
                        ? null
                        : new SearchPage.Link(s.prev().title(), s.prev().url() + carry),
                s.next() == null
                        ? null
                        : new SearchPage.Link(s.next().title(), s.next().url() + carry),
                s.otherVersions().stream()
                        .map(v -> new SectionPage.Version(
                                v.document().title() + "（" + Labels.date(v.document()) + "）",
                                v.url() + carry,
                                ComparePath.section(s.id(), v.id())))
                        .toList(),
                s.areas().stream()
                        .map(a -> new SearchPage.Link(a, SearchLinks.filtered(Facet.AREA, a)))
                        .toList(),
                s.url(),
                inferred(s),
                Citation.pages(s.pageFirst(), s.pageLast()),
                s.pdfUrl());
    }

    // 「発行年（推定）：日付の記載がなく、…から推定」: why a value in the citation is marked 推定
    private static List<String> inferred(SectionView s) {
        List<String> out = new ArrayList<>();
        s.document()
                .inferred()
                .forEach((field, reason) -> out.add(CitationFormatter.fieldName(field) + "（推定）：" + reason));
        return out;
    }

    /**
     * Document → its page; an area → the search filtered by it; a card → its page; a chapter → its place in the
     * contents.
     */
    private static List<SectionPage.Crumb> breadcrumb(SectionView s) {
        List<String> parts = s.breadcrumb();
        List<SectionPage.Crumb> out = new ArrayList<>();
        String docUrl = Urls.document(s.document().id());
        for (int i = 0; i < parts.size(); i++) {
            String label = parts.get(i);
            if (i == parts.size() - 1 && i > 0) {
                out.add(new SectionPage.Crumb(label, null));
            } else if (i == 0) {
                out.add(new SectionPage.Crumb(label, docUrl));
            } else if (label.equals(s.card()) && CARD_SECTION.matcher(s.id()).matches()) {
                out.add(new SectionPage.Crumb(label, Urls.section(s.id().substring(0, s.id().lastIndexOf('/')))));
            } else if (s.areas().contains(label)) {
                out.add(new SectionPage.Crumb(label, SearchLinks.filtered(Facet.AREA, label)));
            } else {
                out.add(new SectionPage.Crumb(
                        label, docUrl + "#" + DocumentPageBuilder.groupId(parts.subList(1, i + 1))));
            }
        }
        return out;
    }
}
