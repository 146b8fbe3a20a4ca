package jp.policysearch.es;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import jp.policysearch.testsupport.TestCluster;
import org.junit.jupiter.api.Test;

/** A client given several nodes (ES_URL with commas) keeps answering when one of them is gone. */
class FailoverIT {

    @Test
    void requests_go_to_the_node_that_is_up_when_another_refuses_connections() throws IOException {
        LocalNode node = TestCluster.node();
        URI live = node.url();
        URI dead;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            dead = URI.create("http://127.0.0.1:" + s.getLocalPort());
        } // closed: connections to it are refused, as to a killed node

        ElasticsearchClient client =
                EsClients.create(List.of(dead, live), null, node.user(), node.password(), null, Duration.ofSeconds(30));
        try {
            int answered = 0;
            for (int i = 0; i < 20; i++) {
                if (client.cluster().health().numberOfNodes() >= 1) {
                    answered++;
                }
            }
            assertThat(answered).isEqualTo(20);
        } finally {
            client._transport().close();
        }
    }
}
