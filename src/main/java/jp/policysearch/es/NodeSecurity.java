package jp.policysearch.es;

import java.nio.file.Path;
import java.util.List;

/**
 * Security and TLS for a local node that must look like a production cluster (the external-cluster tests): HTTPS
 * with the given PEM certificate and key, and the built-in {@code elastic} user with the given password. The
 * default local node has none of this ({@code null} in {@link NodeSettings}).
 *
 * @param caCert          PEM of the CA that signed {@code certificate}; the readiness probe trusts it
 * @param certificate     PEM certificate of the node's HTTP layer (must name 127.0.0.1)
 * @param key             PEM (PKCS#8) private key of that certificate
 * @param elasticPassword password of the {@code elastic} user, set as {@code bootstrap.password} in the keystore
 */
public record NodeSecurity(Path caCert, Path certificate, Path key, String elasticPassword) {

    static final String CERTS_DIR = "certs";

    /** The elasticsearch.yml lines that turn security and HTTPS on, with the files under {@code config/certs/}. */
    List<String> settings() {
        return List.of(
                "xpack.security.enabled: true",
                "xpack.security.http.ssl.enabled: true",
                "xpack.security.http.ssl.certificate: " + CERTS_DIR + "/node.crt",
                "xpack.security.http.ssl.key: " + CERTS_DIR + "/node.key",
                "xpack.security.http.ssl.certificate_authorities: " + CERTS_DIR + "/ca.crt");
    }
}
