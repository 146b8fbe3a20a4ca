package jp.policysearch.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.Map;
import jp.policysearch.ErrorCode;
import jp.policysearch.es.Outage;
import jp.policysearch.index.IndexStatus;
import jp.policysearch.search.BadRequestException;
import jp.policysearch.search.DocumentComparer;
import jp.policysearch.search.SearchUnavailableException;
import jp.policysearch.search.SectionReader;
import jp.policysearch.search.SectionSearcher;
import jp.policysearch.search.VersionComparer;

/** The JSON API: search, sections, documents and status. */
final class ApiController {

    private final SectionSearcher searcher;
    private final SectionReader reader;
    private final VersionComparer comparer;
    private final DocumentComparer documentComparer;
    private final IndexStatus status;

    ApiController(
            SectionSearcher searcher, SectionReader reader, DocumentComparer documentComparer, IndexStatus status) {
        this.searcher = searcher;
        this.reader = reader;
        this.comparer = new VersionComparer(reader);
        this.documentComparer = documentComparer;
        this.status = status;
    }

    void search(Context ctx) {
        ctx.json(searcher.search(SearchParams.from(ctx), ctx.ip()));
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

    /** {@code /api/documents/{id}/compare/{other}}: the model the page {@code /d/{id}/compare/{other}} shows. */
    void documentComparison(Context ctx) {
        String id = pathParam(ctx);
        String other = pathParam(ctx, "other");
        ctx.json(documentComparer
                .compare(id, other)
                .orElseThrow(() -> new NotFoundResponse("document " + id + " or " + other)));
    }

    private static String pathParam(Context ctx) {
        return pathParam(ctx, "id");
    }

    /** Javalin decodes path parameters lazily and throws on a broken escape such as {@code %uD83D}: that is a 400. */
    private static String pathParam(Context ctx, String name) {
        try {
            return ctx.pathParam(name);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(ErrorCode.INVALID_ENCODING);
        }
    }

    /** The live index, how it was built, its size and the cluster's health. */
    void status(Context ctx) {
        try {
            ctx.json(status.status());
        } catch (IOException | RuntimeException e) {
            if (Outage.is(e)) {
                throw new SearchUnavailableException("status unavailable: " + e.getMessage(), e);
            }
            throw new IllegalStateException("reading the status failed", e);
        }
    }
}
