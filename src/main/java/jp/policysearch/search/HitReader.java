package jp.policysearch.search;

import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.ArrayList;
import java.util.List;
import jp.policysearch.index.IndexedSection;
import jp.policysearch.search.SearchResult.DocumentRef;
import jp.policysearch.search.SearchResult.OtherVersion;
import jp.policysearch.search.SearchResult.SectionHit;

/**
 * Reads one Elasticsearch hit ({@link IndexedSection}) into a result: metadata from the source, snippets (text with
 * the matches marked), the anchor of the passage holding the most query terms, and the other versions.
 */
final class HitReader {

    static final String VERSIONS = "versions";
    private static final int FALLBACK_SNIPPET = 120;

    private final Links links;

    HitReader(Links links) {
        this.links = links;
    }

    /**
     * @param picker chooses the passage the result links to; null when there is no query (browsing)
     * @param terms  the query's top-level terms when looser matches are listed (a hit that lacks one is partial), or
     *               null when every hit holds every term
     * @param versions the sources of the hit's group's versions that match the search, newest first (the hit's own
     *                 among them)
     */
    SectionHit read(Hit<IndexedSection> hit, PassagePicker picker, List<String> terms, List<IndexedSection> versions) {
        IndexedSection s = hit.source();
        String id = s.id();
        List<Snippet> fragments = hit.highlight().getOrDefault("passages.text", List.of()).stream()
                .map(Snippet::tagged)
                .toList();
        List<Snippet> snippets = fragments.isEmpty() ? fallbackSnippet(s) : fragments;
        String anchor = picker == null ? null : picker.pick(s.passages(), fragments);
        String url = links.section(id);
        return new SectionHit(
                id,
                url,
                s.title(),
                s.breadcrumb(),
                document(s),
                s.areas(),
                s.ministries(),
                s.year(),
                s.card(),
                s.phase(),
                snippets,
                anchor == null ? url : url + "#" + anchor,
                hit.score(),
                otherVersions(id, versions),
                s.versionChange(),
                s.changedFigures(),
                match(hit, terms),
                missing(hit, terms));
    }

    /**
     * {@link SectionHit#STRICT} or {@link SectionHit#PARTIAL}, from the tier queries a hit matched; {@code terms} as in
     * {@link #read}.
     */
    static String match(Hit<?> hit, List<String> terms) {
        return terms == null || hit.matchedQueries().containsKey(QueryBuilder.STRICT)
                ? SectionHit.STRICT
                : SectionHit.PARTIAL;
    }

    /**
     * The terms a hit lacks in every form, from the named term queries it did not match; {@code terms} as in
     * {@link #read}.
     */
    static List<String> missing(Hit<?> hit, List<String> terms) {
        if (terms == null || hit.matchedQueries().containsKey(QueryBuilder.STRICT)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            if (!hit.matchedQueries().containsKey(QueryBuilder.TERM + i)) {
                out.add(terms.get(i));
            }
        }
        return out;
    }

    static DocumentRef document(IndexedSection s) {
        return new DocumentRef(s.doc(), s.docTitle(), s.year(), s.date(), s.ministries(), s.docInferred());
    }

    private List<OtherVersion> otherVersions(String id, List<IndexedSection> versions) {
        List<OtherVersion> out = new ArrayList<>();
        for (IndexedSection s : versions) {
            if (!s.id().equals(id)) {
                out.add(new OtherVersion(s.id(), links.section(s.id()), document(s)));
            }
        }
        return out;
    }

    private static List<Snippet> fallbackSnippet(IndexedSection s) {
        String text = s.text() == null ? "" : s.text();
        if (text.isEmpty()) {
            return List.of();
        }
        String cut = text.length() > FALLBACK_SNIPPET ? text.substring(0, FALLBACK_SNIPPET) + "…" : text;
        return List.of(Snippet.plain(cut));
    }
}
