package jp.policysearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import jp.policysearch.Json;

/**
 * Which index the alias points at and when it was built (its mapping's {@code _meta}): what every answer read from
 * the index depends on, so the web layer derives ETag and Last-Modified from it. One small request (only the
 * {@code _meta} fields come back), remembered for {@link #MAX_AGE}: a re-index is seen within that, and a busy
 * service asks once a second instead of once per request (the request was one of two round trips of every search).
 */
public final class LiveIndex {

    /** How long a read version is used; answers carry {@code max-age=60} anyway (web.Caching). */
    public static final Duration MAX_AGE = Duration.ofSeconds(1);

    /**
     * @param index      the concrete index behind the alias
     * @param builtAt    when its build started ({@code _meta.build_time}), or null when the index does not say
     * @param corpusHash the corpus it was built from, so an index updated in place still changes the version
     */
    public record Version(String index, Instant builtAt, String corpusHash) {}

    /** A version and when it was read ({@link System#nanoTime}); {@code version} null: no alias yet. */
    private record Read(Version version, long at) {}

    private static final ObjectMapper JSON = Json.mapper();

    private final ElasticsearchClient client;
    private final String alias;
    private final long maxAgeNanos;
    private final LongSupplier ticker;
    private volatile Read last;
    private final AtomicBoolean refreshing = new AtomicBoolean();

    public LiveIndex(ElasticsearchClient client, String alias) {
        this(client, alias, MAX_AGE, System::nanoTime);
    }

    /** @param ticker a monotonic clock in nanoseconds (tests pass their own) */
    LiveIndex(ElasticsearchClient client, String alias, Duration maxAge, LongSupplier ticker) {
        this.client = client;
        this.alias = alias;
        this.maxAgeNanos = maxAge.toNanos();
        this.ticker = ticker;
    }

    /**
     * The live version as read at most {@link #MAX_AGE} ago (or, while another request reads it again, the read
     * before), or null when the alias did not exist; a failed read is not remembered (the next request asks again).
     */
    public Version recent() {
        Read read = last;
        long now = ticker.getAsLong();
        if (read != null && now - read.at() < maxAgeNanos) {
            return read.version();
        }
        if (read != null && !refreshing.compareAndSet(false, true)) {
            // another request is reading it: this one uses the previous read rather than every request at once
            // asking (a busy node answers slowly, and all requests in flight would find the read expired together)
            return read.version();
        }
        try {
            Version version = current();
            last = new Read(version, now);
            return version;
        } finally {
            if (read != null) {
                refreshing.set(false);
            }
        }
    }

    /** The live version, or null when the alias does not exist yet. */
    public Version current() {
        Rest5Client rest = ((Rest5ClientTransport) client._transport()).restClient();
        Request request = new Request("GET", "/" + alias + "/_mapping");
        request.addParameter("filter_path", "*.mappings._meta.build_time,*.mappings._meta.corpus_hash");
        JsonNode body = EsCalls.run(alias, () -> {
            try (InputStream in = rest.performRequest(request).getEntity().getContent()) {
                return JSON.readTree(in);
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
        // an alias over two indices (never made by this project) reads as its first index; a body without mappings
        // (the filtered answer about a missing alias, {"error":…}) is no index
        for (Map.Entry<String, JsonNode> index : body.properties()) {
            if (index.getValue().has("mappings")) {
                JsonNode meta = index.getValue().path("mappings").path("_meta");
                return new Version(
                        index.getKey(),
                        instant(meta.path("build_time").asText("")),
                        meta.path("corpus_hash").asText(""));
            }
        }
        return null;
    }

    private static Instant instant(String raw) {
        try {
            return Instant.parse(raw);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
