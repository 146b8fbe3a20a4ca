package jp.policysearch.testsupport;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import jp.policysearch.index.IndexAliases;

/** A test's own corpus folder (a copy of the checkout's, so that adding documents leaves corpus/ alone). */
public final class CorpusFolder {

    private CorpusFolder() {}

    /** Copies the files of the checkout's corpus/ whose relative path {@code include} accepts into {@code to}. */
    public static Path copy(Path to, Predicate<String> include) throws IOException {
        Path real = TestCluster.projectDir().resolve("corpus");
        try (Stream<Path> walk = Files.walk(real)) {
            for (Path p : walk.toList()) {
                String name = real.relativize(p).toString();
                Path target = to.resolve(name);
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (include.test(name)) {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    /** Deletes every index of an alias's family (a test's cleanup). */
    public static void dropIndices(ElasticsearchClient client, String alias) throws IOException {
        for (String index : new IndexAliases(client, alias).family()) {
            client.indices().delete(d -> d.index(index));
        }
    }

    /** The names of a folder's files, sorted, without the hidden ones (temporary files, the lock). */
    public static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("."))
                    .sorted()
                    .toList();
        }
    }
}
