package jp.policysearch.section;

/**
 * The pages a citation of a section gives: the PDF page (1-based) for a PDF, the page or slide number the source
 * prints for a text source or a slide deck. Indexed as {@code page_first} / {@code page_last}.
 *
 * @param first   first page, at least 1
 * @param last    last page, at least {@code first}
 * @param pdfPage for a PDF source, the 1-based page of the file the section starts on (where a link to the original
 *                opens it, {@code …pdf#page=N}; a slide's printed number may differ); null for other sources.
 *                Indexed as {@code pdf_page}
 */
public record PageRange(int first, int last, Integer pdfPage) {

    public PageRange {
        if (first < 1 || last < first || pdfPage != null && pdfPage < 1) {
            throw new IllegalArgumentException("bad page range " + first + "-" + last + " (PDF page " + pdfPage + ")");
        }
    }

    /** Pages of a source that is not a PDF. */
    public PageRange(int first, int last) {
        this(first, last, null);
    }

    public static PageRange of(int page) {
        return new PageRange(page, page);
    }

    /** These pages, starting on page {@code page} of the PDF file. */
    public PageRange inPdf(int page) {
        return new PageRange(first, last, page);
    }
}
