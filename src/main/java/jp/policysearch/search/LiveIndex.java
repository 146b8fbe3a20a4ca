package jp.policysearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import jp.policysearch.Json;

/**
 * Which index the alias points at and when it was built (its mapping's {@code _meta}): what every answer read from
 * the index depends on, so the web layer derives ETag and Last-Modified from it. One small request (only the
 * {@code _meta} fields come back), made per request so a re-index is seen at once.
 */
public final class LiveIndex {

    /**
     * @param index      the concrete index behind the alias
     * @param builtAt    when its build started ({@code _meta.build_time}), or null when the index does not say
     * @param corpusHash the corpus it was built from, so an index updated in place still changes the version
     */
    public record Version(String index, Instant builtAt, String corpusHash) {}

    private final ElasticsearchClient client;
    private final String alias;

    public LiveIndex(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /** The live version, or null when the alias does not exist yet. */
    public Version current() {
        Rest5Client rest = ((Rest5ClientTransport) client._transport()).restClient();
        Request request = new Request("GET", "/" + alias + "/_mapping");
        request.addParameter("filter_path", "*.mappings._meta.build_time,*.mappings._meta.corpus_hash");
        JsonNode body = EsCalls.run(alias, () -> {
            try (InputStream in = rest.performRequest(request).getEntity().getContent()) {
                return Json.mapper().readTree(in);
            } catch (ResponseException e) {
                if (e.getResponse().getStatusCode() == 404) {
                    return null;
                }
                throw e;
            }
        });
        if (body == null || !body.isObject() || body.isEmpty()) {
            return null;
        }
        // an alias over two indices (never made by this project) reads as its first index
        Iterator<Map.Entry<String, JsonNode>> fields = body.properties().iterator();
        Map.Entry<String, JsonNode> first = fields.next();
        JsonNode meta = first.getValue().path("mappings").path("_meta");
        return new Version(
                first.getKey(),
                instant(meta.path("build_time").asText("")),
                meta.path("corpus_hash").asText(""));
    }

    private static Instant instant(String raw) {
        try {
            return Instant.parse(raw);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
