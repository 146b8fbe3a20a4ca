package jp.policysearch.search;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.policysearch.search.SearchResult.FacetCount;

/**
 * Disjunctive facet counts: one filter aggregation per facet applying every other facet's selection, with a terms
 * aggregation inside; selected values are always listed, even at 0. Also the number of groups (hits shown).
 * A count is what clicking the value lists: where results group versions, the number of groups in the bucket (the
 * unit of the total), not of sections; a click on a document shows its sections ungrouped, so that facet counts them.
 */
final class FacetCounter {

    private static final String VALUES = "values";
    private static final String GROUPS = "_groups";
    private static final int EXACT_BELOW = 40_000;
    // per facet value: counts are exact up to this many groups, and each bucket's counter stays small (a high
    // threshold in every one of hundreds of buckets made size=100 searches slow enough to time out)
    private static final int EXACT_PER_VALUE = 1_000;

    void addAggregations(SearchRequest.Builder request, FacetFilters filters, boolean grouped) {
        for (Facet facet : Facet.values()) {
            boolean groups = grouped && facet != Facet.DOC;
            request.aggregations(
                    facet.param(),
                    a -> a.filter(filters.except(facet)).aggregations(VALUES, t -> {
                        t.terms(tt -> tt.field(facet.field()).size(200));
                        if (groups) {
                            t.aggregations(
                                    GROUPS,
                                    c -> c.cardinality(
                                            cc -> cc.field("group_key").precisionThreshold(EXACT_PER_VALUE)));
                        }
                        return t;
                    }));
        }
        addGroupCount(request, filters);
    }

    /** The number of groups (hits shown where versions are grouped) under every selected filter. */
    void addGroupCount(SearchRequest.Builder request, FacetFilters filters) {
        request.aggregations(
                GROUPS,
                a -> a.filter(filters.all())
                        .aggregations(
                                VALUES,
                                c -> c.cardinality(cc -> cc.field("group_key").precisionThreshold(EXACT_BELOW))));
    }

    long groupCount(SearchResponse<ObjectNode> response) {
        Aggregate groups = response.aggregations().get(GROUPS);
        return groups.filter().aggregations().get(VALUES).cardinality().value();
    }

    private static long count(long sections, Map<String, Aggregate> sub) {
        Aggregate groups = sub.get(GROUPS);
        return groups == null ? sections : groups.cardinality().value();
    }

    Map<String, List<FacetCount>> read(SearchResponse<ObjectNode> response, SearchQuery query) {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            List<String> selected = query.selected(facet);
            Aggregate values = response.aggregations()
                    .get(facet.param())
                    .filter()
                    .aggregations()
                    .get(VALUES);
            Map<String, Long> counts = new LinkedHashMap<>();
            if (values.isSterms()) {
                values.sterms()
                        .buckets()
                        .array()
                        .forEach(b -> counts.put(b.key().stringValue(), count(b.docCount(), b.aggregations())));
            } else if (values.isLterms()) {
                values.lterms()
                        .buckets()
                        .array()
                        .forEach(b -> counts.put(String.valueOf(b.key()), count(b.docCount(), b.aggregations())));
            }
            List<FacetCount> list = new ArrayList<>();
            counts.forEach((value, count) -> list.add(new FacetCount(value, count, selected.contains(value))));
            for (String s : selected) {
                if (!counts.containsKey(s)) {
                    list.add(new FacetCount(s, 0, true));
                }
            }
            if (facet == Facet.YEAR) {
                list.sort((a, b) -> b.value().compareTo(a.value()));
            }
            out.put(facet.param(), list);
        }
        return out;
    }
}
