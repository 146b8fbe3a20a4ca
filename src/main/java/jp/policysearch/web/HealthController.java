package jp.policysearch.web;

import java.util.LinkedHashMap;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.javalin.http.Context;
import jp.policysearch.Config;
import jp.policysearch.es.Cluster;

/** {@code /readyz}: ready only when Elasticsearch answers and the search alias exists; otherwise 503 with why. */
final class HealthController {

    private final Cluster cluster;

    HealthController(Cluster cluster) {
        this.cluster = cluster;
    }

    void ready(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            boolean exists = cluster.client().indices().existsAlias(a -> a.name(Config.INDEX_ALIAS)).value();
            if (exists) {
                body.put("status", "ready");
                ctx.json(body);
                return;
            }
            body.put("status", "unavailable");
            body.put("reason", "the search index (alias '" + Config.INDEX_ALIAS + "') does not exist yet; "
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
