package jp.policysearch.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * First step of the flow: reads the manifest and every document it lists from {@code corpus/}: PDFs page by page,
 * text in UTF-8, Shift_JIS or EUC-JP ({@link DocumentReader}). A document that is missing or unreadable becomes a
 * problem; the other documents are still read.
 */
public final class CorpusReader {

    private final ManifestReader manifestReader = new ManifestReader();

    public Corpus read(Path corpusDir) {
        ManifestReader.Result manifest = manifestReader.read(corpusDir.resolve(ManifestReader.MANIFEST));
        List<CorpusProblem> problems = new ArrayList<>(manifest.problems());
        List<CorpusDocument> documents = new ArrayList<>();
        for (int i = 0; i < manifest.entries().size(); i++) {
            DocumentInfo info = manifest.entries().get(i);
            Path file = corpusDir.resolve(info.file());
            if (!Files.isRegularFile(file)) {
                problems.add(new CorpusProblem(
                        ManifestReader.MANIFEST,
                        manifest.lines().get(i),
                        "entry '" + info.id() + "': file '" + info.file() + "' not found in " + corpusDir));
                continue;
            }
            try {
                DocumentText text = DocumentReader.read(file);
                documents.add(new CorpusDocument(info, text.lines(), text.pageStarts()));
            } catch (CorpusException e) {
                problems.addAll(e.problems());
            }
        }
        return new Corpus(manifest.entries(), documents, problems);
    }

    /** The file's lines, read as {@link DocumentReader} does (PDF, or text in a detected encoding). */
    public static List<String> readLines(Path file) {
        return DocumentReader.read(file).lines();
    }
}
