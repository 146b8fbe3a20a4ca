package jp.policysearch.corpus;

import java.util.List;

/**
 * A document as read from the corpus: its manifest entry and its lines.
 *
 * @param info  the manifest entry
 * @param lines the file's lines without terminators; line {@code n} of the file is {@code lines.get(n - 1)}
 */
public record CorpusDocument(DocumentInfo info, List<String> lines) {

    public CorpusDocument {
        lines = List.copyOf(lines);
    }
}
