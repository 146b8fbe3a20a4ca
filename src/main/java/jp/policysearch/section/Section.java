package jp.policysearch.section;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A citable unit of a document (a roadmap card phase, a slide, a report heading block): what is indexed,
 * searched, linked and cited.
 *
 * @param id         stable ASCII id derived from the document's structure, e.g. {@code roadmap-2026/c08/policy}
 * @param doc        the document id
 * @param title      the section's own title (card title + phase, slide title, heading)
 * @param breadcrumb document › area › card › phase, or document › chapter › slide
 * @param areas      strategic fields (the 17 names; {@code 未分類} for none, {@code 分野横断} where the source says
 *                   cross-cutting)
 * @param card       roadmap card title, null elsewhere
 * @param cardKey    groups the same card across documents, null for non-cards
 * @param phase      目標, 道筋, 政策手段, 方向性 or 未来社会 for roadmap cards, null elsewhere
 * @param ministries issuing bodies of the document
 * @param year       the document's year
 * @param date       the document's date where known, else null
 * @param text       clean text for display and search: the passages' texts joined by blank lines
 * @param passages   anchored blocks inside the section
 * @param notes      footnote bodies and sources
 * @param source     where in the file the section was read from
 * @param order      0-based position in the document
 * @param groupKey   equal for sections that are versions of one another (same card in two documents, 再掲 slides,
 *                   near-identical passages); otherwise the section's own id
 * @param reprint    true when the section repeats an earlier one (再掲 or near-identical)
 * @param mentioned  bodies mentioned in the text (not the issuing ministries)
 * @param pages      the pages the section spans (PDF pages for a PDF), null where the source has none; indexed as
 *                   {@code page_first}, {@code page_last} and {@code pdf_page}
 */
public record Section(
        String id,
        String doc,
        String title,
        List<String> breadcrumb,
        List<String> areas,
        String card,
        String cardKey,
        String phase,
        List<String> ministries,
        int year,
        String date,
        String text,
        List<Passage> passages,
        List<String> notes,
        SourceRef source,
        int order,
        String groupKey,
        boolean reprint,
        List<String> mentioned,
        @JsonIgnore PageRange pages) {

    /** A section without pages (a text source that prints none). */
    public Section(
            String id,
            String doc,
            String title,
            List<String> breadcrumb,
            List<String> areas,
            String card,
            String cardKey,
            String phase,
            List<String> ministries,
            int year,
            String date,
            String text,
            List<Passage> passages,
            List<String> notes,
            SourceRef source,
            int order,
            String groupKey,
            boolean reprint,
            List<String> mentioned) {
        this(
                id,
                doc,
                title,
                breadcrumb,
                areas,
                card,
                cardKey,
                phase,
                ministries,
                year,
                date,
                text,
                passages,
                notes,
                source,
                order,
                groupKey,
                reprint,
                mentioned,
                null);
    }

    /** This section with its pages set. */
    public Section withPages(PageRange range) {
        return copy(groupKey, reprint, range);
    }

    /** This section with the group key and 再掲 mark that grouping across documents gave it. */
    public Section grouped(String key, boolean repeats) {
        return copy(key, repeats, pages);
    }

    private Section copy(String key, boolean repeats, PageRange range) {
        return new Section(
                id,
                doc,
                title,
                breadcrumb,
                areas,
                card,
                cardKey,
                phase,
                ministries,
                year,
                date,
                text,
                passages,
                notes,
                source,
                order,
                key,
                repeats,
                mentioned,
                range);
    }

    @JsonProperty("page_first")
    Integer pageFirst() {
        return pages == null ? null : pages.first();
    }

    @JsonProperty("page_last")
    Integer pageLast() {
        return pages == null ? null : pages.last();
    }

    @JsonProperty("pdf_page")
    Integer pdfPage() {
        return pages == null ? null : pages.pdfPage();
    }
}
