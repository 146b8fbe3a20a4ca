package jp.policysearch.web;

import io.javalin.http.Context;

/** Renders an error for people (HTML) where the API would answer JSON. */
@FunctionalInterface
interface ErrorPage {
    void render(Context ctx, int status, String message);
}
