package jp.policysearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.policysearch.index.IndexedSection;
import jp.policysearch.search.SearchResult.OtherVersion;
import jp.policysearch.search.SectionView.PassageView;
import jp.policysearch.search.SectionView.SectionLink;
import jp.policysearch.search.SectionView.SourceView;
import jp.policysearch.section.SourceRef;

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
        List<Hit<IndexedSection>> found =
                search(Query.of(q -> q.term(t -> t.field("id").value(id))), 1, null);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        IndexedSection s = found.get(0).source();
        SourceRef src = s.source();
        return Optional.of(new SectionView(
                id,
                links.section(id),
                s.title(),
                s.breadcrumb(),
                HitReader.document(s),
                s.areas(),
                s.ministries(),
                s.year(),
                s.card(),
                s.phase(),
                s.text(),
                passages(s),
                s.notes(),
                new SourceView(src.file(), src.lineStart(), src.lineEnd()),
                neighbour(s.doc(), s.order() - 1),
                neighbour(s.doc(), s.order() + 1),
                otherVersions(id, s.groupKey()),
                s.pageFirst(),
                s.pageLast(),
                pdfUrl(s.doc(), src.file(), s.pdfPage())));
    }

    /** A roadmap card ({@code doc/c24}) with its phases, or empty when the id names no card. */
    public Optional<CardView> card(String id) {
        if (!CARD_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        List<Hit<IndexedSection>> hits =
                search(Query.of(q -> q.prefix(p -> p.field("id").value(id + "/"))), 100, "order");
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        List<CardView.Phase> phases = new ArrayList<>();
        for (Hit<IndexedSection> h : hits) {
            IndexedSection s = h.source();
            phases.add(new CardView.Phase(s.id(), links.section(s.id()), s.phase(), passages(s)));
        }
        IndexedSection first = hits.get(0).source();
        List<String> crumbs = first.breadcrumb();
        return Optional.of(new CardView(
                id,
                links.section(id),
                first.card(),
                crumbs.subList(0, Math.max(1, crumbs.size() - 1)),
                HitReader.document(first),
                first.areas(),
                phases));
    }

    private static List<PassageView> passages(IndexedSection s) {
        return s.passages().stream()
                .map(p -> new PassageView(p.anchor(), p.alias(), p.heading(), p.text()))
                .toList();
    }

    // the original is served only for a document added as a PDF (see OriginalFileController)
    private String pdfUrl(String doc, String file, Integer page) {
        return page == null || !file.toLowerCase(Locale.ROOT).endsWith(".pdf") ? null : links.pdfPage(doc, page);
    }

    public List<DocumentView> documents() {
        SearchResponse<Void> response = EsCalls.run(
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
                        Void.class));
        List<DocumentView> out = new ArrayList<>();
        response.aggregations().get("docs").sterms().buckets().array().forEach(b -> {
            IndexedSection s = b.aggregations()
                    .get("first")
                    .topHits()
                    .hits()
                    .hits()
                    .get(0)
                    .source()
                    .to(IndexedSection.class);
            out.add(view(s, b.docCount(), List.of()));
        });
        out.sort((a, b) -> a.id().compareTo(b.id()));
        return out;
    }

    public Optional<DocumentView> document(String id) {
        List<Hit<IndexedSection>> hits =
                search(Query.of(q -> q.term(t -> t.field("doc").value(id))), 1000, "order");
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        List<DocumentView.Entry> entries = new ArrayList<>();
        for (Hit<IndexedSection> h : hits) {
            IndexedSection s = h.source();
            entries.add(new DocumentView.Entry(
                    s.id(),
                    links.section(s.id()),
                    s.title(),
                    s.breadcrumb(),
                    s.areas(),
                    s.card(),
                    s.phase(),
                    s.order()));
        }
        return Optional.of(view(hits.get(0).source(), entries.size(), entries));
    }

    private DocumentView view(IndexedSection s, long count, List<DocumentView.Entry> entries) {
        return new DocumentView(
                s.doc(),
                links.document(s.doc()),
                s.docTitle(),
                s.year(),
                s.date(),
                s.ministries(),
                s.docKind(),
                s.docInferred(),
                count,
                entries);
    }

    private SectionLink neighbour(String doc, int order) {
        if (order < 0) {
            return null;
        }
        List<Hit<IndexedSection>> hits = search(
                Query.of(q ->
                        q.bool(b -> b.filter(f -> f.term(t -> t.field("doc").value(doc)))
                                .filter(f -> f.term(t -> t.field("order").value(order))))),
                1,
                null);
        if (hits.isEmpty()) {
            return null;
        }
        IndexedSection s = hits.get(0).source();
        return new SectionLink(s.id(), links.section(s.id()), s.title());
    }

    private List<OtherVersion> otherVersions(String id, String groupKey) {
        List<OtherVersion> out = new ArrayList<>();
        for (Hit<IndexedSection> h : search(
                Query.of(q -> q.bool(b -> b.filter(
                                f -> f.term(t -> t.field("group_key").value(groupKey)))
                        .mustNot(m -> m.term(t -> t.field("id").value(id))))),
                20,
                "order")) {
            IndexedSection s = h.source();
            out.add(new OtherVersion(s.id(), links.section(s.id()), HitReader.document(s)));
        }
        return out;
    }

    private List<Hit<IndexedSection>> search(Query query, int size, String sortField) {
        SearchResponse<IndexedSection> response = EsCalls.run(
                alias,
                () -> client.search(
                        r -> {
                            r.index(alias).size(size).query(query);
                            if (sortField != null) {
                                r.sort(so -> so.field(f -> f.field(sortField).order(SortOrder.Asc)));
                            }
                            return r;
                        },
                        IndexedSection.class));
        return response.hits().hits();
    }
}
