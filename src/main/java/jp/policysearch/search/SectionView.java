package jp.policysearch.search;

import java.util.List;
import jp.policysearch.search.SearchResult.DocumentRef;
import jp.policysearch.search.SearchResult.OtherVersion;

/**
 * One section as its permalink page and {@code /api/sections/{id}} show it.
 *
 * @param pageFirst the first page its citation gives (see {@code PageRange}), or null; {@code pageLast} likewise
 * @param pdfUrl    the original PDF opened at the page the section starts on ({@code /d/ID/file.pdf#page=N}), or
 *                  null where the document was not added as a PDF
 */
public record SectionView(
        String id,
        String url,
        String title,
        List<String> breadcrumb,
        DocumentRef document,
        List<String> areas,
        List<String> ministries,
        int year,
        String card,
        String phase,
        String text,
        List<PassageView> passages,
        List<String> notes,
        SourceView source,
        SectionLink prev,
        SectionLink next,
        List<OtherVersion> otherVersions,
        Integer pageFirst,
        Integer pageLast,
        String pdfUrl) {

    /** A section without page numbers, from a source that is not a PDF. */
    public SectionView(
            String id,
            String url,
            String title,
            List<String> breadcrumb,
            DocumentRef document,
            List<String> areas,
            List<String> ministries,
            int year,
            String card,
            String phase,
            String text,
            List<PassageView> passages,
            List<String> notes,
            SourceView source,
            SectionLink prev,
            SectionLink next,
            List<OtherVersion> otherVersions) {
        this(
                id,
                url,
                title,
                breadcrumb,
                document,
                areas,
                ministries,
                year,
                card,
                phase,
                text,
                passages,
                notes,
                source,
                prev,
                next,
                otherVersions,
                null,
                null,
                null);
    }

    public record PassageView(String anchor, String alias, String heading, String text) {}

    public record SourceView(String file, int lineStart, int lineEnd) {}

    /** A neighbour in document order. */
    public record SectionLink(String id, String url, String title) {}
}
