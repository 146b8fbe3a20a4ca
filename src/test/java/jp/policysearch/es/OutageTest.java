package jp.policysearch.es;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

class OutageTest {

    @Test
    void cannot_connect_and_timed_out_are_an_outage() {
        assertThat(Outage.is(new ConnectException("Connection refused"))).isTrue();
        assertThat(Outage.is(new SocketTimeoutException("1500 MILLISECONDS"))).isTrue();
        assertThat(Outage.is(new IllegalStateException("wrapped", new ConnectException("refused"))))
                .isTrue();
        assertThat(Outage.is(answer(429, "es_rejected_execution_exception"))).isTrue();
        assertThat(Outage.is(answer(503, "cluster_block_exception"))).isTrue();
    }

    @Test
    void a_bug_or_a_rejected_request_is_not_an_outage() {
        assertThat(Outage.is(new NullPointerException("oops"))).isFalse();
        assertThat(Outage.is(new IllegalStateException("no such field"))).isFalse();
        assertThat(Outage.is(new IOException("could not decode the answer"))).isFalse();
        assertThat(Outage.is(answer(400, "illegal_argument_exception"))).isFalse();
        assertThat(Outage.is(answer(500, "null_pointer_exception"))).isFalse();
    }

    @Test
    void only_index_not_found_is_a_missing_index() {
        assertThat(Outage.isMissingIndex(answer(404, "index_not_found_exception")))
                .isTrue();
        assertThat(Outage.isMissingIndex(answer(400, "illegal_argument_exception")))
                .isFalse();
    }

    static ElasticsearchException answer(int status, String type) {
        return new ElasticsearchException(
                "search",
                ErrorResponse.of(r -> r.status(status).error(c -> c.type(type).reason("test"))));
    }
}
