package jp.policysearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code /api/status} and {@code /readyz} report about the search alias, the index behind it and the cluster.
 * The web layer shows these; every Elasticsearch call they need is made here.
 */
public final class IndexStatus {

    /** The cluster's name, health ({@code green}, {@code yellow}, {@code red}) and number of nodes. */
    public record ClusterHealth(String name, String status, int nodes) {}

    /**
     * @param index        the live index behind the alias, or null when there is none
     * @param meta         the live index's {@code _meta} (how and from what it was built); absent without a live index
     * @param sectionCount the live index's number of sections; absent without a live index
     * @param indices      every index of the alias's family, oldest first
     */
    public record Status(
            String alias,
            ClusterHealth cluster,
            String index,
            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> meta,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long sectionCount,
            List<String> indices) {}

    /** Ready, or not and why (in English, for operators). */
    public record Readiness(boolean ready, String reason) {}

    private final ElasticsearchClient client;
    private final String alias;

    public IndexStatus(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    public Status status() throws IOException {
        HealthResponse health = client.cluster().health();
        IndexAliases aliases = new IndexAliases(client, alias);
        Optional<String> live = aliases.live();
        Map<String, Object> meta = null;
        Long count = null;
        if (live.isPresent()) {
            meta = new LinkedHashMap<>();
            for (var e : mappingMeta(client, live.get()).entrySet()) {
                meta.put(e.getKey(), e.getValue().to(Object.class));
            }
            count = client.count(c -> c.index(live.get())).count();
        }
        return new Status(
                alias,
                new ClusterHealth(health.clusterName(), health.status().jsonValue(), health.numberOfNodes()),
                live.orElse(null),
                meta,
                count,
                aliases.family());
    }

    /** Ready when the alias exists and its index is green or yellow (red: some of its shards cannot answer). */
    public Readiness readiness() throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            return new Readiness(
                    false, "the search index (alias '" + alias + "') does not exist yet; run bin/policy-search index");
        }
        HealthStatus health = client.cluster().health(h -> h.index(alias)).status();
        if (health == HealthStatus.Green || health == HealthStatus.Yellow) {
            return new Readiness(true, null);
        }
        return new Readiness(
                false,
                "the search index (alias '" + alias + "') is " + health.jsonValue()
                        + ": some of its shards are not allocated (is the disk full? see the node's log)");
    }

    /** The {@code _meta} of {@code index}'s mapping; empty when it has none. */
    static Map<String, JsonData> mappingMeta(ElasticsearchClient client, String index) throws IOException {
        var record = client.indices().getMapping(m -> m.index(index)).get(index);
        if (record == null || record.mappings().meta() == null) {
            return Map.of();
        }
        return record.mappings().meta();
    }
}
