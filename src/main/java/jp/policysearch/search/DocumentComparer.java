package jp.policysearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.policysearch.ErrorCode;
import jp.policysearch.compare.Comparison;
import jp.policysearch.compare.Row;
import jp.policysearch.compare.SectionComparer;
import jp.policysearch.compare.Version;
import jp.policysearch.index.IndexedSection;
import jp.policysearch.search.DocumentComparisonView.Pair;
import jp.policysearch.search.DocumentComparisonView.Part;
import jp.policysearch.search.SectionView.SectionLink;

/**
 * Compares two documents that share sections (the same {@code group_key}, as the indexer groups versions): each
 * shared group's first section in each document is compared with {@link SectionComparer}; sections whose group the
 * other document lacks are listed by card or chapter. Also tells which documents share sections with one.
 */
public final class DocumentComparer {

    private static final int MAX_SECTIONS = 2000;
    private static final List<String> SOURCE = List.of(
            "id",
            "doc",
            "doc_title",
            "year",
            "date",
            "ministries",
            "doc_inferred",
            "title",
            "breadcrumb",
            "group_key",
            "order",
            "passages",
            "notes");

    /** A document that shares sections with another, and how many of its version groups it shares. */
    public record Related(String id, String title, long sharedSections) {}

    private record Member(String id, String title, List<String> breadcrumb, String groupKey, Version version) {}

    private final ElasticsearchClient client;
    private final String alias;
    private final SectionComparer comparer = new SectionComparer();
    private final Links links;

    public DocumentComparer(ElasticsearchClient client, String alias, Links links) {
        this.client = client;
        this.alias = alias;
        this.links = links;
    }

    /** Empty when either id names no document; a 400 when the two share no section. */
    public Optional<DocumentComparisonView> compare(String id, String otherId) {
        List<IndexedSection> a = sections(id);
        List<IndexedSection> b = a.isEmpty() ? a : sections(otherId);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Member> firstByGroup = byGroup(a);
        Map<String, Member> secondByGroup = byGroup(b);
        if (id.equals(otherId) || firstByGroup.keySet().stream().noneMatch(secondByGroup::containsKey)) {
            throw new BadRequestException(ErrorCode.NOT_VERSIONS, "比較できるのは、同じ節（別の版）を含む2つの文書です。この2つの文書には共通する節がありません。");
        }
        List<Pair> changed = new ArrayList<>();
        List<Pair> unchanged = new ArrayList<>();
        for (Map.Entry<String, Member> e : firstByGroup.entrySet()) {
            Member y = secondByGroup.get(e.getKey());
            if (y != null) {
                Member x = e.getValue();
                Comparison c = comparer.compare(x.version(), y.version());
                Pair pair = new Pair(
                        x.id(),
                        y.id(),
                        links.comparison(x.id(), y.id()),
                        x.title(),
                        x.breadcrumb(),
                        c.figures().size(),
                        c.changedChars(),
                        c.count(Row.Kind.ADDED),
                        c.count(Row.Kind.REMOVED));
                (c.changed() ? changed : unchanged).add(pair);
            }
        }
        changed.sort(Comparator.comparingInt(Pair::changedFigures)
                .thenComparingLong(Pair::changedChars)
                .reversed());
        return Optional.of(new DocumentComparisonView(
                HitReader.document(a.get(0)),
                HitReader.document(b.get(0)),
                changed,
                unchanged,
                only(firstByGroup, secondByGroup.keySet()),
                only(secondByGroup, firstByGroup.keySet())));
    }

    /** The documents that share at least one version group with {@code id}, most shared first. */
    public List<Related> related(String id) {
        Set<String> keys = new LinkedHashSet<>();
        search(Query.of(q -> q.term(t -> t.field("doc").value(id))), List.of("group_key"))
                .forEach(s -> keys.add(s.groupKey()));
        if (keys.isEmpty()) {
            return List.of();
        }
        List<FieldValue> values = keys.stream().map(FieldValue::of).toList();
        Map<String, Related> out = new LinkedHashMap<>();
        for (IndexedSection s : search(
                Query.of(q -> q.bool(b -> b.filter(
                                f -> f.terms(t -> t.field("group_key").terms(v -> v.value(values))))
                        .mustNot(m -> m.term(t -> t.field("doc").value(id))))),
                List.of("doc", "doc_title", "group_key"))) {
            Related r = out.get(s.doc());
            out.put(s.doc(), new Related(s.doc(), s.docTitle(), r == null ? 1 : r.sharedSections() + 1));
        }
        return out.values().stream()
                .sorted(Comparator.comparingLong(Related::sharedSections).reversed())
                .toList();
    }

    /** The first section (document order) of each version group. */
    private static Map<String, Member> byGroup(List<IndexedSection> sections) {
        Map<String, Member> out = new LinkedHashMap<>();
        for (IndexedSection s : sections) {
            out.putIfAbsent(s.groupKey(), new Member(s.id(), s.title(), s.breadcrumb(), s.groupKey(), s.version()));
        }
        return out;
    }

    /**
     * The sections whose group the other document lacks, by the breadcrumb between document and section; a part is
     * {@code whole} when none of its sections is shared (a card or chapter only this document has).
     */
    private List<Part> only(Map<String, Member> mine, Set<String> theirs) {
        Map<String, List<SectionLink>> missing = new LinkedHashMap<>();
        Map<String, Boolean> whole = new LinkedHashMap<>();
        for (Member m : mine.values()) {
            List<String> crumbs = m.breadcrumb();
            String part = crumbs.size() > 2 ? String.join(" › ", crumbs.subList(1, crumbs.size() - 1)) : "";
            whole.putIfAbsent(part, true);
            if (theirs.contains(m.groupKey())) {
                whole.put(part, false);
            } else {
                missing.computeIfAbsent(part, k -> new ArrayList<>())
                        .add(new SectionLink(m.id(), links.section(m.id()), m.title()));
            }
        }
        List<Part> out = new ArrayList<>();
        missing.forEach((part, links) -> out.add(new Part(part, whole.get(part), links)));
        return out;
    }

    private List<IndexedSection> sections(String docId) {
        return search(Query.of(q -> q.term(t -> t.field("doc").value(docId))), SOURCE);
    }

    private List<IndexedSection> search(Query query, List<String> fields) {
        var response = EsCalls.run(
                alias,
                () -> client.search(
                        r -> r.index(alias)
                                .size(MAX_SECTIONS)
                                .query(query)
                                .source(s -> s.filter(f -> f.includes(fields)))
                                .sort(so -> so.field(f -> f.field("doc").order(SortOrder.Asc)))
                                .sort(so -> so.field(f -> f.field("order").order(SortOrder.Asc))),
                        IndexedSection.class));
        List<IndexedSection> out = new ArrayList<>();
        for (Hit<IndexedSection> h : response.hits().hits()) {
            out.add(h.source());
        }
        return out;
    }
}
