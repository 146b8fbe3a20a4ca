package jp.policysearch.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.TransportException;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathBuilderException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import jp.policysearch.Json;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the Elasticsearch client for the local node or an external cluster (API key or user and password, and a CA
 * certificate for TLS). A cluster that cannot be connected to fails at once (refused, or no connection within a few
 * seconds); a cluster that is only slow is awaited up to the request deadline, so a busy machine is not a 503.
 */
public final class EsClients {

    /** Opening a TCP connection takes microseconds when the node is up; waiting longer only delays the 503. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    private EsClients() {}

    /**
     * @param url      the cluster, e.g. {@code http://127.0.0.1:9250} or {@code https://es.example:9200}
     * @param apiKey   encoded API key, or null
     * @param username user for basic authentication, or null
     * @param password password for basic authentication, or null
     * @param caCert   PEM file of the CA to trust for TLS, or null for the JDK's trust store
     * @param timeout  deadline of one request (waiting for a pooled connection, then for the answer)
     */
    public static ElasticsearchClient create(
            URI url, String apiKey, String username, String password, Path caCert, Duration timeout) {
        return create(List.of(url), apiKey, username, password, caCert, timeout);
    }

    /**
     * A client for a cluster reached through several nodes: requests go round the nodes, and one that fails to
     * connect is retried on the next (the node is left out for a while), so losing one node fails no request.
     */
    public static ElasticsearchClient create(
            List<URI> urls, String apiKey, String username, String password, Path caCert, Duration timeout) {
        Rest5ClientBuilder builder = Rest5Client.builder(urls)
                .setRequestConfigCallback(rc ->
                        rc.setConnectionRequestTimeout(Timeout.of(timeout)).setResponseTimeout(Timeout.of(timeout)))
                .setConnectionConfigCallback(cc -> cc.setConnectTimeout(
                                Timeout.of(timeout.compareTo(CONNECT_TIMEOUT) < 0 ? timeout : CONNECT_TIMEOUT))
                        .setSocketTimeout(Timeout.of(timeout)))
                // The I/O reactor checks timeouts once per select interval (1 s by default); 100 ms keeps a deadline
                // from firing up to a second late.
                .setHttpClientConfigCallback(hc -> hc.setIOReactorConfig(IOReactorConfig.custom()
                        .setSelectInterval(TimeValue.ofMilliseconds(100))
                        .build()));
        String authorization = authorization(apiKey, username, password);
        if (authorization != null) {
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", authorization)});
        }
        if (caCert != null) {
            builder.setSSLContext(sslContextTrusting(caCert));
        }
        Rest5ClientTransport transport =
                new Rest5ClientTransport(builder.build(), new JacksonJsonpMapper(Json.mapper()));
        return new ElasticsearchClient(transport);
    }

    /** The {@code Authorization} header value for an API key, or else a user and password; null for neither. */
    public static String authorization(String apiKey, String username, String password) {
        if (apiKey != null) {
            return "ApiKey " + apiKey;
        }
        if (username == null) {
            return null;
        }
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Why a request to the cluster at {@code url} failed, as one sentence a person can act on (logs, {@code /readyz}).
     * The client reports a rejected password and an untrusted certificate as generic failures, so they are told apart
     * here.
     */
    public static String explain(URI url, Throwable failure) {
        int status = httpStatus(failure);
        if (status == 401) {
            return "Elasticsearch at " + url + " refused the credentials (HTTP 401, authentication failed); "
                    + "check ES_API_KEY, or ES_USERNAME and ES_PASSWORD";
        }
        if (status == 403) {
            return "Elasticsearch at " + url + " authenticated the user but denied the request (HTTP 403); "
                    + "give the user or API key the privileges on the index";
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SSLException
                    || t instanceof CertificateException
                    || t instanceof CertPathBuilderException) {
                return "TLS with Elasticsearch at " + url + " failed: its certificate is not trusted or does not name "
                        + "the host (" + t.getMessage() + "); set ES_CA_CERT to the PEM file of the CA that signed it";
            }
        }
        if (failure instanceof ElasticsearchException e) {
            return "Elasticsearch at " + url + " answered with an error: "
                    + e.error().type()
                    + (e.error().reason() == null ? "" : " (" + e.error().reason() + ")");
        }
        if (status > 0) {
            return "Elasticsearch at " + url + " answered HTTP " + status;
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        if (root instanceof SocketTimeoutException || root instanceof TimeoutException) {
            // the client's timeout exceptions say only the duration ("10000000000 NANOSECONDS")
            return "Elasticsearch at " + url + " did not answer within the deadline (ES_TIMEOUT_MS)";
        }
        return "Elasticsearch at " + url + " cannot be reached ("
                + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")";
    }

    private static int httpStatus(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ElasticsearchException e) {
                return e.status();
            }
            if (t instanceof TransportException e) {
                return e.statusCode();
            }
        }
        return 0;
    }

    static SSLContext sslContextTrusting(Path caCert) {
        try (InputStream in = Files.newInputStream(caCert)) {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            int i = 0;
            for (Certificate cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trust.setCertificateEntry("ca-" + i++, cert);
            }
            if (i == 0) {
                throw new IllegalArgumentException("ES_CA_CERT " + caCert + " holds no certificate");
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "could not read the CA certificate " + caCert + ": " + e.getMessage(), e);
        }
    }
}
