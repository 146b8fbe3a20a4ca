package jp.policysearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EsCallsTest {

    @Test
    void a_programming_error_inside_a_call_is_an_internal_error_not_an_outage() {
        assertThatThrownBy(() -> EsCalls.run("sections", () -> {
                    throw new NullPointerException("a bug in building the request");
                }))
                .isNotInstanceOf(SearchUnavailableException.class)
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void no_connection_and_no_answer_in_time_are_unavailable() {
        assertThatThrownBy(() -> EsCalls.run("sections", () -> {
                    throw new ConnectException("Connection refused");
                }))
                .isInstanceOf(SearchUnavailableException.class);
        assertThatThrownBy(() -> EsCalls.run("sections", () -> {
                    throw new SocketTimeoutException("1500 MILLISECONDS");
                }))
                .isInstanceOf(SearchUnavailableException.class);
    }

    @Test
    void a_search_stopped_at_its_timeout_is_unavailable_not_its_partial_hits() {
        assertThatThrownBy(() -> EsCalls.run("sections", () -> response(true)))
                .isInstanceOf(SearchUnavailableException.class)
                .hasMessageContaining("timeout");
        assertThat(EsCalls.run("sections", () -> response(false)).timedOut()).isFalse();
    }

    private static SearchResponse<Void> response(boolean timedOut) {
        return SearchResponse.of(r -> r.took(1)
                .timedOut(timedOut)
                .shards(s -> s.total(1).successful(1).failed(0))
                .hits(h -> h.hits(List.of())));
    }
}
