package jp.policysearch.index;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.policysearch.Config;
import jp.policysearch.corpus.CorpusException;
import jp.policysearch.corpus.DocumentInfo;
import jp.policysearch.corpus.DocumentIntake;
import jp.policysearch.corpus.DocumentKind;
import jp.policysearch.corpus.DocumentReader;
import jp.policysearch.corpus.DocumentText;
import jp.policysearch.corpus.IntakeOverrides;
import jp.policysearch.section.DocumentParsers;

/** The add flow's side of {@link DocumentIntake}: a request becomes text and a manifest entry. */
final class DocumentIntakeAdapter {

    /** A file read for adding. */
    record Read(DocumentInfo info, DocumentText text) {}

    private final Config config;

    DocumentIntakeAdapter(Config config) {
        this.config = config;
    }

    Read read(CorpusUpdater.Request request) {
        Path file = request.file();
        String name = CorpusUpdater.name(file);
        if (!Files.isRegularFile(file)) {
            throw new CorpusException(
                    name, 0, "not found (" + file + "); give the path of a PDF, text or Markdown file");
        }
        DocumentKind kind = null;
        if (request.kind() != null) {
            try {
                kind = DocumentKind.fromLabel(request.kind());
            } catch (IllegalArgumentException e) {
                throw new CorpusException(name, 0, e.getMessage());
            }
        }
        DocumentIntake intake = DocumentParsers.intake(config.rulesDir());
        DocumentIntake.Intake read = intake.read(
                file, new IntakeOverrides(request.id(), request.title(), request.issuers(), request.date(), kind));
        return new Read(read.info(), read.text());
    }

    /** The text of a document already in the corpus. */
    DocumentText text(DocumentInfo info) {
        return DocumentReader.read(config.corpusDir().resolve(info.file()));
    }
}
