package jp.policysearch.section;

/**
 * The pages a citation of a section gives: the PDF page (1-based) for a PDF, the page or slide number the source
 * prints for a text source. Indexed as {@code page_first} / {@code page_last}.
 *
 * @param first first page, at least 1
 * @param last  last page, at least {@code first}
 */
public record PageRange(int first, int last) {

    public PageRange {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("bad page range " + first + "-" + last);
        }
    }

    public static PageRange of(int page) {
        return new PageRange(page, page);
    }
}
