package jp.policysearch.search;

/** Elasticsearch cannot answer (unreachable, timed out, or no index yet): the service says 503. */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
