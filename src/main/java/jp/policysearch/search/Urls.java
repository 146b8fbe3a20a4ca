package jp.policysearch.search;

/** The product's stable, readable URLs. Section ids are ASCII with {@code /} between parts, kept as they are. */
public final class Urls {

    private Urls() {}

    public static String section(String id) {
        return "/s/" + id;
    }

    public static String document(String id) {
        return "/d/" + id;
    }
}
