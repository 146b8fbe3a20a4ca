package jp.policysearch.corpus;

import java.util.List;

/**
 * A document's text as read from its file: lines, and for a PDF where each page starts.
 *
 * @param lines      the text's lines without terminators; line {@code n} is {@code lines.get(n - 1)}
 * @param pageStarts for a PDF, the 1-based line number at which each page starts ({@code pageStarts.get(p - 1)}
 *                   for page {@code p}; a page without text starts where the next one does); empty for text files
 * @param format     {@code pdf}, {@code markdown} or {@code text}
 * @param encoding   the character set a text file was decoded with ({@code UTF-8}, {@code windows-31j},
 *                   {@code EUC-JP}); null for a PDF
 */
public record DocumentText(List<String> lines, List<Integer> pageStarts, String format, String encoding) {

    public DocumentText {
        lines = List.copyOf(lines);
        pageStarts = List.copyOf(pageStarts);
    }

    /** True when the text comes with page boundaries (a PDF). */
    public boolean paged() {
        return !pageStarts.isEmpty();
    }

    /** The 1-based page that 1-based {@code line} is on, or 0 when the text has no pages. */
    public int pageOf(int line) {
        return Pages.pageOf(pageStarts, line);
    }
}
