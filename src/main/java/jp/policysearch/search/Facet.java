package jp.policysearch.search;

/** The facets users filter by: request parameter name and index field. */
public enum Facet {
    MINISTRY("ministry", "ministries"),
    AREA("area", "areas"),
    YEAR("year", "year"),
    PHASE("phase", "phase"),
    DOC("doc", "doc"),
    /** 変更あり / 変更なし: whether another version of the section differs (sections without versions have neither). */
    CHANGE("change", "version_change");

    private final String param;
    private final String field;

    Facet(String param, String field) {
        this.param = param;
        this.field = field;
    }

    public String param() {
        return param;
    }

    public String field() {
        return field;
    }
}
