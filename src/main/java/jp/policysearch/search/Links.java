package jp.policysearch.search;

/**
 * The URLs results link to. The web layer owns the URL scheme ({@code web.Urls}) and hands it in, so the search
 * layer formats no URL itself.
 */
public interface Links {

    /** The page of section {@code id}. */
    String section(String id);

    /** The comparison page of section {@code id} and its other version {@code otherId}. */
    String comparison(String id, String otherId);

    /** The page of document {@code id}. */
    String document(String id);

    /** The original PDF of document {@code docId} opened at {@code page} (1-based). */
    String pdfPage(String docId, int page);
}
