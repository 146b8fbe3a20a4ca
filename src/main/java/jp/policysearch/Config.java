package jp.policysearch;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Everything configurable, read once at start from environment variables, validated, and passed down through
 * constructors. Tests build their own instance to point the app at another node or port.
 *
 * @param projectDir   the project checkout (corpus/, index-mappings/, target/)
 * @param port         web server port ({@code PORT}, default 7070)
 * @param esUrl        an existing cluster ({@code ES_URL}): one node's URL, or several separated by commas (the client
 *                     spreads requests over them and retries on another when one cannot be reached); null means:
 *                     run the local node
 * @param esApiKey     {@code ES_API_KEY} for an existing cluster, or null
 * @param esUsername   {@code ES_USERNAME}, or null
 * @param esPassword   {@code ES_PASSWORD}, or null
 * @param esCaCert     {@code ES_CA_CERT}: PEM file of the CA that signed the cluster's certificate, or null
 * @param dataDir      where the local node keeps its files ({@code POLICY_SEARCH_DATA}, default {@code ./data})
 * @param esPort       HTTP port of the local node ({@code ES_PORT}, default 9250, away from a user's own 9200)
 * @param esHeap       heap of the local node ({@code ES_HEAP}, default {@code 512m})
 * @param shards       shards of a new index ({@code INDEX_SHARDS}, default 1)
 * @param replicas     replicas of a new index ({@code INDEX_REPLICAS}, default 0)
 * @param esTimeout    the deadline of one Elasticsearch request when serving: a slow answer is awaited this long
 *                     (and Elasticsearch stops the search then too) before the service answers 503; a cluster that
 *                     refuses the connection is a 503 at once ({@code ES_TIMEOUT_MS}, default 10000)
 * @param indexAlias   the alias searches read ({@code INDEX_ALIAS}, default {@code sections}); its indices are
 *                     named {@code <alias>-<timestamp>}
 * @param searchesPerClient searches one client address may run at once before the service answers 429
 *                     ({@code SEARCHES_PER_CLIENT}, default 4)
 * @param publicBaseUrl scheme, host and port (and path prefix) of every absolute URL the service writes: permalinks,
 *                     citations, feeds, sitemap, exports ({@code PUBLIC_BASE_URL}, no trailing slash); null means
 *                     {@code http://localhost:<the port the server listens on>}. Never taken from the request.
 * @param corpusDir    the documents and their manifest ({@code CORPUS_DIR}, default {@code ./corpus}); may live
 *                     outside the checkout
 */
public record Config(
        Path projectDir,
        int port,
        String esUrl,
        String esApiKey,
        String esUsername,
        String esPassword,
        Path esCaCert,
        Path dataDir,
        int esPort,
        String esHeap,
        int shards,
        int replicas,
        Duration esTimeout,
        String indexAlias,
        int searchesPerClient,
        String publicBaseUrl,
        Path corpusDir) {

    public static Config fromEnvironment(Path projectDir) {
        return fromMap(projectDir, System.getenv());
    }

    /** The configuration the given environment variables describe (tests pass their own instead of the process's). */
    public static Config fromMap(Path projectDir, Map<String, String> env) {
        Path project = projectDir.toAbsolutePath().normalize();
        String dataDir = env.getOrDefault("POLICY_SEARCH_DATA", "").strip();
        String ca = blankToNull(env.get("ES_CA_CERT"));
        String corpus = env.getOrDefault("CORPUS_DIR", "").strip();
        Config config = new Config(
                project,
                intVar(env, "PORT", 7070, 0, 65535),
                blankToNull(env.get("ES_URL")),
                blankToNull(env.get("ES_API_KEY")),
                blankToNull(env.get("ES_USERNAME")),
                blankToNull(env.get("ES_PASSWORD")),
                ca == null ? null : Path.of(ca),
                dataDir.isEmpty()
                        ? project.resolve("data")
                        : project.resolve(dataDir).normalize(),
                intVar(env, "ES_PORT", 9250, 1, 65535),
                heap(env.getOrDefault("ES_HEAP", "512m").strip()),
                intVar(env, "INDEX_SHARDS", 1, 1, 1024),
                intVar(env, "INDEX_REPLICAS", 0, 0, 16),
                Duration.ofMillis(intVar(env, "ES_TIMEOUT_MS", 10_000, 100, 600_000)),
                env.getOrDefault("INDEX_ALIAS", "sections").strip(),
                intVar(env, "SEARCHES_PER_CLIENT", 4, 1, 10_000),
                baseUrl(blankToNull(env.get("PUBLIC_BASE_URL"))),
                corpus.isEmpty()
                        ? project.resolve("corpus")
                        : project.resolve(corpus).normalize());
        config.validate();
        return config;
    }

    /** A copy that talks to the given cluster (null: the local node on {@code localPort}). */
    public Config withCluster(String url, int localPort) {
        return new Config(
                projectDir,
                port,
                url,
                esApiKey,
                esUsername,
                esPassword,
                esCaCert,
                dataDir,
                localPort,
                esHeap,
                shards,
                replicas,
                esTimeout,
                indexAlias,
                searchesPerClient,
                publicBaseUrl,
                corpusDir);
    }

    /** A copy that signs in to {@code ES_URL} with this user and password. */
    public Config withCredentials(String username, String password) {
        return new Config(
                projectDir,
                port,
                esUrl,
                null,
                username,
                password,
                esCaCert,
                dataDir,
                esPort,
                esHeap,
                shards,
                replicas,
                esTimeout,
                indexAlias,
                searchesPerClient,
                publicBaseUrl,
                corpusDir);
    }

    public Config withPort(int newPort) {
        return new Config(
                projectDir,
                newPort,
                esUrl,
                esApiKey,
                esUsername,
                esPassword,
                esCaCert,
                dataDir,
                esPort,
                esHeap,
                shards,
                replicas,
                esTimeout,
                indexAlias,
                searchesPerClient,
                publicBaseUrl,
                corpusDir);
    }

    public Config withIndexAlias(String alias) {
        return new Config(
                projectDir,
                port,
                esUrl,
                esApiKey,
                esUsername,
                esPassword,
                esCaCert,
                dataDir,
                esPort,
                esHeap,
                shards,
                replicas,
                esTimeout,
                alias,
                searchesPerClient,
                publicBaseUrl,
                corpusDir);
    }

    public Config withSearchesPerClient(int limit) {
        return new Config(
                projectDir,
                port,
                esUrl,
                esApiKey,
                esUsername,
                esPassword,
                esCaCert,
                dataDir,
                esPort,
                esHeap,
                shards,
                replicas,
                esTimeout,
                indexAlias,
                limit,
                publicBaseUrl,
                corpusDir);
    }

    public Config withEsTimeout(Duration timeout) {
        return new Config(
                projectDir,
                port,
                esUrl,
                esApiKey,
                esUsername,
                esPassword,
                esCaCert,
                dataDir,
                esPort,
                esHeap,
                shards,
                replicas,
                timeout,
                indexAlias,
                searchesPerClient,
                publicBaseUrl,
                corpusDir);
    }

    public Config withPublicBaseUrl(String url) {
        return new Config(
                projectDir,
                port,
                esUrl,
                esApiKey,
                esUsername,
                esPassword,
                esCaCert,
                dataDir,
                esPort,
                esHeap,
                shards,
                replicas,
                esTimeout,
                indexAlias,
                searchesPerClient,
                baseUrl(url),
                corpusDir);
    }

    /** The base of absolute URLs for a server listening on {@code actualPort}. */
    public String publicBaseUrl(int actualPort) {
        return publicBaseUrl != null ? publicBaseUrl : "http://localhost:" + actualPort;
    }

    public Config withCorpusDir(Path dir) {
        return new Config(
                projectDir,
                port,
                esUrl,
                esApiKey,
                esUsername,
                esPassword,
                esCaCert,
                dataDir,
                esPort,
                esHeap,
                shards,
                replicas,
                esTimeout,
                indexAlias,
                searchesPerClient,
                publicBaseUrl,
                dir.toAbsolutePath().normalize());
    }

    public boolean usesLocalNode() {
        return esUrl == null;
    }

    /** The nodes {@code ES_URL} names, in the order given (empty for the local node). */
    public List<URI> esUrls() {
        if (esUrl == null) {
            return List.of();
        }
        return Arrays.stream(esUrl.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(URI::create)
                .toList();
    }

    /**
     * The rule files the parsers read (areas.json, bodies.json, kinds/): the corpus folder's own when it has them,
     * else the ones shipped in the checkout's {@code corpus/}.
     */
    public Path rulesDir() {
        return Files.isRegularFile(corpusDir.resolve("areas.json")) ? corpusDir : projectDir.resolve("corpus");
    }

    public Path mappingsDir() {
        return projectDir.resolve("index-mappings");
    }

    private void validate() {
        if (esUrl != null) {
            for (String node : esUrl.split(",", -1)) {
                if (!node.strip().matches("https?://[^\\s,]+")) {
                    throw new ConfigException("ES_URL must be one or more URLs starting with http:// or https://, "
                            + "separated by commas (got '" + esUrl + "')");
                }
            }
        }
        if ((esUsername == null) != (esPassword == null)) {
            throw new ConfigException("ES_USERNAME and ES_PASSWORD must be set together");
        }
        if (!indexAlias.matches("[a-z0-9][a-z0-9_.-]{0,100}")) {
            throw new ConfigException(
                    "INDEX_ALIAS must be a lowercase Elasticsearch name such as 'sections' (got '" + indexAlias + "')");
        }
        if (esCaCert != null && !Files.isReadable(esCaCert)) {
            throw new ConfigException("ES_CA_CERT points to '" + esCaCert + "', which is not a readable file");
        }
    }

    private static int intVar(Map<String, String> env, String name, int fallback, int min, int max) {
        String raw = blankToNull(env.get(name));
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min || value > max) {
                throw new ConfigException(name + " must be between " + min + " and " + max + " (got " + raw + ")");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ConfigException(name + " must be a whole number (got '" + raw + "')");
        }
    }

    /** {@code https://search.example.jp} or {@code http://host:8080/policy}: no query, fragment or trailing slash. */
    private static String baseUrl(String raw) {
        if (raw == null) {
            return null;
        }
        String url = raw.strip().replaceAll("/+$", "");
        if (!url.matches("https?://[A-Za-z0-9.\\-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~\\-/]*)?")) {
            throw new ConfigException("PUBLIC_BASE_URL must look like https://search.example.jp or "
                    + "http://host:8080/prefix, without query or fragment (got '" + raw + "')");
        }
        return url;
    }

    private static String heap(String raw) {
        if (!raw.matches("\\d+[mMgG]")) {
            throw new ConfigException("ES_HEAP must look like 512m or 1g (got '" + raw + "')");
        }
        return raw.toLowerCase();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A configuration value a person must fix; its message says which and how. */
    public static final class ConfigException extends RuntimeException {
        public ConfigException(String message) {
            super(message);
        }
    }
}
