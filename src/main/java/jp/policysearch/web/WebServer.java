package jp.policysearch.web;

import java.util.Map;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import jp.policysearch.Config;
import jp.policysearch.Json;
import jp.policysearch.es.Cluster;

/**
 * The web server: every route in one place. It reads the index through the alias and never creates or changes
 * indices.
 */
public final class WebServer {

    private WebServer() {
    }

    public static Javalin create(Config config, Cluster cluster) {
        HealthController health = new HealthController(cluster, config.indexAlias());
        return Javalin.create(app -> {
            app.jsonMapper(new JavalinJackson(Json.mapper(), false));
            app.jetty.port = config.port();
            app.jetty.host = "0.0.0.0";
            app.startup.showJavalinBanner = false;
            app.routes.get("/healthz", ctx -> ctx.json(Map.of("status", "ok")));
            app.routes.get("/readyz", health::ready);
        });
    }
}
