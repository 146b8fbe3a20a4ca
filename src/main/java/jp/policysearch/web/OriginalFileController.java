package jp.policysearch.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import jp.policysearch.corpus.DocumentInfo;
import jp.policysearch.corpus.ManifestReader;

/**
 * {@code /d/{id}/file.pdf}: the original PDF of a document added as a PDF, so that a section links to its page
 * ({@code …/file.pdf#page=12}). Only files the manifest names are served; anything else is 404.
 */
final class OriginalFileController {

    private final Path corpusDir;

    OriginalFileController(Path corpusDir) {
        this.corpusDir = corpusDir;
    }

    void pdf(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        DocumentInfo info = new ManifestReader()
                .read(corpusDir.resolve(ManifestReader.MANIFEST)).entries().stream()
                        .filter(e -> e.id().equals(id))
                        .findFirst()
                        .orElseThrow(() -> new NotFoundResponse("document " + id));
        Path file = corpusDir.resolve(info.file());
        if (!info.file().toLowerCase(Locale.ROOT).endsWith(".pdf") || !Files.isRegularFile(file)) {
            throw new NotFoundResponse("no PDF for document " + id);
        }
        ctx.contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + id + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "max-age=300");
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(ctx.outputStream());
        }
    }
}
