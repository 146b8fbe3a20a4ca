package jp.policysearch.search;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.util.ObjectBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

    /**
     * A facet under no other facet's selection (the usual case) is a terms aggregation of its own, with no filter
     * aggregation around it (an experiment measured the unwrapped aggregations at 0.87 of the request's time); the
     * number of groups is asked for only where results are grouped.
     */
    void addAggregations(SearchRequest.Builder request, FacetFilters filters, boolean grouped) {
        for (Facet facet : Facet.values()) {
            boolean groups = grouped && facet != Facet.DOC;
            Function<Aggregation.Builder, ObjectBuilder<Aggregation>> values = t -> {
                Aggregation.Builder.ContainerBuilder terms =
                        t.terms(tt -> tt.field(facet.field()).size(200));
                if (groups) {
                    terms.aggregations(
                            GROUPS,
                            c -> c.cardinality(cc -> cc.field("group_key").precisionThreshold(EXACT_PER_VALUE)));
                }
                return terms;
            };
            if (filters.none(facet)) {
                request.aggregations(facet.param(), values);
            } else {
                request.aggregations(
                        facet.param(), a -> a.filter(filters.except(facet)).aggregations(VALUES, values));
            }
        }
        if (grouped) {
            addGroupCount(request, filters);
        }
    }

    /** The number of groups (hits shown where versions are grouped) under every selected filter. */
    void addGroupCount(SearchRequest.Builder request, FacetFilters filters) {
        Function<Aggregation.Builder, ObjectBuilder<Aggregation>> count =
                c -> c.cardinality(cc -> cc.field("group_key").precisionThreshold(EXACT_BELOW));
        if (filters.none(null)) {
            request.aggregations(GROUPS, count);
        } else {
            request.aggregations(GROUPS, a -> a.filter(filters.all()).aggregations(VALUES, count));
        }
    }

    /** The aggregation inside a facet's filter aggregation, or the facet's own where it has none. */
    private static Aggregate unwrapped(Aggregate aggregate) {
        return aggregate.isFilter() ? aggregate.filter().aggregations().get(VALUES) : aggregate;
    }

    long groupCount(SearchResponse<?> response) {
        return unwrapped(response.aggregations().get(GROUPS)).cardinality().value();
    }

    private static long count(long sections, Map<String, Aggregate> sub) {
        Aggregate groups = sub.get(GROUPS);
        return groups == null ? sections : groups.cardinality().value();
    }

    Map<String, List<FacetCount>> read(SearchResponse<?> response, SearchQuery query) {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            List<String> selected = query.selected(facet);
            Aggregate values = unwrapped(response.aggregations().get(facet.param()));
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
