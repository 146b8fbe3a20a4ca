package jp.policysearch.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Renders the JTE templates (compiled to classes at build time, so no compiler at run time), sets the page CSP and
 * names the page's canonical URL (a {@code <link rel="canonical">} in the head, absolute from
 * {@code PUBLIC_BASE_URL}). It is also the {@link ErrorPage}: errors on pages are pages too.
 */
final class PageRenderer implements ErrorPage {

    /** No inline script or style anywhere, so no nonce is needed: everything comes from /static. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** Parameters that only mark or page the same content: the canonical URL leaves them out. */
    private static final List<String> NOT_CANONICAL = List.of("q");

    private static final Set<String> SEARCH_PAGES = Set.of("/", "/search");

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    private final Supplier<String> base;

    PageRenderer(Supplier<String> base) {
        this.base = base;
    }

    void render(Context ctx, String template, Object model) {
        StringOutput out = new StringOutput(16 * 1024);
        engine.render(template, model, out);
        String html = out.toString();
        if (ctx.statusCode() == 200) {
            int head = html.indexOf("</head>");
            if (head > 0) {
                html = html.substring(0, head) + "<link rel=\"canonical\" href=\"" + Html.escape(canonical(ctx))
                        + "\">\n" + html.substring(head);
            }
        }
        ctx.header("Content-Security-Policy", CSP);
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    /**
     * The page's one URL: the path (already canonical, see {@link HttpRules}) with the query as given on searches,
     * and without the marking parameter {@code q} on pages that only highlight with it.
     */
    String canonical(Context ctx) {
        String path = ctx.path();
        String query = ctx.queryString();
        if (query != null && !SEARCH_PAGES.contains(path)) {
            query = String.join(
                    "&",
                    Arrays.stream(query.split("&"))
                            .filter(p -> !NOT_CANONICAL.contains(p.contains("=") ? p.substring(0, p.indexOf('=')) : p))
                            .toList());
        }
        return base.get() + path + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    @Override
    public void render(Context ctx, int status, String message) {
        String q;
        try {
            q = ctx.queryParam("q");
        } catch (RuntimeException e) {
            q = null;
        }
        ctx.status(status);
        render(ctx, "error.jte", new ErrorView(status, ErrorView.titleFor(status), message, q == null ? "" : q));
    }
}
