package jp.policysearch.es;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Security of the local node: always on, the built-in {@code elastic} user with a password (set as
 * {@code bootstrap.password} in the keystore). By default the password is generated ({@link NodePassword}) and HTTP
 * stays plain on 127.0.0.1; a node that must look like a production cluster (the external-cluster tests) also speaks
 * HTTPS with the given PEM certificate and key.
 *
 * @param caCert          PEM of the CA that signed {@code certificate}; the readiness probe trusts it (null: no TLS)
 * @param certificate     PEM certificate of the node's HTTP layer (must name 127.0.0.1), or null
 * @param key             PEM (PKCS#8) private key of that certificate, or null
 * @param elasticPassword password of the {@code elastic} user
 */
public record NodeSecurity(Path caCert, Path certificate, Path key, String elasticPassword) {

    static final String CERTS_DIR = "certs";

    /** Plain HTTP on loopback with the given password for {@code elastic}. */
    static NodeSecurity passwordOnly(String elasticPassword) {
        return new NodeSecurity(null, null, null, elasticPassword);
    }

    public boolean tls() {
        return certificate != null;
    }

    /** The elasticsearch.yml lines that turn security (and HTTPS, with the files under {@code config/certs/}) on. */
    List<String> settings() {
        List<String> lines = new ArrayList<>(List.of("xpack.security.enabled: true"));
        if (tls()) {
            lines.addAll(List.of(
                    "xpack.security.http.ssl.enabled: true",
                    "xpack.security.http.ssl.certificate: " + CERTS_DIR + "/node.crt",
                    "xpack.security.http.ssl.key: " + CERTS_DIR + "/node.key",
                    "xpack.security.http.ssl.certificate_authorities: " + CERTS_DIR + "/ca.crt"));
        }
        return lines;
    }
}
