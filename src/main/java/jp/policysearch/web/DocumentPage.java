package jp.policysearch.web;

import java.util.List;
import jp.policysearch.search.DocumentView;

/** The document page: metadata and the table of contents as a tree (areas › cards › phases, chapters › slides). */
public record DocumentPage(
        DocumentView document,
        String date,
        String ministries,
        String kind,
        String browseUrl,
        List<TocNode> toc,
        List<SearchPage.Link> comparisons) {

    /**
     * A group (children, no url; {@code anchor} is its fragment id, null where the group was listed before) or a
     * section (url, no children).
     */
    public record TocNode(String label, String anchor, String url, List<TocNode> children) {
        public boolean group() {
            return url == null;
        }
    }
}
