package jp.policysearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jp.policysearch.Config;
import jp.policysearch.corpus.CorpusException;
import jp.policysearch.corpus.DocumentInfo;
import jp.policysearch.corpus.DocumentIntake;
import jp.policysearch.corpus.ManifestReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the corpus folder while {@code serve} runs. A PDF, text or Markdown file that appears there and is not
 * in the manifest is added once its size and modification time stay the same over two polls (a file still being
 * copied is left alone), with a log line saying what was inferred; a file that cannot be added is logged once and
 * tried again only when it changes; in a corpus folder this process may not write (as root the web server's user may
 * only read it) a new file is logged once with the command that adds it. When a listed file or the manifest changes,
 * the index is brought in line ({@link CorpusUpdater#repair}). Polling rather than a WatchService: it also works on
 * network folders and Docker volumes, where file events are not reliable.
 */
public final class CorpusWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CorpusWatcher.class);
    private static final Set<String> EXTENSIONS = Set.of("pdf", "txt", "md", "markdown");

    /** Size and modification time: a file whose stamp did not change between two polls is complete. */
    private record Stamp(long size, long modified) {}

    private final Path corpusDir;
    private final ElasticsearchClient client;
    private final String alias;
    private final CorpusUpdater updater;
    private final Duration interval;
    private final Map<Path, Stamp> seen = new HashMap<>();
    private final Map<Path, Stamp> refused = new HashMap<>();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "corpus-watcher");
        t.setDaemon(true);
        return t;
    });
    private Map<Path, Stamp> listedBefore;

    public CorpusWatcher(ElasticsearchClient client, Config config, Duration interval) {
        this.corpusDir = config.corpusDir();
        this.client = client;
        this.alias = config.indexAlias();
        this.updater = new CorpusUpdater(client, config);
        this.interval = interval;
    }

    public CorpusWatcher start() {
        log.info("Watching {} for new documents (every {} ms)", corpusDir, interval.toMillis());
        executor.scheduleWithFixedDelay(this::pollQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (Exception e) {
            log.warn("Watching {} failed this round: {}", corpusDir, e.getMessage());
        }
    }

    /** One round: add complete new files, then repair the index when listed files changed. */
    void poll() throws IOException {
        ManifestReader.Result manifest = new ManifestReader().read(corpusDir.resolve(ManifestReader.MANIFEST));
        Set<String> listed = new HashSet<>();
        manifest.entries().forEach(e -> listed.add(e.file()));
        Map<Path, Stamp> listedNow = new HashMap<>();
        Path manifestFile = corpusDir.resolve(ManifestReader.MANIFEST);
        if (Files.exists(manifestFile)) {
            listedNow.put(manifestFile, stamp(manifestFile));
        }
        Map<Path, Stamp> current = new HashMap<>();
        for (Path file : candidates()) {
            Stamp stamp = stamp(file);
            if (listed.contains(file.getFileName().toString())) {
                listedNow.put(file, stamp);
            } else {
                current.put(file, stamp);
            }
        }
        boolean added = false;
        for (Map.Entry<Path, Stamp> e : current.entrySet()) {
            Path file = e.getKey();
            if (e.getValue().equals(seen.get(file)) && !e.getValue().equals(refused.get(file))) {
                added |= add(file, e.getValue());
            }
        }
        seen.clear();
        seen.putAll(current);
        boolean noIndex =
                !listed.isEmpty() && new IndexAliases(client, alias).live().isEmpty();
        if (!added && (noIndex || listedBefore != null && !listedBefore.equals(listedNow))) {
            CorpusUpdater.Repaired repaired = updater.repair();
            if (repaired.any()) {
                log.info(
                        "The corpus folder changed: re-indexed {}, removed {}",
                        repaired.reindexed(),
                        repaired.removed());
            }
        }
        listedBefore = added ? null : listedNow;
    }

    private boolean add(Path file, Stamp stamp) throws IOException {
        if (!Files.isWritable(corpusDir)) { // as root, the web server's user may only read the corpus
            log.warn(
                    "Not adding {}: this server may not write {} (left as it is until it changes); add it with: "
                            + "bin/policy-search add {}",
                    file.getFileName(),
                    corpusDir,
                    file);
            refused.put(file, stamp);
            return false;
        }
        try {
            CorpusUpdater.Added result = updater.add(CorpusUpdater.Request.of(file));
            DocumentInfo info = result.info();
            List<String> inferred = new DocumentIntake.Intake(info, null).inferredSummary();
            log.info(
                    "Picked up {}: added as '{}' ({} sections, kind {}); inferred: {}",
                    file.getFileName(),
                    info.id(),
                    result.sections(),
                    info.kind().label(),
                    inferred.isEmpty() ? "nothing" : String.join("; ", inferred));
            refused.remove(file);
            return true;
        } catch (CorpusException e) {
            log.warn("Cannot add {} (left as it is until it changes): {}", file.getFileName(), e.getMessage());
            refused.put(file, stamp);
            return false;
        }
    }

    private List<Path> candidates() throws IOException {
        if (!Files.isDirectory(corpusDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(corpusDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> {
                        String name = f.getFileName().toString();
                        int dot = name.lastIndexOf('.');
                        return !name.startsWith(".")
                                && dot > 0
                                && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
                    })
                    .toList();
        }
    }

    private static Stamp stamp(Path file) throws IOException {
        return new Stamp(Files.size(file), Files.getLastModifiedTime(file).toMillis());
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
