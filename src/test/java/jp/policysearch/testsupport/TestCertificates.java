package jp.policysearch.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.policysearch.es.NodeSecurity;

/**
 * A throw-away CA and a server certificate for 127.0.0.1, made with the JDK's keytool (no extra library), as the PEM
 * files Elasticsearch and {@code ES_CA_CERT} take.
 */
public final class TestCertificates {

    private static final String PASS = "changeit";

    private TestCertificates() {}

    /** Writes ca.crt, node.crt and node.key into {@code dir} and returns them as the node's security settings. */
    public static NodeSecurity create(Path dir, String elasticPassword) {
        try {
            Files.createDirectories(dir);
            for (String name : List.of("ca.p12", "node.p12", "node.csr", "ca.crt", "node.crt", "node.key")) {
                Files.deleteIfExists(dir.resolve(name));
            }
            keytool(
                    dir,
                    "-genkeypair",
                    "-keystore",
                    "ca.p12",
                    "-alias",
                    "ca",
                    "-keyalg",
                    "RSA",
                    "-keysize",
                    "2048",
                    "-dname",
                    "CN=policy-search test CA",
                    "-ext",
                    "bc:c",
                    "-validity",
                    "7");
            keytool(
                    dir,
                    "-genkeypair",
                    "-keystore",
                    "node.p12",
                    "-alias",
                    "node",
                    "-keyalg",
                    "RSA",
                    "-keysize",
                    "2048",
                    "-dname",
                    "CN=localhost",
                    "-validity",
                    "7");
            keytool(dir, "-certreq", "-keystore", "node.p12", "-alias", "node", "-file", "node.csr");
            // The node is reached as 127.0.0.1, so the certificate must name that address.
            keytool(
                    dir,
                    "-gencert",
                    "-keystore",
                    "ca.p12",
                    "-alias",
                    "ca",
                    "-infile",
                    "node.csr",
                    "-outfile",
                    "node.crt",
                    "-rfc",
                    "-validity",
                    "7",
                    "-ext",
                    "san=ip:127.0.0.1,dns:localhost",
                    "-ext",
                    "ku:c=digitalSignature,keyEncipherment",
                    "-ext",
                    "eku=serverAuth");
            keytool(dir, "-exportcert", "-keystore", "ca.p12", "-alias", "ca", "-rfc", "-file", "ca.crt");
            Files.writeString(
                    dir.resolve("node.key"), privateKeyPem(dir.resolve("node.p12")), StandardCharsets.US_ASCII);
            return new NodeSecurity(
                    dir.resolve("ca.crt"), dir.resolve("node.crt"), dir.resolve("node.key"), elasticPassword);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("could not make test certificates in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String privateKeyPem(Path p12) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            store.load(in, PASS.toCharArray());
        }
        Key key = store.getKey("node", PASS.toCharArray());
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    private static void keytool(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASS, "-noprompt"));
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("keytool " + String.join(" ", args) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
