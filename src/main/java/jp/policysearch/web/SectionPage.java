package jp.policysearch.web;

import java.util.List;
import jp.policysearch.search.SectionView;

/**
 * What the section page shows: the section, its links built, passages marked where a search led here.
 *
 * @param pages  the pages its citation gives ({@code p.12}, {@code pp.3–4}), or null where the source has none
 * @param pdfUrl the original PDF at the section's page, or null where the document was not added as a PDF
 */
public record SectionPage(
        SectionView section,
        String q,
        List<String> markedTerms,
        List<Crumb> breadcrumb,
        String date,
        String ministries,
        List<Block> passages,
        String permalink,
        String citation,
        String cslUrl,
        String bibUrl,
        SearchPage.Link prev,
        SearchPage.Link next,
        List<Version> otherVersions,
        List<SearchPage.Link> areas,
        String unmarkedUrl,
        List<String> inferred,
        String pages,
        String pdfUrl) {

    /** Another version of the section: its page and the comparison of this section with it. */
    public record Version(String label, String url, String compareUrl) {}

    /** A breadcrumb step; {@code url} is null for the current page. */
    public record Crumb(String label, String url) {}

    /**
     * A passage: its anchor (the element id), the positional anchor it had when indexed (an empty element with that
     * id sits at the passage's start, so old {@code #p5} links land on it; null for none), heading and text as
     * escaped, marked HTML.
     */
    public record Block(String anchor, String alias, TrustedHtml heading, TrustedHtml text) {}
}
