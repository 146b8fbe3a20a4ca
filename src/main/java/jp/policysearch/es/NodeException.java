package jp.policysearch.es;

/** The local node could not be prepared, started or stopped; the message says why and what to do. */
public class NodeException extends RuntimeException {

    public NodeException(String message) {
        super(message);
    }

    public NodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
