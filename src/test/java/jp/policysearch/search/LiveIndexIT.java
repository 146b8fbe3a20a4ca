package jp.policysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.StringReader;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import jp.policysearch.es.Cluster;
import jp.policysearch.testsupport.TestCluster;
import org.junit.jupiter.api.Test;

class LiveIndexIT {

    private static final String ALIAS = "live-index-it";

    @Test
    void a_read_version_is_used_for_its_max_age_then_read_again() throws Exception {
        try (Cluster cluster = TestCluster.cluster()) {
            ElasticsearchClient client = cluster.client();
            AtomicLong now = new AtomicLong();
            LiveIndex live = new LiveIndex(client, ALIAS, Duration.ofSeconds(1), now::get);
            try {
                assertThat(live.recent()).as("no alias yet").isNull();
                create(client, ALIAS + "-1", "2026-01-01T00:00:00Z", true);
                assertThat(live.recent())
                        .as("the missing alias is remembered as missing")
                        .isNull();

                now.addAndGet(Duration.ofSeconds(1).toNanos());
                LiveIndex.Version first = live.recent();
                assertThat(first.index()).isEqualTo(ALIAS + "-1");
                assertThat(first.corpusHash()).isEqualTo("hash-2026-01-01T00:00:00Z");

                client.indices().delete(d -> d.index(ALIAS + "-1"));
                create(client, ALIAS + "-2", "2026-02-01T00:00:00Z", true);
                now.addAndGet(Duration.ofMillis(999).toNanos());
                assertThat(live.recent()).as("within the max age").isEqualTo(first);
                assertThat(live.current().index()).as("current() always asks").isEqualTo(ALIAS + "-2");

                now.addAndGet(Duration.ofMillis(1).toNanos());
                assertThat(live.recent().index()).isEqualTo(ALIAS + "-2");
            } finally {
                for (String index : new String[] {ALIAS + "-1", ALIAS + "-2"}) {
                    client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
                }
            }
        }
    }

    private static void create(ElasticsearchClient client, String index, String builtAt, boolean alias)
            throws Exception {
        String body = "{\"mappings\":{\"_meta\":{\"build_time\":\"" + builtAt + "\",\"corpus_hash\":\"hash-" + builtAt
                + "\"}}" + (alias ? ",\"aliases\":{\"" + ALIAS + "\":{}}" : "") + "}";
        client.indices().create(c -> c.index(index).withJson(new StringReader(body)));
    }
}
