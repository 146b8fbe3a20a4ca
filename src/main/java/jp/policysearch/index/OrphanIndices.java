package jp.policysearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Half-built indices a killed {@code index} (or serve's re-index) left behind: indices of this alias's family whose
 * {@code _meta} still says {@code building} and whose builder process on this host is gone. Never the live index,
 * never a complete one (so the previous index kept for rollback stays), never one another live process is building.
 */
public final class OrphanIndices {

    private static final Logger log = LoggerFactory.getLogger(OrphanIndices.class);

    private final ElasticsearchClient client;
    private final IndexAliases aliases;

    public OrphanIndices(ElasticsearchClient client, IndexAliases aliases) {
        this.client = client;
        this.aliases = aliases;
    }

    /** Deletes the orphans; returns their names. */
    public List<String> delete() throws IOException {
        List<String> family = aliases.family();
        if (family.isEmpty()) {
            return List.of();
        }
        Optional<String> live = aliases.live();
        List<String> deleted = new ArrayList<>();
        var mappings =
                client.indices().getMapping(m -> m.index(aliases.alias() + "-*").allowNoIndices(true));
        for (String name : family) {
            var record = mappings.get(name);
            if (live.filter(name::equals).isPresent()
                    || record == null
                    || record.mappings().meta() == null) {
                continue;
            }
            String state = text(record.mappings().meta().get(BuildMark.STATE));
            Optional<BuildMark> builder =
                    BuildMark.parse(text(record.mappings().meta().get(BuildMark.BUILDER)));
            if (BuildMark.BUILDING.equals(state)
                    && builder.isPresent()
                    && builder.get().deadHere()) {
                client.indices().delete(d -> d.index(name));
                log.info(
                        "Deleted {}, left half-built by an indexing run that no longer runs (pid {})",
                        name,
                        builder.get().pid());
                deleted.add(name);
            }
        }
        return deleted;
    }

    private static String text(JsonData value) {
        return value == null ? null : value.to(String.class);
    }
}
