package jp.policysearch.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The selected facet values as filters: OR within a facet, AND across facets. Facet counts are disjunctive: each
 * facet is counted under every other facet's filter but not its own.
 */
final class FacetFilters {

    private final Map<Facet, Query> byFacet = new EnumMap<>(Facet.class);

    FacetFilters(SearchQuery query) {
        for (Facet facet : Facet.values()) {
            List<String> values = query.selected(facet);
            if (!values.isEmpty()) {
                byFacet.put(facet, filter(facet, values));
            }
        }
    }

    private static Query filter(Facet facet, List<String> values) {
        List<FieldValue> terms = new ArrayList<>();
        for (String v : values) {
            if (facet == Facet.YEAR) {
                try {
                    terms.add(FieldValue.of(Long.parseLong(v.strip())));
                } catch (NumberFormatException e) {
                    // an unknown value matches nothing
                }
            } else {
                terms.add(FieldValue.of(v));
            }
        }
        if (terms.isEmpty()) {
            return Query.of(q -> q.matchNone(m -> m));
        }
        return Query.of(q -> q.terms(t -> t.field(facet.field()).terms(tv -> tv.value(terms))));
    }

    /** Whether no facet but {@code skipped} (null: no facet at all) has a selection: nothing to filter. */
    boolean none(Facet skipped) {
        return byFacet.keySet().stream().allMatch(f -> f == skipped);
    }

    /** Every selected facet's filter. */
    Query all() {
        return except(null);
    }

    /** Every selected facet's filter but {@code skipped}'s. */
    Query except(Facet skipped) {
        List<Query> filters = new ArrayList<>();
        byFacet.forEach((facet, q) -> {
            if (facet != skipped) {
                filters.add(q);
            }
        });
        return Query.of(q -> q.bool(b -> b.filter(filters)));
    }
}
