package jp.policysearch.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.policysearch.ErrorCode;
import jp.policysearch.es.Cluster;
import jp.policysearch.es.Outage;
import jp.policysearch.index.IndexAliases;
import jp.policysearch.search.BadRequestException;
import jp.policysearch.search.SearchUnavailableException;
import jp.policysearch.search.SectionReader;
import jp.policysearch.search.SectionSearcher;
import jp.policysearch.search.VersionComparer;

/** The JSON API: search, sections, documents and status. */
final class ApiController {

    private final SectionSearcher searcher;
    private final SectionReader reader;
    private final VersionComparer comparer;
    private final Cluster cluster;
    private final String alias;

    ApiController(SectionSearcher searcher, SectionReader reader, Cluster cluster, String alias) {
        this.searcher = searcher;
        this.reader = reader;
        this.comparer = new VersionComparer(reader);
        this.cluster = cluster;
        this.alias = alias;
    }

    void search(Context ctx) {
        ctx.json(searcher.search(SearchParams.from(ctx)));
    }

    /** {@code /api/sections/{id}}, and {@code /api/sections/{id}/compare/{other}}: ids hold slashes. */
    void section(Context ctx) {
        String id = pathParam(ctx);
        String[] pair = ComparePath.split(id);
        if (pair != null) {
            ctx.json(comparer.compare(pair[0], pair[1])
                    .orElseThrow(() -> new NotFoundResponse("section " + pair[0] + " or " + pair[1])));
            return;
        }
        ctx.json(reader.section(id).orElseThrow(() -> new NotFoundResponse("section " + id)));
    }

    void documents(Context ctx) {
        ctx.json(Map.of("documents", reader.documents()));
    }

    void document(Context ctx) {
        String id = pathParam(ctx);
        ctx.json(reader.document(id).orElseThrow(() -> new NotFoundResponse("document " + id)));
    }

    /** Javalin decodes path parameters lazily and throws on a broken escape such as {@code %uD83D}: that is a 400. */
    private static String pathParam(Context ctx) {
        try {
            return ctx.pathParam("id");
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(ErrorCode.INVALID_ENCODING);
        }
    }

    /** The live index, how it was built, its size and the cluster's health. */
    void status(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("alias", alias);
        try {
            var health = cluster.client().cluster().health();
            body.put(
                    "cluster",
                    Map.of(
                            "name",
                            health.clusterName(),
                            "status",
                            health.status().jsonValue(),
                            "nodes",
                            health.numberOfNodes()));
            IndexAliases aliases = new IndexAliases(cluster.client(), alias);
            var live = aliases.live();
            body.put("index", live.orElse(null));
            if (live.isPresent()) {
                body.put("meta", metaOf(live.get()));
                body.put(
                        "section_count",
                        cluster.client().count(c -> c.index(live.get())).count());
            }
            body.put("indices", aliases.family());
        } catch (IOException | RuntimeException e) {
            if (Outage.is(e)) {
                throw new SearchUnavailableException("status unavailable: " + e.getMessage(), e);
            }
            throw new IllegalStateException("reading the status failed", e);
        }
        ctx.json(body);
    }

    private Map<String, Object> metaOf(String index) throws IOException {
        Map<String, Object> meta = new LinkedHashMap<>();
        var mapping = cluster.client().indices().getMapping(m -> m.index(index)).get(index);
        if (mapping != null && mapping.mappings().meta() != null) {
            mapping.mappings().meta().forEach((k, v) -> meta.put(k, v.to(Object.class)));
        }
        return meta;
    }
}
