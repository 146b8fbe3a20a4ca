package jp.policysearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class DiskFullTest {

    @Test
    void the_flood_stage_block_and_a_lost_master_are_explained_as_a_full_disk_in_one_sentence() {
        ElasticsearchException blocked = new ElasticsearchException(
                "bulk",
                ErrorResponse.of(r -> r.status(429)
                        .error(c -> c.type("cluster_block_exception")
                                .reason("index [sections-1] blocked by: "
                                        + "[TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has "
                                        + "read-only-allow-delete block];"))));
        assertThat(DiskFull.explain(new IndexingException("Elasticsearch failed while building x", blocked)))
                .hasValueSatisfying(
                        s -> assertThat(s).contains("disk").contains("full").doesNotContain("\n"));
        ElasticsearchException master = new ElasticsearchException(
                "indices.create",
                ErrorResponse.of(r -> r.status(503)
                        .error(c -> c.type("master_not_discovered_exception").reason(null))));
        assertThat(DiskFull.explain(master))
                .hasValueSatisfying(s -> assertThat(s).contains("disk"));
        assertThat(DiskFull.explain(new IOException("No space left on device"))).isPresent();
        assertThat(DiskFull.explain(new IndexingException("duplicate section ids")))
                .isEmpty();
    }
}
