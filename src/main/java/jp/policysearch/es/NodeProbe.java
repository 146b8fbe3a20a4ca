package jp.policysearch.es;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Asks a port whether our node answers there. {@code GET /} answers 405 on this distribution, so the probe reads
 * {@code _cluster/health} and tells our node from someone else's by the cluster name.
 */
final class NodeProbe {

    record Answer(boolean ours, boolean other, boolean ready, String description) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final int port;
    private final String clusterName;
    private final NodeSecurity security;

    /** A probe signs in as {@code elastic} (null: sends no password); for a node with TLS it trusts the node's CA. */
    NodeProbe(int port, String clusterName, NodeSecurity security) {
        this.port = port;
        this.clusterName = clusterName;
        this.security = security;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1));
        if (security != null && security.tls()) {
            builder.sslContext(EsClients.sslContextTrusting(security.caCert()));
        }
        this.http = builder.build();
    }

    URI url() {
        return URI.create((security != null && security.tls() ? "https" : "http") + "://127.0.0.1:" + port);
    }

    Answer check() {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url().resolve("/_cluster/health"))
                .timeout(Duration.ofSeconds(2))
                .GET();
        if (security != null) {
            builder.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(("elastic:" + security.elasticPassword())
                                            .getBytes(StandardCharsets.UTF_8)));
        }
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return new Answer(false, true, false, "HTTP " + response.statusCode() + " from /_cluster/health");
            }
            JsonNode health = JSON.readTree(response.body());
            String name = health.path("cluster_name").asText("");
            String status = health.path("status").asText("");
            if (!name.equals(clusterName)) {
                return new Answer(false, true, false, "an Elasticsearch cluster named '" + name + "'");
            }
            return new Answer(true, false, status.equals("green") || status.equals("yellow"), name + ", " + status);
        } catch (ConnectException | HttpConnectTimeoutException e) {
            return new Answer(false, false, false, "nothing listening");
        } catch (IOException e) {
            return new Answer(
                    false, true, false, "not Elasticsearch: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(false, false, false, "interrupted");
        }
    }
}
