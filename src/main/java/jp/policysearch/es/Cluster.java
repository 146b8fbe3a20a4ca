package jp.policysearch.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import jp.policysearch.BuildInfo;
import jp.policysearch.Config;

/**
 * The Elasticsearch the app talks to: the cluster named by {@code ES_URL}, or else the local node (started here, or
 * reused when one of ours is already running). Closing it stops a node it started.
 */
public final class Cluster implements AutoCloseable {

    /** Bulk loads and index creation may take far longer than a search should. */
    private static final Duration INDEXING_TIMEOUT = Duration.ofMinutes(2);

    private final URI url;
    private final ElasticsearchClient client;
    private final ElasticsearchClient indexingClient;
    private final LocalNode node;

    private Cluster(URI url, Function<Duration, ElasticsearchClient> clients, Duration timeout, LocalNode node) {
        this.url = url;
        this.client = clients.apply(timeout);
        this.indexingClient = clients.apply(INDEXING_TIMEOUT);
        this.node = node;
    }

    public static Cluster open(Config config) {
        if (!config.usesLocalNode()) {
            List<URI> urls = config.esUrls();
            return new Cluster(
                    urls.getFirst(),
                    timeout -> EsClients.create(
                            urls,
                            config.esApiKey(),
                            config.esUsername(),
                            config.esPassword(),
                            config.esCaCert(),
                            timeout),
                    config.esTimeout(),
                    null);
        }
        LocalNode node = LocalNode.start(NodeSettings.from(config, BuildInfo.load()));
        return new Cluster(node.url(), localClients(node), config.esTimeout(), node);
    }

    /** Wraps a node started elsewhere (tests share one node); closing this cluster leaves the node alone. */
    public static Cluster attach(LocalNode node, Config config) {
        return new Cluster(node.url(), localClients(node), config.esTimeout(), null);
    }

    private static Function<Duration, ElasticsearchClient> localClients(LocalNode node) {
        return timeout -> EsClients.create(node.url(), null, node.user(), node.password(), node.caCert(), timeout);
    }

    public URI url() {
        return url;
    }

    /** For serving: short timeouts, so an unreachable cluster becomes a 503 within two seconds. */
    public ElasticsearchClient client() {
        return client;
    }

    /** For building indices: long timeouts. */
    public ElasticsearchClient indexingClient() {
        return indexingClient;
    }

    @Override
    public void close() {
        for (ElasticsearchClient c : new ElasticsearchClient[] {client, indexingClient}) {
            try {
                c._transport().close();
            } catch (Exception e) {
                // closing a client that cannot reach its cluster must not stop the shutdown
            }
        }
        if (node != null) {
            node.close();
        }
    }
}
