package jp.policysearch.index;

/** Indexing failed; the alias still points at the old index and the half-built one is gone. */
public class IndexingException extends RuntimeException {

    public IndexingException(String message) {
        super(message);
    }

    public IndexingException(String message, Throwable cause) {
        super(message, cause);
    }
}
