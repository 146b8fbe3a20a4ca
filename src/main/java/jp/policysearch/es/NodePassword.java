package jp.policysearch.es;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * A generated password of the local node: the {@code elastic} user's in {@code elastic.password} and the app
 * user's ({@link AppUser}) in {@code app.password}, in the node's folder: each made once, owned by whoever runs the
 * node (root, as root) and readable by its owner only (0600). The folder is that owner's too, so nobody else can
 * replace the file; a link or a file of another owner found there is deleted, never followed, and a new password
 * made.
 */
final class NodePassword {

    static final String USER = "elastic";
    static final String FILE = "elastic.password";
    static final String APP_FILE = "app.password";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private NodePassword() {}

    /** The password in {@code file}, when it is a regular file of ours. */
    static Optional<String> read(Path file) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !ownedByUs(file)) {
                return Optional.empty();
            }
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            return password.isEmpty() ? Optional.empty() : Optional.of(password);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The password in {@code file}, made (24 random characters) when there is none of ours yet. */
    static String readOrCreate(Path file) {
        try {
            Optional<String> existing = read(file);
            if (existing.isPresent()) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
                return existing.get();
            }
            Files.deleteIfExists(file); // a link is removed itself, not its target
            byte[] random = new byte[18];
            RANDOM.nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            try (SeekableByteChannel out = Files.newByteChannel(
                    file,
                    Set.<OpenOption>of(
                            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS),
                    PosixFilePermissions.asFileAttribute(OWNER_ONLY))) {
                out.write(ByteBuffer.wrap((password + "\n").getBytes(StandardCharsets.UTF_8)));
            }
            return password;
        } catch (IOException e) {
            throw new NodeException(
                    "could not write the local node's password file " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean ownedByUs(Path file) throws IOException {
        int owner = (Integer) Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        return owner == (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
    }
}
