package jp.policysearch.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.policysearch.es.Cluster;
import jp.policysearch.es.EsClients;
import jp.policysearch.index.IndexStatus;

/**
 * {@code /readyz}: ready only when Elasticsearch answers, the search alias exists and its index is green or yellow;
 * otherwise 503 with why.
 */
final class HealthController {

    private final Cluster cluster;
    private final IndexStatus status;

    HealthController(Cluster cluster, IndexStatus status) {
        this.cluster = cluster;
        this.status = status;
    }

    void ready(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            IndexStatus.Readiness readiness = status.readiness();
            if (readiness.ready()) {
                body.put("status", "ready");
                ctx.json(body);
                return;
            }
            body.put("status", "unavailable");
            body.put("reason", readiness.reason());
        } catch (Exception e) {
            body.put("status", "unavailable");
            body.put("reason", EsClients.explain(cluster.url(), e));
        }
        ctx.status(503).json(body);
    }
}
