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
 * Reads one Elasticsearch hit into a result: metadata from the source, HTML snippets (escaped text with
 * {@code <mark>} around matches), the anchor of the passage holding the best match, and the other versions.
 */
final class HitReader {

    static final String VERSIONS = "versions";
    private static final int FALLBACK_SNIPPET = 120;

    /**
     * @param terms the query's top-level terms when looser matches are listed (a hit that lacks one is partial), or
     *              null when every hit holds every term
     */
    SectionHit read(Hit<ObjectNode> hit, List<String> terms) {
        ObjectNode s = hit.source();
        String id = s.path("id").asText();
        List<String> fragments = hit.highlight().getOrDefault("passages.text", List.of());
        List<String> snippets = fragments.isEmpty() ? fallbackSnippet(s) : fragments;
        String anchor = fragments.isEmpty() ? null : passageHolding(s, plain(fragments.get(0)));
        return new SectionHit(
                id,
                Urls.section(id),
                s.path("title").asText(),
                strings(s.path("breadcrumb")),
                document(s),
                strings(s.path("areas")),
                strings(s.path("ministries")),
                s.path("year").asInt(),
                text(s.path("card")),
                text(s.path("phase")),
                snippets,
                anchor == null ? Urls.section(id) : Urls.section(id) + "#" + anchor,
                hit.score(),
                otherVersions(id, hit.innerHits()),
                text(s.path("version_change")),
                s.path("changed_figures").isNumber() ? s.path("changed_figures").asInt() : null,
                terms == null || hit.matchedQueries().containsKey(QueryBuilder.STRICT)
                        ? SectionHit.STRICT
                        : SectionHit.PARTIAL,
                terms == null ? List.of() : missing(hit, terms));
    }

    /** The terms a hit lacks in every form, from the named term queries it did not match. */
    private static List<String> missing(Hit<ObjectNode> hit, List<String> terms) {
        if (hit.matchedQueries().containsKey(QueryBuilder.STRICT)) {
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

    private static List<OtherVersion> otherVersions(String id, Map<String, InnerHitsResult> inner) {
        InnerHitsResult versions = inner == null ? null : inner.get(VERSIONS);
        if (versions == null) {
            return List.of();
        }
        List<OtherVersion> out = new ArrayList<>();
        for (Hit<JsonData> h : versions.hits().hits()) {
            JsonNode s = h.source().to(JsonNode.class);
            String otherId = s.path("id").asText();
            if (!otherId.equals(id)) {
                out.add(new OtherVersion(otherId, Urls.section(otherId), document(s)));
            }
        }
        return out;
    }

    private static List<String> fallbackSnippet(JsonNode s) {
        String text = s.path("text").asText("");
        if (text.isEmpty()) {
            return List.of();
        }
        String cut = text.length() > FALLBACK_SNIPPET ? text.substring(0, FALLBACK_SNIPPET) + "…" : text;
        return List.of(Html.escape(cut));
    }

    /** The anchor of the first passage whose text contains {@code fragment}, or null. */
    private static String passageHolding(JsonNode s, String fragment) {
        String needle = fragment.strip();
        for (JsonNode p : s.path("passages")) {
            String text = p.path("text").asText("");
            if (!needle.isEmpty() && text.contains(needle)) {
                return p.path("anchor").asText(null);
            }
        }
        return null;
    }

    /** A highlight fragment back to plain text: tags dropped, entities decoded. */
    static String plain(String html) {
        return html.replace("<mark>", "")
                .replace("</mark>", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#x27;", "'")
                .replace("&#39;", "'")
                .replace("&#x2F;", "/")
                .replace("&amp;", "&");
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
