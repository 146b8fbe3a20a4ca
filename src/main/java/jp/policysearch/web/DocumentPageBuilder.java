package jp.policysearch.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import jp.policysearch.search.DocumentComparer;
import jp.policysearch.search.DocumentView;
import jp.policysearch.search.Facet;

/**
 * Builds the document page's table of contents from the sections' breadcrumbs: each breadcrumb step between the
 * document and the section becomes a group, so roadmaps read areas › cards › phases and decks chapters › slides.
 */
final class DocumentPageBuilder {

    private static final Pattern CARD = Pattern.compile("^[^/]+/c(\\d+)/");

    /** @param related the documents that share sections with this one (other versions) */
    DocumentPage build(DocumentView doc, List<DocumentComparer.Related> related) {
        Group root = new Group("", List.of());
        for (DocumentView.Entry e : doc.sections()) {
            List<String> crumbs = e.breadcrumb();
            List<String> path = crumbs.size() > 2 ? crumbs.subList(1, crumbs.size() - 1) : List.of();
            Group at = root;
            for (int i = 0; i < path.size(); i++) {
                String label = i == path.size() - 1 ? numbered(path.get(i), e.id()) : path.get(i);
                at = at.child(label, path.subList(0, i + 1));
            }
            String label = crumbs.isEmpty() ? e.title() : crumbs.get(crumbs.size() - 1);
            at.children.add(new DocumentPage.TocNode(label, null, e.url(), List.of()));
        }
        return new DocumentPage(
                doc,
                Labels.date(doc.date(), doc.year()),
                Labels.ministries(doc.ministries()),
                Labels.kind(doc.kind()),
                SearchLinks.filtered(Facet.DOC, doc.id()),
                root.toc(new HashSet<>()),
                related.stream()
                        .map(r -> new SearchPage.Link(
                                r.title() + "と比較（共通の節 " + r.sharedSections() + "件）",
                                ComparePath.document(doc.id(), r.id())))
                        .toList());
    }

    /**
     * A roadmap card's label with the card's own number, as the document prints it (「3. クラウド・データセンター」 for
     * {@code …/c03/goal}); other labels as they are.
     */
    static String numbered(String label, String sectionId) {
        Matcher m = CARD.matcher(sectionId);
        return m.find() && !label.isEmpty() && !Character.isDigit(label.charAt(0))
                ? Integer.parseInt(m.group(1)) + ". " + label
                : label;
    }

    /** A stable fragment id for a group, the same wherever it is computed (the section page links to it). */
    static String groupId(List<String> path) {
        CRC32 crc = new CRC32();
        crc.update(String.join("\u001f", path).getBytes(StandardCharsets.UTF_8));
        return "g-" + Long.toHexString(crc.getValue());
    }

    /** A mutable group while the tree is built. */
    private static final class Group {
        final String label;
        final List<String> path;
        final List<Object> children = new ArrayList<>();

        Group(String label, List<String> path) {
            this.label = label;
            this.path = path;
        }

        Group child(String childLabel, List<String> childPath) {
            if (!children.isEmpty()
                    && children.get(children.size() - 1) instanceof Group g
                    && g.label.equals(childLabel)) {
                return g;
            }
            Group g = new Group(childLabel, List.copyOf(childPath));
            children.add(g);
            return g;
        }

        /**
         * A group that comes back after other entries (its sections are not contiguous) is listed again where it
         * comes back, in order; only its first occurrence carries the fragment id, so ids stay unique.
         */
        List<DocumentPage.TocNode> toc(Set<String> ids) {
            List<DocumentPage.TocNode> out = new ArrayList<>();
            for (Object c : children) {
                if (c instanceof Group g) {
                    String id = groupId(g.path);
                    out.add(new DocumentPage.TocNode(g.label, ids.add(id) ? id : null, null, g.toc(ids)));
                } else {
                    out.add((DocumentPage.TocNode) c);
                }
            }
            return out;
        }
    }
}
