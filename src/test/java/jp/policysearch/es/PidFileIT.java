package jp.policysearch.es;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.policysearch.BuildInfo;
import jp.policysearch.testsupport.TestCluster;
import org.junit.jupiter.api.Test;

/** A node restarted under a running owner: the old owner's shutdown must not delete the new node's pid file. */
class PidFileIT {

    @Test
    void stopping_an_old_node_leaves_the_pid_file_of_the_node_started_since() throws Exception {
        NodeSettings settings = NodeSettings.from(TestCluster.baseConfig(), BuildInfo.load())
                .withBaseDir(TestCluster.projectDir().resolve("target/it-pid-node"))
                .withHttpPort(TestCluster.freePortPair());
        LocalNode first = LocalNode.start(settings); // serve's node
        LocalNode second = null;
        try {
            assertThat(LocalNode.stopRunning(settings)).isTrue(); // es stop ...
            second = LocalNode.start(settings); //                    ... es start, while serve still runs
            assertThat(second.owned()).isTrue();
            Path pidFile = LocalNode.layout(settings).pidFile();
            String newPid = Files.readString(pidFile).strip();

            first.close(); // serve gets SIGTERM

            assertThat(pidFile).exists();
            assertThat(Files.readString(pidFile).strip()).isEqualTo(newPid);
            assertThat(LocalNode.status(settings)).startsWith("running").contains("pid " + newPid);
            assertThat(LocalNode.stopRunning(settings)).isTrue(); // es stop finds and stops the new node
            assertThat(pidFile).doesNotExist();
            assertThat(LocalNode.status(settings)).startsWith("not running");
        } finally {
            first.close();
            if (second != null) {
                second.close();
            }
        }
    }
}
