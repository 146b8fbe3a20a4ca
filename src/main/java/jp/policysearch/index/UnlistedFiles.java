package jp.policysearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jp.policysearch.corpus.DocumentInfo;

/**
 * Corpus files that are neither a document the manifest lists nor one of the corpus's configuration files
 * (manifest.json, areas.json, bodies.json, kinds/*.json): a document added without its manifest entry would
 * otherwise be silently missing from the index. Hidden files (editor and OS droppings) are ignored.
 */
final class UnlistedFiles {

    private static final Set<String> CONFIGURATION = Set.of("manifest.json", "areas.json", "bodies.json");

    private UnlistedFiles() {}

    /** Paths relative to {@code corpusDir}, sorted. */
    static List<String> find(Path corpusDir, List<DocumentInfo> listed) {
        Set<String> known = new HashSet<>(CONFIGURATION);
        listed.forEach(d -> known.add(d.file()));
        try (Stream<Path> walk = Files.walk(corpusDir)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> corpusDir.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !known.contains(name))
                    .filter(name -> !(name.startsWith("kinds/") && name.endsWith(".json") && name.indexOf('/', 6) < 0))
                    .filter(name -> Stream.of(name.split("/")).noneMatch(part -> part.startsWith(".")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + corpusDir, e);
        }
    }
}
