package jp.policysearch.corpus;

/** Picks a new document's kind from its structure (implemented by the section package, which knows the parsers). */
public interface KindDetector {

    /** The kind and the Japanese reason shown to users (「構成から推定：…」). */
    record Detected(DocumentKind kind, String reason) {}

    /**
     * @param draft the document's metadata as inferred so far (its kind is a placeholder)
     * @param text  its text
     */
    Detected detect(DocumentInfo draft, DocumentText text);
}
