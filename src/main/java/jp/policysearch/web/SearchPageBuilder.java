package jp.policysearch.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.policysearch.compare.VersionChanges;
import jp.policysearch.search.Facet;
import jp.policysearch.search.SearchQuery;
import jp.policysearch.search.SearchResult;
import jp.policysearch.search.SearchResult.FacetCount;
import jp.policysearch.search.SearchResult.SectionHit;
import jp.policysearch.search.Sort;

/** Turns a search and its result into the search page's model: facet options, chips, cards and page links. */
final class SearchPageBuilder {

    private static final int PAGE_WINDOW = 2;

    SearchPage build(
            SearchQuery query, SearchResult result, Map<String, String> documentTitles, Map<String, String> yearMarks) {
        SearchLinks links = new SearchLinks(query);
        List<SearchPage.FacetGroup> groups = new ArrayList<>();
        List<SearchPage.Chip> chips = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            List<SearchPage.FacetOption> options = new ArrayList<>();
            int n = 0;
            for (FacetCount count : result.facets().getOrDefault(facet.param(), List.of())) {
                String label = label(facet, count.value(), documentTitles, yearMarks);
                options.add(new SearchPage.FacetOption(
                        count.value(),
                        label,
                        count.count(),
                        count.selected(),
                        links.toggle(facet, count.value()),
                        "f-" + facet.param() + "-" + n++));
            }
            for (String value : query.selected(facet)) {
                chips.add(new SearchPage.Chip(
                        Labels.facet(facet),
                        label(facet, value, documentTitles, yearMarks),
                        links.toggle(facet, value)));
            }
            if (!options.isEmpty()) {
                groups.add(new SearchPage.FacetGroup(facet.param(), Labels.facet(facet), options));
            }
        }
        List<SearchPage.SortOption> sorts = new ArrayList<>();
        for (Sort sort : Sort.values()) {
            sorts.add(new SearchPage.SortOption(
                    sort.param(), Labels.sort(sort), sort == query.sort(), links.sorted(sort)));
        }
        List<SearchPage.Card> cards =
                result.hits().stream().map(hit -> card(hit, query.q())).toList();
        int from = cards.isEmpty() ? 0 : (query.page() - 1) * query.size() + 1;
        int to = cards.isEmpty() ? 0 : from + cards.size() - 1;
        List<String> expansions = new ArrayList<>(result.interpretation().notes());
        result.interpretation().expansions().stream()
                .map(e -> e.term() + " → " + String.join("、", e.variants()) + " も検索")
                .forEach(expansions::add);
        return new SearchPage(
                query.q(),
                heading(query),
                result.listed(),
                result.total(),
                from,
                to,
                query.browsing(),
                expansions,
                groups,
                chips,
                links.withoutFilters(),
                sorts,
                cards,
                pager(query, result.listed(), links),
                links.feed(),
                query.size() == 10 ? null : String.valueOf(query.size()),
                cards.isEmpty() && result.listed() > 0 ? pastEnd(query, result.listed(), links) : null);
    }

    private static SearchPage.PastEnd pastEnd(SearchQuery query, long total, SearchLinks links) {
        int last = lastPage(query, total);
        return new SearchPage.PastEnd(query.page(), total, last, links.page(last));
    }

    /** The last page that has results (at most the deepest page Elasticsearch can page to). */
    private static int lastPage(SearchQuery query, long total) {
        long maxPage = Math.max(1, SearchQuery.MAX_WINDOW / query.size());
        return (int) Math.min(maxPage, Math.max(1, (total + query.size() - 1) / query.size()));
    }

    private static String heading(SearchQuery query) {
        if (!query.browsing()) {
            return "「" + query.q().strip() + "」の検索結果";
        }
        return query.filters().isEmpty() ? "政策文書を探す" : "絞り込み結果";
    }

    /** A facet value as shown: `2026年（一部推定）` where the year of some documents was inferred. */
    static String label(Facet facet, String value, Map<String, String> documentTitles, Map<String, String> yearMarks) {
        return switch (facet) {
            case YEAR -> value + "年" + (yearMarks.containsKey(value) ? "（" + yearMarks.get(value) + "）" : "");
            case DOC -> documentTitles.getOrDefault(value, value);
            default -> value;
        };
    }

    private static SearchPage.Card card(SectionHit hit, String q) {
        List<SearchPage.Version> versions = hit.otherVersions().stream()
                .map(v -> new SearchPage.Version(
                        v.document().title() + "（" + Labels.date(v.document()) + "）",
                        withQuery(v.url(), q, null),
                        ComparePath.section(hit.id(), v.id())))
                .toList();
        String anchor = hit.passageUrl().contains("#")
                ? hit.passageUrl().substring(hit.passageUrl().indexOf('#') + 1)
                : null;
        List<String> crumbs = hit.breadcrumb().size() > 1
                ? hit.breadcrumb().subList(1, hit.breadcrumb().size())
                : hit.breadcrumb();
        return new SearchPage.Card(
                hit.title(),
                withQuery(hit.url(), q, null),
                withQuery(hit.url(), q, anchor),
                crumbs,
                hit.document().title(),
                Urls.document(hit.document().id()),
                Labels.date(hit.document()),
                Labels.ministries(hit.document()),
                hit.areas(),
                hit.phase(),
                hit.snippets().stream().map(TrustedHtml::of).toList(),
                versions,
                badge(hit),
                partialNote(hit));
    }

    /** 「数値の違い N件」 where another version's figures differ, 「他の版と文言の違いあり」 where only words do. */
    static String badge(SectionHit hit) {
        if (hit.changedFigures() != null && hit.changedFigures() > 0) {
            return "数値の違い " + hit.changedFigures() + "件";
        }
        return VersionChanges.CHANGED.equals(hit.versionChange()) ? "他の版と文言の違いあり" : null;
    }

    /** 「一部一致: 〇〇 を含まない」 on a hit that lacks some terms, null on one that holds them all. */
    static String partialNote(SectionHit hit) {
        if (!SectionHit.PARTIAL.equals(hit.match())) {
            return null;
        }
        return hit.missingTerms().isEmpty()
                ? "一部一致: 語の形や並びが異なる"
                : "一部一致: " + String.join("、", hit.missingTerms()) + " を含まない";
    }

    /** A section link that carries the query (so the section page marks it) and the passage anchor. */
    static String withQuery(String url, String q, String anchor) {
        String out = q == null || q.isBlank() ? url : url + "?q=" + SearchLinks.encode(q);
        return anchor == null ? out : out + "#" + anchor;
    }

    private static SearchPage.Pager pager(SearchQuery query, long total, SearchLinks links) {
        int last = lastPage(query, total);
        int current = query.page();
        List<SearchPage.PageLink> pages = new ArrayList<>();
        if (last > 1) {
            int lo = Math.max(1, current - PAGE_WINDOW);
            int hi = Math.min(last, current + PAGE_WINDOW);
            if (lo > 1) {
                pages.add(new SearchPage.PageLink(1, links.page(1), current == 1));
                if (lo > 2) {
                    pages.add(new SearchPage.PageLink(0, null, false));
                }
            }
            for (int p = lo; p <= hi; p++) {
                pages.add(new SearchPage.PageLink(p, links.page(p), p == current));
            }
            if (hi < last) {
                if (hi < last - 1) {
                    pages.add(new SearchPage.PageLink(0, null, false));
                }
                pages.add(new SearchPage.PageLink(last, links.page(last), current == last));
            }
        }
        return new SearchPage.Pager(
                current > 1 ? links.page(Math.min(current - 1, last)) : null,
                current < last ? links.page(current + 1) : null,
                pages);
    }
}
