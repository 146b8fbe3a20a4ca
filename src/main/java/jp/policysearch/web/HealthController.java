package jp.policysearch.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.http.Context;
import jp.policysearch.es.Cluster;
import jp.policysearch.es.EsClients;

/** {@code /readyz}: ready only when Elasticsearch answers and the search alias exists; otherwise 503 with why. */
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
            boolean exists = cluster.client().indices().existsAlias(a -> a.name(alias)).value();
            if (exists) {
                body.put("status", "ready");
                ctx.json(body);
                return;
            }
            body.put("status", "unavailable");
            body.put("reason", "the search index (alias '" + alias + "') does not exist yet; "
                    + "run bin/policy-search index");
        } catch (Exception e) {
            body.put("status", "unavailable");
            body.put("reason", EsClients.explain(cluster.url(), e));
        }
        ctx.status(503).json(body);
    }
}
