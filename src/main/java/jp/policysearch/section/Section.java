package jp.policysearch.section;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import jp.policysearch.corpus.DocumentInfo;

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
// the derived page fields are found by reflection, whose order varies from run to run: named here, so that
// `sections` prints the same bytes every time
@JsonPropertyOrder({
    "id",
    "doc",
    "title",
    "breadcrumb",
    "areas",
    "card",
    "card_key",
    "phase",
    "ministries",
    "year",
    "date",
    "text",
    "passages",
    "notes",
    "source",
    "order",
    "group_key",
    "reprint",
    "mentioned",
    "pdf_page",
    "page_first",
    "page_last"
})
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

    /**
     * A section of {@code doc} as a parser reads it: its own group, not a reprint, no card; {@link SectionParser}
     * fills in the bodies it mentions.
     */
    public static Section of(
            DocumentInfo doc,
            String id,
            String title,
            List<String> breadcrumb,
            List<String> areas,
            String text,
            List<Passage> passages,
            List<String> notes,
            SourceRef source,
            int order) {
        return ofCard(doc, id, title, breadcrumb, areas, null, null, null, text, passages, notes, source, order);
    }

    /** The breadcrumb of a section titled {@code title} under {@code parents} (chapters, parts) of {@code doc}. */
    public static List<String> breadcrumb(DocumentInfo doc, List<String> parents, String title) {
        List<String> crumb = new ArrayList<>(parents.size() + 2);
        crumb.add(doc.title());
        crumb.addAll(parents);
        crumb.add(title);
        return List.copyOf(crumb);
    }

    /** A section of a roadmap card ({@code card}, {@code cardKey}, {@code phase}), as {@link #of} otherwise. */
    public static Section ofCard(
            DocumentInfo doc,
            String id,
            String title,
            List<String> breadcrumb,
            List<String> areas,
            String card,
            String cardKey,
            String phase,
            String text,
            List<Passage> passages,
            List<String> notes,
            SourceRef source,
            int order) {
        return new Section(
                id,
                doc.id(),
                title,
                List.copyOf(breadcrumb),
                areas,
                card,
                cardKey,
                phase,
                doc.ministries(),
                doc.year(),
                doc.date(),
                text,
                passages,
                notes,
                source,
                order,
                id,
                false,
                List.of());
    }

    /** This section with its pages set. */
    public Section withPages(PageRange range) {
        return copy(title, breadcrumb, passages, groupKey, reprint, mentioned, range);
    }

    /** This section with the group key and 再掲 mark that grouping across documents gave it. */
    public Section grouped(String key, boolean repeats) {
        return copy(title, breadcrumb, passages, key, repeats, mentioned, pages);
    }

    /** This section under another title (the last part of its breadcrumb too). */
    public Section retitled(String newTitle) {
        List<String> crumb = new ArrayList<>(breadcrumb);
        crumb.set(crumb.size() - 1, newTitle);
        return copy(newTitle, List.copyOf(crumb), passages, groupKey, reprint, mentioned, pages);
    }

    /** This section with its passages anchored and the bodies it mentions found. */
    public Section finished(List<Passage> anchored, List<String> found) {
        return copy(title, breadcrumb, anchored, groupKey, reprint, found, pages);
    }

    private Section copy(
            String newTitle,
            List<String> newBreadcrumb,
            List<Passage> newPassages,
            String key,
            boolean repeats,
            List<String> newMentioned,
            PageRange range) {
        return new Section(
                id,
                doc,
                newTitle,
                newBreadcrumb,
                areas,
                card,
                cardKey,
                phase,
                ministries,
                year,
                date,
                text,
                newPassages,
                notes,
                source,
                order,
                key,
                repeats,
                newMentioned,
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
