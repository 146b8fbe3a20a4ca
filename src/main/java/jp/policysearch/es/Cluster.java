package jp.policysearch.es;

import java.net.URI;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jp.policysearch.BuildInfo;
import jp.policysearch.Config;

/**
 * The Elasticsearch the app talks to: the cluster named by {@code ES_URL}, or else the local node (started here, or
 * reused when one of ours is already running). Closing it stops a node it started.
 */
public final class Cluster implements AutoCloseable {

    private final URI url;
    private final ElasticsearchClient client;
    private final LocalNode node;

    private Cluster(URI url, ElasticsearchClient client, LocalNode node) {
        this.url = url;
        this.client = client;
        this.node = node;
    }

    public static Cluster open(Config config) {
        if (!config.usesLocalNode()) {
            URI url = URI.create(config.esUrl());
            return new Cluster(url, EsClients.create(url, config.esApiKey(), config.esUsername(), config.esPassword(),
                    config.esCaCert(), config.esTimeout()), null);
        }
        LocalNode node = LocalNode.start(NodeSettings.from(config, BuildInfo.load()));
        return new Cluster(node.url(), localClient(node, config), node);
    }

    /** Wraps a node started elsewhere (tests share one node); closing this cluster leaves the node alone. */
    public static Cluster attach(LocalNode node, Config config) {
        return new Cluster(node.url(), localClient(node, config), null);
    }

    private static ElasticsearchClient localClient(LocalNode node, Config config) {
        return EsClients.create(node.url(), null, null, null, null, config.esTimeout());
    }

    public URI url() {
        return url;
    }

    public ElasticsearchClient client() {
        return client;
    }

    @Override
    public void close() {
        try {
            client._transport().close();
        } catch (Exception e) {
            // closing a client that cannot reach its cluster must not stop the shutdown
        }
        if (node != null) {
            node.close();
        }
    }
}
