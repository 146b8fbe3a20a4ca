package jp.policysearch.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeoutException;
import jp.policysearch.es.Outage;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;

/**
 * The one mapping of Elasticsearch failures for reading the index: no index (404), no connection or no answer in
 * time becomes {@link SearchUnavailableException} (503); anything else (a request Elasticsearch rejects, an answer
 * that cannot be read, a bug) stays an internal error (500), so a bug never looks like an outage. A search that
 * Elasticsearch stopped at its timeout is unavailable too: its hits are partial.
 */
final class EsCalls {

    /** A call to the client. */
    interface Call<T> {
        T call() throws IOException;
    }

    private EsCalls() {}

    static <T> T run(String alias, Call<T> call) {
        T result;
        try {
            result = call.call();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                throw new SearchUnavailableException("the search index '" + alias + "' does not exist", e);
            }
            if (Outage.is(e)) {
                throw new SearchUnavailableException(
                        "Elasticsearch is overloaded or unavailable: " + e.getMessage(), e);
            }
            throw new IllegalStateException("Elasticsearch rejected a request: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            if (Outage.is(e)) {
                throw new SearchUnavailableException(
                        timedOut(e)
                                ? "Elasticsearch did not answer within the deadline (ES_TIMEOUT_MS)"
                                : "Elasticsearch cannot be reached: " + e,
                        e);
            }
            throw new IllegalStateException("a call to Elasticsearch failed: " + e, e);
        }
        if (result instanceof SearchResponse<?> response && response.timedOut()) {
            // partial hits and counts would be shown as if complete (a section as missing): say the service is busy
            throw new SearchUnavailableException("Elasticsearch stopped the search at its timeout", null);
        }
        return result;
    }

    /**
     * True when the request reached Elasticsearch (or waited for a pooled connection) and ran out of time, as opposed
     * to a connection that could not be made. The client's timeout exceptions carry only the duration as their
     * message ({@code 1500000000 NANOSECONDS}), so the log names the deadline instead.
     */
    static boolean timedOut(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof ConnectTimeoutException) {
                return false;
            }
            if (t instanceof SocketTimeoutException
                    || t instanceof TimeoutException
                    || t instanceof ConnectionRequestTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
