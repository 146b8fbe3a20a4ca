package jp.policysearch.search;

import java.io.IOException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jp.policysearch.es.Outage;

/**
 * The one mapping of Elasticsearch failures for reading the index: no index (404), no connection or no answer in
 * time becomes {@link SearchUnavailableException} (503); anything else (a request Elasticsearch rejects, an answer
 * that cannot be read, a bug) stays an internal error (500), so a bug never looks like an outage.
 */
final class EsCalls {

    /** A call to the client. */
    interface Call<T> {
        T call() throws IOException;
    }

    private EsCalls() {
    }

    static <T> T run(String alias, Call<T> call) {
        try {
            return call.call();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                throw new SearchUnavailableException("the search index '" + alias + "' does not exist", e);
            }
            if (Outage.is(e)) {
                throw new SearchUnavailableException("Elasticsearch is overloaded or unavailable: " + e.getMessage(), e);
            }
            throw new IllegalStateException("Elasticsearch rejected a request: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            if (Outage.is(e)) {
                throw new SearchUnavailableException("Elasticsearch cannot be reached or did not answer in time: "
                        + e.getMessage(), e);
            }
            throw new IllegalStateException("a call to Elasticsearch failed: " + e, e);
        }
    }
}
