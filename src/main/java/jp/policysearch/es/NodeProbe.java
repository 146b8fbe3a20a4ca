package jp.policysearch.es;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Asks a port whether our node answers there. {@code GET /} answers 405 on this distribution, so the probe reads
 * {@code _cluster/health} and tells our node from someone else's by the cluster name.
 */
final class NodeProbe {

    record Answer(boolean ours, boolean other, boolean ready, String description) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final int port;
    private final String clusterName;

    NodeProbe(int port, String clusterName) {
        this.port = port;
        this.clusterName = clusterName;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    Answer check() {
        HttpRequest request = HttpRequest.newBuilder(url().resolve("/_cluster/health"))
                .timeout(Duration.ofSeconds(2)).GET().build();
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
        } catch (java.net.ConnectException | java.net.http.HttpConnectTimeoutException e) {
            return new Answer(false, false, false, "nothing listening");
        } catch (IOException e) {
            return new Answer(false, true, false, "not Elasticsearch: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(false, false, false, "interrupted");
        }
    }
}
