package jp.policysearch.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The hand-written OpenAPI 3.1 description of the JSON API ({@code openapi.json} next to this class). */
final class OpenApi {

    static final String RESOURCE = "openapi.json";

    private OpenApi() {}

    static byte[] load() {
        try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + RESOURCE + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
