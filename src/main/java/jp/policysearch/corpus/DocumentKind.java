package jp.policysearch.corpus;

/**
 * The document kinds the section parsers know; a new document of a known kind needs only a manifest entry. The
 * generic kind takes any other layout: sections from the document's own headings, no rules per document.
 */
public enum DocumentKind {
    ROADMAP("roadmap"),
    SLIDE_DECK("slide-deck"),
    REPORT("report"),
    GENERIC("generic");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static DocumentKind fromLabel(String label) {
        for (DocumentKind kind : values()) {
            if (kind.label.equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(
                "unknown document kind '" + label + "' (expected roadmap, slide-deck, report or generic)");
    }
}
