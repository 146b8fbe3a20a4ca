package jp.policysearch.web;

/**
 * Reads {@code {id}/compare/{other}} from the tail of a section path. Section ids hold slashes but never a part
 * named {@code compare} (they are built from card numbers, phases, slide and heading numbers).
 */
final class ComparePath {

    static final String MARK = "/compare/";

    private ComparePath() {}

    /** The two ids, or null when the path names one section. */
    static String[] split(String path) {
        int at = path.indexOf(MARK);
        if (at <= 0 || at + MARK.length() >= path.length()) {
            return null;
        }
        return new String[] {path.substring(0, at), path.substring(at + MARK.length())};
    }

    /** The comparison page of two sections. */
    static String section(String id, String other) {
        return "/s/" + id + MARK + other;
    }

    /** The comparison page of two documents. */
    static String document(String id, String other) {
        return "/d/" + id + MARK + other;
    }

    /** The same comparison of two documents as JSON. */
    static String documentApi(String id, String other) {
        return "/api/documents/" + id + MARK + other;
    }
}
