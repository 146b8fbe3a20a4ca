package jp.policysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import jp.policysearch.es.Cluster;
import jp.policysearch.es.ServiceUser;
import jp.policysearch.testsupport.CorpusFolder;
import jp.policysearch.testsupport.TestCluster;
import org.junit.jupiter.api.Test;

/**
 * As root, {@code add} and {@code remove} (the real commands in their own JVMs, as {@code bin/policy-search} runs
 * them) write the corpus as its own user: a file only root may read is added, the files written belong to
 * {@code policy-search-corpus}, and the web server's user may take the corpus lock but can neither change the
 * corpus nor plant a link in it. Without root nothing is re-run.
 */
class CorpusOwnerIT {

    private static final String ALIAS = "corpus-owner-it";
    private static final String COUNCIL = "003_a080c5afe313da11.txt";

    @Test
    void as_root_add_and_remove_write_the_corpus_as_its_own_user_and_the_web_server_may_only_read_it()
            throws Exception {
        if (!ServiceUser.weAreRoot()) {
            assertThat(Unprivileged.forCorpus(TestCluster.config(), Map.of())).isEmpty();
            return;
        }
        Map<Path, Set<PosixFilePermission>> restore = UnprivilegedIT.openWayTo(TestCluster.projectDir());
        Path base = Files.createTempDirectory("corpus-owner-it");
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path corpus = CorpusFolder.copy(
                base.resolve("corpus"), name -> !name.endsWith(".txt") && !name.equals("manifest.json"));
        Path inbox = Files.createDirectories(base.resolve("inbox")); // root's own, 0700: the corpus user cannot read it
        Files.setPosixFilePermissions(inbox, PosixFilePermissions.fromString("rwx------"));
        Path source =
                Files.copy(TestCluster.projectDir().resolve("corpus").resolve(COUNCIL), inbox.resolve("council.txt"));
        Path outside = Files.writeString(base.resolve("outside.txt"), "root's\n");
        try {
            String added = run(corpus, "add", source.toString(), "--id", "council-owner-it");
            int corpusUid = UnprivilegedIT.uidOf(CorpusOwner.DEFAULT_USER);
            assertThat(CorpusOwner.uid(corpus)).as(added).isEqualTo(corpusUid);
            assertThat(CorpusOwner.uid(corpus.resolve("council.txt"))).isEqualTo(corpusUid);
            assertThat(CorpusOwner.uid(corpus.resolve("manifest.json"))).isEqualTo(corpusUid);
            assertThat(Files.readString(corpus.resolve("manifest.json"))).contains("council-owner-it");
            assertThat(Files.readString(corpus.resolve("council.txt")))
                    .isEqualTo(Files.readString(source, StandardCharsets.UTF_8));

            String web = Unprivileged.DEFAULT_USER;
            Path lock = corpus.resolve(".policy-search.lock");
            assertThat(asUser(web, ": >> '" + lock + "' && echo ok")).containsExactly("ok");
            assertThat(asUser(web, "(echo x >> '" + corpus.resolve("manifest.json") + "') 2>/dev/null || echo refused"))
                    .containsExactly("refused");
            Path planted = corpus.resolve(".policy-search-hashes.json.tmp");
            assertThat(asUser(web, "ln -s '" + outside + "' '" + planted + "' 2>/dev/null || echo refused"))
                    .containsExactly("refused");
            assertThat(Files.exists(planted, LinkOption.NOFOLLOW_LINKS)).isFalse();

            String removed = run(corpus, "remove", "council-owner-it");
            assertThat(removed).contains("Removed council-owner-it");
            assertThat(corpus.resolve("council.txt")).doesNotExist();
            assertThat(Files.readString(corpus.resolve("manifest.json"))).doesNotContain("council-owner-it");
            assertThat(Files.readString(outside)).isEqualTo("root's\n");
            assertThat(CorpusOwner.uid(outside)).isZero();
        } finally {
            try (Cluster cluster = TestCluster.cluster()) {
                CorpusFolder.dropIndices(cluster.indexingClient(), ALIAS);
            }
            for (Map.Entry<Path, Set<PosixFilePermission>> e : restore.entrySet()) {
                Files.setPosixFilePermissions(e.getKey(), e.getValue());
            }
            try (var walk = Files.walk(base)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Runs a command as root in its own JVM; its output, after checking it exited 0. */
    private static String run(Path corpus, String... args) throws Exception {
        Path log = Files.createTempFile("corpus-owner", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dpolicysearch.project.dir=" + TestCluster.projectDir(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(TestCluster.esEnvironment());
        builder.environment().put("CORPUS_DIR", corpus.toString());
        builder.environment().put("INDEX_ALIAS", ALIAS);
        builder.environment().remove(Unprivileged.USER_VARIABLE);
        builder.environment().remove(CorpusOwner.USER_VARIABLE);
        Process p = builder.start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String out = Files.readString(log);
        Files.delete(log);
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static List<String> asUser(String user, String script) throws IOException {
        return Unprivileged.output(ServiceUser.asUser(user, List.of("sh", "-c", script)));
    }
}
