package jp.policysearch.es;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import jp.policysearch.BuildInfo;
import jp.policysearch.testsupport.TestCluster;
import org.junit.jupiter.api.Test;

/**
 * Root never writes where the node's user can plant a link: as that user, links are planted everywhere it can
 * write, aimed at a root-only file, and (as an earlier version left the folder, the node's user owning it) in the
 * config folder and at the password file; the next start as root takes the folder back, makes its files afresh and
 * leaves the root-only file untouched. (Without root there is no
 * second user: then the node's files must simply be ours.)
 */
class NodePrivilegeIT {

    @Test
    void links_planted_by_the_nodes_user_are_not_followed_by_root() throws Exception {
        NodeSettings settings = NodeSettings.from(TestCluster.baseConfig(), BuildInfo.load())
                .withBaseDir(TestCluster.projectDir().resolve("target/it-privilege-node"))
                .withHttpPort(TestCluster.freePortPair());
        LocalNode.start(settings).close(); // lays out the node's files
        NodeLayout layout = LocalNode.layout(settings);
        if (!ServiceUser.weAreRoot()) {
            assertThat(uid(layout.config())).isEqualTo(uid(Path.of(System.getProperty("user.home"))));
            return;
        }
        Path secret = Files.createTempFile("root-only", ".txt");
        Files.writeString(secret, "root's secret\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        try {
            List<Path> targets = new ArrayList<>(List.of(
                    layout.config().resolve("elasticsearch.yml"),
                    layout.config().resolve("jvm.options.d/heap.options"),
                    layout.pidFile(),
                    layout.consoleLog(),
                    layout.dir().resolve("keystore.log"),
                    layout.logs().resolve("console.log"),
                    layout.data().resolve("planted-link"),
                    layout.tmp().resolve("heap.options"),
                    layout.passwordFile(),
                    layout.config().resolve("elasticsearch.keystore")));
            int planted = 0;
            for (Path target : targets) {
                if (asServiceUser("ln", "-sfn", secret.toString(), target.toString()) == 0) {
                    planted++;
                }
            }
            assertThat(planted)
                    .as("links the node's user could plant (only in data, logs, tmp)")
                    .isEqualTo(3);
            assertThat(asServiceUser("sh", "-c", "echo x > " + layout.config().resolve("jvm.options")))
                    .isNotZero();
            assertThat(asServiceUser("cat", layout.passwordFile().toString()))
                    .as("the node's user reading the password file")
                    .isNotZero();

            // As an earlier version left it: the folder and config/ the node's user's, its links planted there.
            Path heap = layout.config().resolve("jvm.options.d/heap.options");
            assertThat(ServiceUser.run(List.of(
                            "chown", "-h", ServiceUser.NAME, layout.dir().toString())))
                    .isZero();
            assertThat(ServiceUser.run(List.of(
                            "chown",
                            "-R",
                            "-h",
                            ServiceUser.NAME,
                            layout.config().toString())))
                    .isZero();
            for (Path target : List.of(
                    heap, layout.config().resolve("elasticsearch.yml"), layout.passwordFile(), layout.pidFile())) {
                assertThat(asServiceUser("ln", "-sfn", secret.toString(), target.toString()))
                        .as("planting %s in the folder it owned", target)
                        .isZero();
            }

            try (LocalNode again = LocalNode.start(settings)) {
                assertThat(again.owned()).isTrue();
            }
            assertThat(Files.readString(secret)).isEqualTo("root's secret\n");
            assertThat(uid(secret)).isZero();
            assertThat(uid(layout.config())).isZero();
            assertThat(uid(layout.dir())).isZero();
            assertThat(uid(layout.data())).isNotZero();
            assertThat(Files.isSymbolicLink(heap)).isFalse();
            assertThat(Files.readString(heap)).startsWith("-Xms");
            assertThat(Files.isRegularFile(layout.passwordFile(), LinkOption.NOFOLLOW_LINKS))
                    .isTrue();
            assertThat(uid(layout.passwordFile())).isZero();
            assertThat(PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(layout.passwordFile(), LinkOption.NOFOLLOW_LINKS)))
                    .isEqualTo("rw-------");
            assertThat(Files.readString(layout.passwordFile())).doesNotContain("secret");
        } finally {
            Files.deleteIfExists(secret);
        }
    }

    private static int uid(Path p) throws Exception {
        return (Integer) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS);
    }

    private static int asServiceUser(String... command) {
        return ServiceUser.run(ServiceUser.asServiceUser(List.of(command)));
    }
}
