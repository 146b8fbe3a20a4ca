package jp.policysearch.search;

import java.io.IOException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;

/**
 * The one mapping of Elasticsearch failures for reading the index: no index (404) or no answer becomes
 * {@link SearchUnavailableException} (503); a request Elasticsearch rejects (400) is our bug and stays an internal error.
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
            if (e.status() == 400) {
                throw new IllegalStateException("Elasticsearch rejected a request: " + e.getMessage(), e);
            }
            throw new SearchUnavailableException("Elasticsearch failed: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached: " + e.getMessage(), e);
        }
    }
}
