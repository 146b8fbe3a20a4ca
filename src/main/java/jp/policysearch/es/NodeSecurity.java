package jp.policysearch.es;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Security of the local node: always on, the built-in {@code elastic} user with a password (set as
 * {@code bootstrap.password} in the keystore) for root and a person at the console, and the app's own user of
 * least privilege ({@link AppUser}) that the web server and the indexer sign in as. By default both passwords are
 * generated ({@link NodePassword}) and HTTP stays plain on 127.0.0.1; a node that must look like a production
 * cluster (the external-cluster tests) also speaks HTTPS with the given PEM certificate and key, and has no app
 * user (its clients sign in as {@code elastic}, as to an external cluster).
 *
 * @param caCert          PEM of the CA that signed {@code certificate}; the readiness probe trusts it (null: no TLS)
 * @param certificate     PEM certificate of the node's HTTP layer (must name 127.0.0.1), or null
 * @param key             PEM (PKCS#8) private key of that certificate, or null
 * @param elasticPassword password of the {@code elastic} user
 * @param appPassword     password of {@link AppUser}, or null for none (clients then sign in as {@code elastic})
 */
public record NodeSecurity(Path caCert, Path certificate, Path key, String elasticPassword, String appPassword) {

    static final String CERTS_DIR = "certs";

    /** HTTPS with these files, and no app user. */
    public NodeSecurity(Path caCert, Path certificate, Path key, String elasticPassword) {
        this(caCert, certificate, key, elasticPassword, null);
    }

    /** Plain HTTP on loopback with the given passwords for {@code elastic} and the app user (which may be null). */
    static NodeSecurity passwordOnly(String elasticPassword, String appPassword) {
        return new NodeSecurity(null, null, null, elasticPassword, appPassword);
    }

    /** The user the app signs in as. */
    String appUser() {
        return appPassword == null ? NodePassword.USER : AppUser.NAME;
    }

    /** That user's password. */
    String appUserPassword() {
        return appPassword == null ? elasticPassword : appPassword;
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
