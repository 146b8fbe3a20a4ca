package jp.policysearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ExpandWildcard;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The search alias and the timestamped indices behind it ({@code <alias>-yyyyMMdd-HHmmss-SSS}): which one is live,
 * one atomic move, rollback to the previous one, and deleting all but the live and previous.
 */
public final class IndexAliases {

    private final ElasticsearchClient client;
    private final String alias;

    public IndexAliases(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    public String alias() {
        return alias;
    }

    /** The index the alias points at, if any. */
    public Optional<String> live() throws IOException {
        try {
            return client.indices().getAlias(g -> g.name(alias)).aliases().keySet().stream()
                    .findFirst();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Every index of this alias's family, oldest first (the timestamp sorts). */
    public List<String> family() throws IOException {
        return new ArrayList<>(new TreeSet<>(client.indices()
                .get(g -> g.index(alias + "-*").allowNoIndices(true).expandWildcards(ExpandWildcard.All))
                .indices()
                .keySet()));
    }

    /** Points the alias at {@code index} in one {@code _aliases} call; returns the index it left, or null. */
    public String moveTo(String index) throws IOException {
        String previous = live().orElse(null);
        List<Action> actions = new ArrayList<>();
        if (previous != null) {
            actions.add(Action.of(a -> a.remove(r -> r.index(previous).alias(alias))));
        }
        actions.add(Action.of(a -> a.add(ad -> ad.index(index).alias(alias))));
        client.indices().updateAliases(u -> u.actions(actions));
        return previous;
    }

    /** Moves the alias back to the newest index older than the live one; returns [from, to]. */
    public List<String> rollback() throws IOException {
        String live = live().orElseThrow(() ->
                new IndexingException("there is no live index behind the alias '" + alias + "' to roll back from"));
        String previous = null;
        for (String name : family()) {
            if (name.compareTo(live) < 0) {
                previous = name;
            }
        }
        if (previous == null) {
            throw new IndexingException("there is no previous index to roll back to (only " + live + ")");
        }
        moveTo(previous);
        return List.of(live, previous);
    }

    void deleteAllBut(String keep, String alsoKeep) throws IOException {
        for (String name : family()) {
            if (!name.equals(keep) && !name.equals(alsoKeep)) {
                client.indices().delete(d -> d.index(name));
            }
        }
    }
}
