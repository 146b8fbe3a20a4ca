package jp.policysearch.corpus;

import java.util.List;

/**
 * A document as read from the corpus: its manifest entry and its lines.
 *
 * @param info       the manifest entry
 * @param lines      the file's lines without terminators; line {@code n} of the file is {@code lines.get(n - 1)}
 * @param pageStarts for a PDF, the 1-based line at which each page starts (see {@link DocumentText}); else empty
 */
public record CorpusDocument(DocumentInfo info, List<String> lines, List<Integer> pageStarts) {

    public CorpusDocument {
        lines = List.copyOf(lines);
        pageStarts = List.copyOf(pageStarts);
    }

    /** A document without pages (a text file). */
    public CorpusDocument(DocumentInfo info, List<String> lines) {
        this(info, lines, List.of());
    }

    /** The 1-based page that 1-based {@code line} is on, or 0 when the document has no pages. */
    public int pageOf(int line) {
        return Pages.pageOf(pageStarts, line);
    }
}
