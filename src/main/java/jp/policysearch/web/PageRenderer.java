package jp.policysearch.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * Renders the JTE templates (compiled to classes at build time, so no compiler at run time) and sets the security
 * headers every HTML response carries. It is also the {@link ErrorPage}: errors on pages are pages too.
 */
final class PageRenderer implements ErrorPage {

    /** No inline script or style anywhere, so no nonce is needed: everything comes from /static. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    void render(Context ctx, String template, Object model) {
        StringOutput out = new StringOutput(16 * 1024);
        engine.render(template, model, out);
        securityHeaders(ctx);
        ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }

    static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
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
