package jp.policysearch.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

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
        List<CorpusDocument> documents;
        try (Stream<CorpusDocument> read = documents(corpusDir, manifest, problems)) {
            documents = read.toList();
        }
        return new Corpus(manifest.entries(), documents, problems);
    }

    /**
     * The manifest's documents, each read only when the stream reaches it, so that a caller that handles one at a
     * time holds one document's text, not the corpus's. A file that is missing or unreadable is added to
     * {@code problems} when the stream passes it, and skipped.
     */
    public Stream<CorpusDocument> documents(
            Path corpusDir, ManifestReader.Result manifest, List<CorpusProblem> problems) {
        return IntStream.range(0, manifest.entries().size())
                .mapToObj(i -> document(corpusDir, manifest, i, problems))
                .filter(Objects::nonNull);
    }

    private static CorpusDocument document(
            Path corpusDir, ManifestReader.Result manifest, int i, List<CorpusProblem> problems) {
        DocumentInfo info = manifest.entries().get(i);
        Path file = corpusDir.resolve(info.file());
        if (!Files.isRegularFile(file)) {
            problems.add(new CorpusProblem(
                    ManifestReader.MANIFEST,
                    manifest.lines().get(i),
                    "entry '" + info.id() + "': file '" + info.file() + "' not found in " + corpusDir));
            return null;
        }
        try {
            DocumentText text = DocumentReader.read(file);
            return new CorpusDocument(info, text.lines(), text.pageStarts());
        } catch (CorpusException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** The file's lines, read as {@link DocumentReader} does (PDF, or text in a detected encoding). */
    public static List<String> readLines(Path file) {
        return DocumentReader.read(file).lines();
    }
}
