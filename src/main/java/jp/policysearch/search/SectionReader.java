package jp.policysearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.policysearch.search.SearchResult.OtherVersion;
import jp.policysearch.search.SectionView.PassageView;
import jp.policysearch.search.SectionView.SectionLink;
import jp.policysearch.search.SectionView.SourceView;

/** Reads single sections (with neighbours and other versions) and documents with their tables of contents. */
public final class SectionReader {

    private static final List<String> ENTRY_SOURCE = List.of(
            "id",
            "title",
            "breadcrumb",
            "areas",
            "card",
            "phase",
            "order",
            "doc",
            "doc_title",
            "doc_kind",
            "year",
            "date",
            "ministries",
            "doc_inferred");

    private static final Pattern CARD_ID = Pattern.compile("[a-z0-9-]+/c[0-9]+");

    private final ElasticsearchClient client;
    private final String alias;
    private final Links links;

    public SectionReader(ElasticsearchClient client, String alias, Links links) {
        this.client = client;
        this.alias = alias;
        this.links = links;
    }

    public Optional<SectionView> section(String id) {
        List<Hit<ObjectNode>> found =
                search(Query.of(q -> q.term(t -> t.field("id").value(id))), 1, null);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JsonNode s = found.get(0).source();
        String doc = s.path("doc").asText();
        int order = s.path("order").asInt();
        List<PassageView> passages = passages(s);
        JsonNode src = s.path("source");
        return Optional.of(new SectionView(
                id,
                links.section(id),
                s.path("title").asText(),
                HitReader.strings(s.path("breadcrumb")),
                HitReader.document(s),
                HitReader.strings(s.path("areas")),
                HitReader.strings(s.path("ministries")),
                s.path("year").asInt(),
                HitReader.text(s.path("card")),
                HitReader.text(s.path("phase")),
                s.path("text").asText(),
                passages,
                HitReader.strings(s.path("notes")),
                new SourceView(
                        src.path("file").asText(),
                        src.path("line_start").asInt(),
                        src.path("line_end").asInt()),
                neighbour(doc, order - 1),
                neighbour(doc, order + 1),
                otherVersions(id, s.path("group_key").asText()),
                integer(s.path("page_first")),
                integer(s.path("page_last")),
                pdfUrl(doc, src.path("file").asText(), integer(s.path("pdf_page")))));
    }

    /** A roadmap card ({@code doc/c24}) with its phases, or empty when the id names no card. */
    public Optional<CardView> card(String id) {
        if (!CARD_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        List<Hit<ObjectNode>> hits =
                search(Query.of(q -> q.prefix(p -> p.field("id").value(id + "/"))), 100, "order");
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        List<CardView.Phase> phases = new ArrayList<>();
        for (Hit<ObjectNode> h : hits) {
            JsonNode s = h.source();
            String sid = s.path("id").asText();
            phases.add(
                    new CardView.Phase(sid, links.section(sid), s.path("phase").asText(), passages(s)));
        }
        JsonNode first = hits.get(0).source();
        List<String> crumbs = HitReader.strings(first.path("breadcrumb"));
        return Optional.of(new CardView(
                id,
                links.section(id),
                first.path("card").asText(),
                crumbs.subList(0, Math.max(1, crumbs.size() - 1)),
                HitReader.document(first),
                HitReader.strings(first.path("areas")),
                phases));
    }

    private static List<PassageView> passages(JsonNode s) {
        List<PassageView> passages = new ArrayList<>();
        s.path("passages")
                .forEach(p -> passages.add(new PassageView(
                        p.path("anchor").asText(),
                        HitReader.text(p.path("alias")),
                        HitReader.text(p.path("heading")),
                        p.path("text").asText())));
        return passages;
    }

    // the original is served only for a document added as a PDF (see OriginalFileController)
    private String pdfUrl(String doc, String file, Integer page) {
        return page == null || !file.toLowerCase(Locale.ROOT).endsWith(".pdf") ? null : links.pdfPage(doc, page);
    }

    private static Integer integer(JsonNode node) {
        return node.isNumber() ? node.asInt() : null;
    }

    public List<DocumentView> documents() {
        SearchResponse<ObjectNode> response = EsCalls.run(
                alias,
                () -> client.search(
                        r -> r.index(alias)
                                .size(0)
                                .aggregations(
                                        "docs",
                                        a -> a.terms(t -> t.field("doc").size(1000))
                                                .aggregations(
                                                        "first",
                                                        sub -> sub.topHits(th -> th.size(1)
                                                                .source(so ->
                                                                        so.filter(f -> f.includes(ENTRY_SOURCE)))))),
                        ObjectNode.class));
        List<DocumentView> out = new ArrayList<>();
        response.aggregations().get("docs").sterms().buckets().array().forEach(b -> {
            JsonNode s = b.aggregations()
                    .get("first")
                    .topHits()
                    .hits()
                    .hits()
                    .get(0)
                    .source()
                    .to(JsonNode.class);
            out.add(view(s, b.docCount(), List.of()));
        });
        out.sort((a, b) -> a.id().compareTo(b.id()));
        return out;
    }

    public Optional<DocumentView> document(String id) {
        List<Hit<ObjectNode>> hits =
                search(Query.of(q -> q.term(t -> t.field("doc").value(id))), 1000, "order");
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        List<DocumentView.Entry> entries = new ArrayList<>();
        for (Hit<ObjectNode> h : hits) {
            JsonNode s = h.source();
            String sid = s.path("id").asText();
            entries.add(new DocumentView.Entry(
                    sid,
                    links.section(sid),
                    s.path("title").asText(),
                    HitReader.strings(s.path("breadcrumb")),
                    HitReader.strings(s.path("areas")),
                    HitReader.text(s.path("card")),
                    HitReader.text(s.path("phase")),
                    s.path("order").asInt()));
        }
        return Optional.of(view(hits.get(0).source(), entries.size(), entries));
    }

    private DocumentView view(JsonNode s, long count, List<DocumentView.Entry> entries) {
        String doc = s.path("doc").asText();
        return new DocumentView(
                doc,
                links.document(doc),
                s.path("doc_title").asText(),
                s.path("year").asInt(),
                HitReader.text(s.path("date")),
                HitReader.strings(s.path("ministries")),
                s.path("doc_kind").asText(),
                inferred(s.path("doc_inferred")),
                count,
                entries);
    }

    private static Map<String, String> inferred(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private SectionLink neighbour(String doc, int order) {
        if (order < 0) {
            return null;
        }
        List<Hit<ObjectNode>> hits = search(
                Query.of(q ->
                        q.bool(b -> b.filter(f -> f.term(t -> t.field("doc").value(doc)))
                                .filter(f -> f.term(t -> t.field("order").value(order))))),
                1,
                null);
        if (hits.isEmpty()) {
            return null;
        }
        JsonNode s = hits.get(0).source();
        return new SectionLink(
                s.path("id").asText(),
                links.section(s.path("id").asText()),
                s.path("title").asText());
    }

    private List<OtherVersion> otherVersions(String id, String groupKey) {
        List<OtherVersion> out = new ArrayList<>();
        for (Hit<ObjectNode> h : search(
                Query.of(q -> q.bool(b -> b.filter(
                                f -> f.term(t -> t.field("group_key").value(groupKey)))
                        .mustNot(m -> m.term(t -> t.field("id").value(id))))),
                20,
                "order")) {
            JsonNode s = h.source();
            out.add(new OtherVersion(
                    s.path("id").asText(), links.section(s.path("id").asText()), HitReader.document(s)));
        }
        return out;
    }

    private List<Hit<ObjectNode>> search(Query query, int size, String sortField) {
        SearchResponse<ObjectNode> response = EsCalls.run(
                alias,
                () -> client.search(
                        r -> {
                            r.index(alias).size(size).query(query);
                            if (sortField != null) {
                                r.sort(so -> so.field(f -> f.field(sortField).order(SortOrder.Asc)));
                            }
                            return r;
                        },
                        ObjectNode.class));
        return response.hits().hits();
    }
}
