package jp.policysearch.search;

/** A heavy search refused because as many heavy searches as allowed already run: the service says 429. */
public class SearchBusyException extends RuntimeException {

    public SearchBusyException(String message) {
        super(message);
    }
}
