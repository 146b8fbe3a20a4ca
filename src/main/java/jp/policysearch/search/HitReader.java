package jp.policysearch.search;

import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.InnerHitsResult;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.policysearch.search.SearchResult.DocumentRef;
import jp.policysearch.search.SearchResult.OtherVersion;
import jp.policysearch.search.SearchResult.SectionHit;

/**
 * Reads one Elasticsearch hit into a result: metadata from the source, snippets (text with the matches marked), the anchor of the passage holding the most query terms, and the other versions.
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
     */
    SectionHit read(Hit<ObjectNode> hit, PassagePicker picker, List<String> terms) {
        ObjectNode s = hit.source();
        String id = s.path("id").asText();
        List<Snippet> fragments = hit.highlight().getOrDefault("passages.text", List.of()).stream()
                .map(Snippet::tagged)
                .toList();
        List<Snippet> snippets = fragments.isEmpty() ? fallbackSnippet(s) : fragments;
        String anchor = picker == null ? null : picker.pick(s.path("passages"), fragments);
        String url = links.section(id);
        return new SectionHit(
                id,
                url,
                s.path("title").asText(),
                strings(s.path("breadcrumb")),
                document(s),
                strings(s.path("areas")),
                strings(s.path("ministries")),
                s.path("year").asInt(),
                text(s.path("card")),
                text(s.path("phase")),
                snippets,
                anchor == null ? url : url + "#" + anchor,
                hit.score(),
                otherVersions(id, hit.innerHits()),
                text(s.path("version_change")),
                s.path("changed_figures").isNumber() ? s.path("changed_figures").asInt() : null,
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

    /** The terms a hit lacks in every form, from the named term queries it did not match; {@code terms} as in {@link #read}. */
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

    static DocumentRef document(JsonNode s) {
        return new DocumentRef(
                s.path("doc").asText(),
                s.path("doc_title").asText(),
                s.path("year").asInt(),
                text(s.path("date")),
                strings(s.path("ministries")),
                inferred(s.path("doc_inferred")));
    }

    static Map<String, String> inferred(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private List<OtherVersion> otherVersions(String id, Map<String, InnerHitsResult> inner) {
        InnerHitsResult versions = inner == null ? null : inner.get(VERSIONS);
        if (versions == null) {
            return List.of();
        }
        List<OtherVersion> out = new ArrayList<>();
        for (Hit<JsonData> h : versions.hits().hits()) {
            JsonNode s = h.source().to(JsonNode.class);
            String otherId = s.path("id").asText();
            if (!otherId.equals(id)) {
                out.add(new OtherVersion(otherId, links.section(otherId), document(s)));
            }
        }
        return out;
    }

    private static List<Snippet> fallbackSnippet(JsonNode s) {
        String text = s.path("text").asText("");
        if (text.isEmpty()) {
            return List.of();
        }
        String cut = text.length() > FALLBACK_SNIPPET ? text.substring(0, FALLBACK_SNIPPET) + "…" : text;
        return List.of(Snippet.plain(cut));
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
