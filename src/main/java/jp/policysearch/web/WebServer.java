package jp.policysearch.web;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import jp.policysearch.Config;
import jp.policysearch.analysis.TextNormalizer;
import jp.policysearch.es.Cluster;
import jp.policysearch.index.IndexStatus;
import jp.policysearch.search.DocumentComparer;
import jp.policysearch.search.HeavySearches;
import jp.policysearch.search.LiveIndex;
import jp.policysearch.search.SectionExporter;
import jp.policysearch.search.SectionReader;
import jp.policysearch.search.SectionSearcher;
import jp.policysearch.search.Synonyms;
import jp.policysearch.search.VersionComparer;
import org.eclipse.jetty.ee10.servlet.FilterHolder;

/**
 * The web server: every route in one place. It reads the index through the alias and never creates or changes
 * indices.
 */
public final class WebServer {

    /** Sections per export request to Elasticsearch: large enough to stream fast, small enough for the timeout. */
    private static final int EXPORT_BATCH = 500;
    /**
     * Heavy searches (many clauses) the service runs at once, one per client: two of the local node's four search
     * threads (on two cores), so ordinary searches always find a free one.
     */
    private static final int HEAVY_SEARCHES = 1;
    /** Refusals the tarpit holds back at once (each a suspended request of a few KB). */
    private static final int TARPIT_HELD = 1_000;

    private WebServer() {}

    public static Javalin create(Config config, Cluster cluster) {
        return create(config, cluster, new HeavySearches(HEAVY_SEARCHES));
    }

    /** The server admitting heavy searches through {@code heavy} (tests hold its slots to see the refusals). */
    public static Javalin create(Config config, Cluster cluster, HeavySearches heavy) {
        AtomicReference<Javalin> running = new AtomicReference<>();
        // absolute URLs never come from the request's Host header; the port is known once the server listens
        Supplier<String> base = () -> config.publicBaseUrl(running.get().port());
        IndexStatus status = new IndexStatus(cluster.client(), config.indexAlias());
        HealthController health = new HealthController(cluster, status);
        TextNormalizer normalizer = TextNormalizer.withDefaultVariants();
        var synonymsFile = config.mappingsDir().resolve("dictionaries").resolve("synonyms.txt");
        Synonyms synonyms = new Synonyms(synonymsFile, normalizer);
        SectionSearcher searcher = new SectionSearcher(
                cluster.client(), config.indexAlias(), synonyms, normalizer, Urls.LINKS, config.esTimeout(), heavy);
        SectionReader reader = new SectionReader(cluster.client(), config.indexAlias(), Urls.LINKS);
        PageRenderer renderer = new PageRenderer(base);
        LiveIndex live = new LiveIndex(cluster.client(), config.indexAlias());
        Instant started = Instant.now();
        Supplier<Instant> indexed = () -> {
            LiveIndex.Version version = live.recent();
            return version != null && version.builtAt() != null ? version.builtAt() : started;
        };
        DocumentComparer documentComparer = new DocumentComparer(cluster.client(), config.indexAlias(), Urls.LINKS);
        ApiController api = new ApiController(searcher, reader, documentComparer, status);
        PageController pages = new PageController(
                searcher, reader, documentComparer, renderer, new TermMarker(normalizer), base, indexed);
        CompareController compare = new CompareController(new VersionComparer(reader), documentComparer, renderer);
        ExportController export = new ExportController(
                new SectionExporter(cluster.client(), config.indexAlias(), synonyms, normalizer, EXPORT_BATCH), base);
        SiteFiles site = new SiteFiles(reader, base);
        Caching caching = new Caching(live, synonymsFile, Clock.systemDefaultZone());
        HttpRules rules = new HttpRules(path -> path.startsWith("/static/")
                || running.get().unsafe.internalRouter.hasHttpHandlerEntry(HandlerType.GET, path));
        OriginalFileController original = new OriginalFileController(config.corpusDir());
        byte[] openApi = OpenApi.load();
        ClientLimiter limiter = new ClientLimiter(config.searchesPerClient(), renderer, Tarpit.standard(TARPIT_HELD));
        Javalin created = Javalin.create(app -> {
            app.jsonMapper(new JavalinJackson(ApiJson.mapper(), false));
            app.jetty.port = config.port();
            app.jetty.host = "0.0.0.0";
            app.startup.showJavalinBanner = false;
            // Jetty's default 8 KiB would reject a long query (500 characters of Japanese, percent-encoded, with
            // filters) with a bare 431 before the API could explain; the API's own limits answer in JSON instead.
            app.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(128 * 1024);
                // a redirect's Location stays relative: Jetty would otherwise make it absolute from the Host header
                http.setRelativeRedirectAllowed(true);
            });
            app.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            app.jetty.modifyServletContextHandler(context -> {
                context.setErrorHandler(new JsonErrorHandler());
                context.addFilter(new FilterHolder(rules), "/*", EnumSet.of(DispatcherType.REQUEST));
            });
            app.routes.beforeMatched(caching::before);
            app.routes.after(Caching::after);
            app.routes.get("/healthz", ctx -> ctx.json(Map.of("status", "ok")));
            app.routes.get("/readyz", health::ready);
            app.routes.get("/api/search", limiter.limit(api::search));
            app.routes.get("/api/sections/<id>", api::section);
            app.routes.get("/api/documents", api::documents);
            app.routes.get("/api/documents/{id}", api::document);
            app.routes.get("/api/documents/{id}/compare/{other}", api::documentComparison);
            app.routes.get("/api/status", api::status);
            app.routes.get("/api/export", limiter.limit(export::export));
            app.routes.get(
                    "/api/openapi.json",
                    ctx -> ctx.contentType("application/json").result(openApi));
            // Pages for people (HTML, Japanese); static files (CSS, JS) from the class path under /static.
            app.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/public/static";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("X-Content-Type-Options", "nosniff", "Cache-Control", "max-age=3600");
            });
            app.routes.get("/", limiter.limit(pages::search));
            app.routes.get("/search", limiter.limit(pages::search));
            app.routes.get("/search.atom", limiter.limit(pages::feed));
            app.routes.get("/s/<id>", ctx -> {
                String[] pair = ComparePath.split(ctx.pathParam("id"));
                if (pair == null) {
                    pages.section(ctx);
                } else {
                    compare.section(ctx, pair);
                }
            });
            app.routes.get("/d/{id}", pages::document);
            app.routes.get("/d/{id}/compare/{other}", compare::document);
            app.routes.get("/robots.txt", site::robots);
            app.routes.get("/sitemap.xml", site::sitemap);
            app.routes.get("/favicon.ico", site::favicon);
            app.routes.get("/d/{id}/file.pdf", original::pdf);
            ErrorHandling.install(app, renderer);
        });
        running.set(created);
        return created;
    }
}
