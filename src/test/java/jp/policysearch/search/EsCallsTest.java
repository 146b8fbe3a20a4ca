package jp.policysearch.search;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
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
}
