package jp.policysearch.web;

import java.util.LinkedHashMap;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.javalin.http.Context;
import jp.policysearch.es.Cluster;

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
        } catch (ElasticsearchException e) {
            body.put("status", "unavailable");
            body.put("reason", "Elasticsearch at " + cluster.url() + " answered with an error: " + e.error().type());
        } catch (Exception e) {
            body.put("status", "unavailable");
            body.put("reason", "Elasticsearch at " + cluster.url() + " cannot be reached");
        }
        ctx.status(503).json(body);
    }
}
