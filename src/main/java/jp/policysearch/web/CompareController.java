package jp.policysearch.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import jp.policysearch.search.DocumentComparer;
import jp.policysearch.search.VersionComparer;

/**
 * The comparison pages: {@code /s/{id}/compare/{other}} for two versions of a section,
 * {@code /d/{id}/compare/{other}}.
 */
final class CompareController {

    private final VersionComparer sections;
    private final DocumentComparer documents;
    private final PageRenderer renderer;
    private final ComparePageBuilder pages = new ComparePageBuilder();

    CompareController(VersionComparer sections, DocumentComparer documents, PageRenderer renderer) {
        this.sections = sections;
        this.documents = documents;
        this.renderer = renderer;
    }

    /** @param pair the two section ids ({@link ComparePath#split}) */
    void section(Context ctx, String[] pair) {
        var comparison = sections.compare(pair[0], pair[1])
                .orElseThrow(() -> new NotFoundResponse("section " + pair[0] + " or " + pair[1]));
        renderer.render(ctx, "compare.jte", pages.section(comparison));
    }

    void document(Context ctx) {
        String id = ctx.pathParam("id");
        String other = ctx.pathParam("other");
        var comparison =
                documents.compare(id, other).orElseThrow(() -> new NotFoundResponse("document " + id + " or " + other));
        renderer.render(ctx, "document_compare.jte", pages.document(comparison));
    }
}
