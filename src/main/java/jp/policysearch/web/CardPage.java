package jp.policysearch.web;

import java.util.ArrayList;
import java.util.List;
import jp.policysearch.search.CardView;
import jp.policysearch.search.Facet;

/** What the card page shows: the card, its breadcrumb and metadata, its phases with links to their sections. */
public record CardPage(
        CardView card,
        List<SectionPage.Crumb> breadcrumb,
        String date,
        String ministries,
        List<SearchPage.Link> areas) {

    static CardPage of(CardView c) {
        List<SectionPage.Crumb> crumbs = new ArrayList<>();
        List<String> parts = c.breadcrumb();
        for (int i = 0; i < parts.size(); i++) {
            String label = parts.get(i);
            String url = i == 0
                    ? Urls.document(c.document().id())
                    : c.areas().contains(label) ? SearchLinks.filtered(Facet.AREA, label) : null;
            crumbs.add(new SectionPage.Crumb(label, url));
        }
        crumbs.add(new SectionPage.Crumb(c.card(), null));
        return new CardPage(
                c,
                crumbs,
                Labels.date(c.document()),
                Labels.ministries(c.document()),
                c.areas().stream()
                        .map(a -> new SearchPage.Link(a, SearchLinks.filtered(Facet.AREA, a)))
                        .toList());
    }
}
