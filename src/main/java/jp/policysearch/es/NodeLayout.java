package jp.policysearch.es;

import java.nio.file.Path;
import java.util.List;

/** The local node's folders: one distribution home and the node's config, data, logs and temp folders beside it. */
record NodeLayout(Path dir, String elasticsearchVersion) {

    Path home() {
        return dir.resolve("elasticsearch-" + elasticsearchVersion);
    }

    Path config() {
        return dir.resolve("config");
    }

    Path data() {
        return dir.resolve("data");
    }

    Path logs() {
        return dir.resolve("logs");
    }

    Path tmp() {
        return dir.resolve("tmp");
    }

    Path pidFile() {
        return dir.resolve("node.pid");
    }

    /** The generated password of the {@code elastic} user ({@link NodePassword}); readable by its owner only. */
    Path passwordFile() {
        return dir.resolve(NodePassword.FILE);
    }

    /** Where a node started on port 0 writes the address it bound ({@code node.portsfile}). */
    Path portsFile() {
        return logs().resolve("http.ports");
    }

    /** The generated password of the app's user ({@link AppUser}); readable by its owner only. */
    Path appPasswordFile() {
        return dir.resolve(NodePassword.APP_FILE);
    }

    /** The node's standard output; in the root-owned folder, because root opens it for the node. */
    Path consoleLog() {
        return dir.resolve("console.log");
    }

    /** The folders the node writes to. */
    List<Path> writable() {
        return List.of(data(), logs(), tmp());
    }
}
