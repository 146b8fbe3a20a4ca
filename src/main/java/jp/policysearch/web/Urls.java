package jp.policysearch.web;

import jp.policysearch.search.Links;

/** The product's stable, readable URLs. Section ids are ASCII with {@code /} between parts, kept as they are. */
public final class Urls {

    /** This scheme, for the search layer's results. */
    public static final Links LINKS = new Links() {
        @Override
        public String section(String id) {
            return Urls.section(id);
        }

        @Override
        public String comparison(String id, String otherId) {
            return ComparePath.section(id, otherId);
        }

        @Override
        public String document(String id) {
            return Urls.document(id);
        }

        @Override
        public String pdfPage(String docId, int page) {
            return Urls.pdfPage(docId, page);
        }
    };

    private Urls() {}

    public static String section(String id) {
        return "/s/" + id;
    }

    public static String document(String id) {
        return "/d/" + id;
    }

    /** The original PDF of a document opened at {@code page} (1-based; PDF viewers read {@code #page=}). */
    public static String pdfPage(String docId, int page) {
        return document(docId) + "/file.pdf#page=" + page;
    }
}
