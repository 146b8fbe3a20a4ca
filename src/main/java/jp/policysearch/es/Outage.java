package jp.policysearch.es;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeoutException;
import org.apache.hc.core5.http.ConnectionClosedException;

/**
 * Tells an outage of Elasticsearch from a bug: only "cannot connect" (refused, closed, no route) and "timed out",
 * plus Elasticsearch itself saying it is overloaded or unavailable (429, 502–504), are an outage, which the service
 * answers with 503 and Retry-After. Everything else (a request Elasticsearch rejects, an answer we cannot read, an
 * exception in our code) is a bug and a 500, so monitors never mistake a programming error for an outage.
 */
public final class Outage {

    private Outage() {}

    /** True when {@code failure} means Elasticsearch could not be reached or did not answer in time. */
    public static boolean is(Throwable failure) {
        int status = status(failure);
        if (status == 429 || status == 502 || status == 503 || status == 504) {
            return true;
        }
        if (status > 0) {
            return false; // it answered, with an error that is ours to fix
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException
                    || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException
                    || t instanceof ConnectionClosedException
                    || t instanceof ClosedChannelException
                    || t instanceof InterruptedIOException
                    || t instanceof TimeoutException
                    || isReset(t)) {
                return true;
            }
        }
        return false;
    }

    /** True when Elasticsearch answered that the index or alias does not exist (not built yet). */
    public static boolean isMissingIndex(Throwable failure) {
        return failure instanceof ElasticsearchException e
                && e.status() == 404
                && "index_not_found_exception".equals(e.error().type());
    }

    private static boolean isReset(Throwable t) {
        return t instanceof SocketException
                && String.valueOf(t.getMessage())
                        .toLowerCase()
                        .matches(".*(connection reset|broken pipe|connection abort|socket closed).*");
    }

    private static int status(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ElasticsearchException e) {
                return e.status();
            }
            if (t instanceof TransportException e && e.statusCode() > 0) {
                return e.statusCode();
            }
        }
        return 0;
    }
}
