package jp.policysearch.web;

import co.elastic.clients.elasticsearch._types.HealthStatus;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.policysearch.es.Cluster;
import jp.policysearch.es.EsClients;

/**
 * {@code /readyz}: ready only when Elasticsearch answers, the search alias exists and its index is green or yellow;
 * otherwise 503 with why.
 */
final class HealthController {

    private final Cluster cluster;
    private final String alias;

    HealthController(Cluster cluster, String alias) {
        this.cluster = cluster;
        this.alias = alias;
    }

    void ready(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            boolean exists =
                    cluster.client().indices().existsAlias(a -> a.name(alias)).value();
            if (exists) {
                // the health of the index behind the alias: red means some of its shards cannot answer
                HealthStatus health =
                        cluster.client().cluster().health(h -> h.index(alias)).status();
                if (health == HealthStatus.Green || health == HealthStatus.Yellow) {
                    body.put("status", "ready");
                    ctx.json(body);
                    return;
                }
                body.put("status", "unavailable");
                body.put(
                        "reason",
                        "the search index (alias '" + alias + "') is " + health.jsonValue()
                                + ": some of its shards are not allocated (is the disk full? see the node's log)");
            } else {
                body.put("status", "unavailable");
                body.put(
                        "reason",
                        "the search index (alias '" + alias + "') does not exist yet; "
                                + "run bin/policy-search index");
            }
        } catch (Exception e) {
            body.put("status", "unavailable");
            body.put("reason", EsClients.explain(cluster.url(), e));
        }
        ctx.status(503).json(body);
    }
}
