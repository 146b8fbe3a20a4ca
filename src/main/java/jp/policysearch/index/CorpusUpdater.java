package jp.policysearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.policysearch.BuildInfo;
import jp.policysearch.Config;
import jp.policysearch.corpus.Corpus;
import jp.policysearch.corpus.CorpusDocument;
import jp.policysearch.corpus.CorpusException;
import jp.policysearch.corpus.CorpusLock;
import jp.policysearch.corpus.DocumentInfo;
import jp.policysearch.corpus.DocumentText;
import jp.policysearch.corpus.ManifestReader;
import jp.policysearch.corpus.ManifestWriter;
import jp.policysearch.section.DocumentParsers;
import jp.policysearch.section.ParsedCorpus;
import jp.policysearch.section.Section;
import jp.policysearch.section.SectionParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds, replaces and removes single documents: the corpus folder (file and manifest entry) and the live index
 * change together, one writer at a time ({@link CorpusLock}), through {@link DocumentIndexer}'s generation switch.
 * Before each change it repairs what an interrupted one left: hidden sections are deleted, documents whose file or
 * entry differ from their indexed generation are indexed again, and documents no longer in the manifest are removed.
 */
public final class CorpusUpdater {

    private static final Logger log = LoggerFactory.getLogger(CorpusUpdater.class);

    /** What the user gave on the command line; null where nothing was given. */
    public record Request(Path file, String id, String title, List<String> issuers, String date, String kind) {

        public Request {
            issuers = issuers == null ? List.of() : List.copyOf(issuers);
        }

        public static Request of(Path file) {
            return new Request(file, null, null, List.of(), null, null);
        }
    }

    /** A change refused before it began: nothing was changed. */
    public static final class Refused extends IndexingException {
        Refused(String message) {
            super(message);
        }
    }

    /** What {@link #add} did. */
    public record Added(DocumentInfo info, boolean replaced, boolean unchanged, long sections, Path stored) {}

    /**
     * What a repair pass did: hidden generations deleted, documents indexed again or removed, and documents whose
     * change had stopped after its switch and whose group keys and version fields were brought up to date.
     */
    public record Repaired(
            List<String> hiddenDeleted, List<String> reindexed, List<String> removed, List<String> finished) {
        public boolean any() {
            return !hiddenDeleted.isEmpty() || !reindexed.isEmpty() || !removed.isEmpty() || !finished.isEmpty();
        }
    }

    private final ElasticsearchClient client;
    private final Config config;
    private final DocumentIndexer indexer;
    private final DocumentIntakeAdapter intake;
    private final GroupJoiner joiner;
    private final VersionFields versionFields;
    private final FollowUps followUps;
    private final DocumentIndexer.Checkpoint checkpoint;
    /** The last stage the change in progress reached (null before its switch began): what a failure left. */
    private DocumentIndexer.Stage reached;

    public CorpusUpdater(ElasticsearchClient client, Config config, DocumentIndexer.Checkpoint checkpoint) {
        this.client = client;
        this.config = config;
        this.checkpoint = stage -> {
            reached = stage;
            checkpoint.reached(stage);
        };
        this.indexer = new DocumentIndexer(client, config.indexAlias(), this.checkpoint);
        this.followUps = new FollowUps(config.corpusDir());
        this.intake = new DocumentIntakeAdapter(config);
        this.joiner = new GroupJoiner(client);
        this.versionFields = new VersionFields(client);
    }

    public CorpusUpdater(ElasticsearchClient client, Config config) {
        this(client, config, stage -> {});
    }

    /**
     * Adds a document (or replaces the one with the same id).
     *
     * @throws CorpusException naming the file when it cannot be added; nothing is changed then
     */
    public Added add(Request request) throws IOException {
        Path corpusDir = config.corpusDir();
        try (CorpusLock lock = CorpusLock.acquire(corpusDir)) {
            DocumentIntakeAdapter.Read read = intake.read(request);
            String fileHash = ContentHash.ofFile(request.file());
            FileHashes hashes = FileHashes.in(corpusDir); // the corpus is read only where a file changed
            reached = null;
            try {
                return add(request, read, fileHash, hashes);
            } catch (CorpusException | Refused e) {
                throw e; // refused before anything changed
            } catch (IOException | RuntimeException e) {
                throw failed(
                        "adding " + name(request.file()) + " as '" + read.info().id() + "'",
                        "the new version of '" + read.info().id() + "'",
                        e);
            } finally {
                hashes.save();
            }
        }
    }

    private Added add(Request request, DocumentIntakeAdapter.Read read, String fileHash, FileHashes hashes)
            throws IOException {
        Path corpusDir = config.corpusDir();
        ManifestReader.Result manifest = new ManifestReader().read(corpusDir.resolve(ManifestReader.MANIFEST));
        DocumentInfo previous = null;
        for (DocumentInfo other : manifest.entries()) {
            if (other.id().equals(read.info().id())) {
                previous = other;
                continue;
            }
            Path otherFile = corpusDir.resolve(other.file());
            if (Files.isRegularFile(otherFile) && hashes.of(otherFile).equals(fileHash)) {
                throw new CorpusException(
                        name(request.file()),
                        0,
                        "is the same file as document '"
                                + other.id() + "' (" + other.file()
                                + ") already in the corpus; to replace that one, "
                                + "add it with --id " + other.id()
                                + ", or remove it first: bin/policy-search remove "
                                + other.id());
            }
        }
        String target = storedName(request.file(), previous, fileHash);
        // a document added again keeps the parsing hints a person put in its entry (e.g. a roadmap's area)
        DocumentInfo info =
                withFile(previous == null ? read.info() : read.info().withParsingDefaults(previous.parsing()), target);
        ObjectNode entry = ManifestWriter.entry(info);
        String generation = Generation.of(info, fileHash);
        if (new IndexAliases(client, config.indexAlias()).live().isEmpty()) {
            List<Section> sections = parse(info, read.text()); // refuses before the corpus changes
            writeCorpus(request.file(), info, entry, previous);
            reached = DocumentIndexer.Stage.CORPUS_WRITTEN; // and no index yet: the build below makes the first
            SectionIndexer.Result built =
                    new CorpusIndexer(client, config).indexLocked(total -> Progress.silent(), false);
            log.info("Added {} and built the first index {}", info.id(), built.index());
            return new Added(info, previous != null, false, sections.size(), corpusDir.resolve(target));
        }
        repairLocked(manifest.entries(), hashes);
        if (previous != null && generation.equals(indexer.liveGenerations().get(info.id()))) {
            return new Added(info, true, true, 0, corpusDir.resolve(info.file()));
        }
        List<Section> parsed = parse(info, read.text());
        GroupJoiner.Joined joined =
                joiner.join(indexer.liveIndex(), info.id(), parsed, positions(manifest.entries(), info.id()));
        List<Section> sections = joined.sections();
        List<IndexedSection> documents = documents(info, generation, sections);
        DocumentInfo old = previous;
        Path source = request.file();
        FollowUps.Pending owed = new FollowUps.Pending(info.id(), joined.renamed(), joined.touched());
        DocumentIndexer.Change change = indexer.replace(info.id(), generation, documents, () -> {
            writeCorpus(source, info, entry, old);
            followUps.add(owed);
        });
        checkpoint.reached(DocumentIndexer.Stage.REPLACED);
        finish(change.index(), owed);
        updateMeta(change.index(), hashes);
        log.info(
                "{} {}: {} sections (generation {})",
                old == null ? "Added" : "Replaced",
                info.id(),
                sections.size(),
                generation);
        return new Added(info, old != null, false, sections.size(), corpusDir.resolve(target));
    }

    /** Takes a document out of the corpus and the index. */
    public DocumentIndexer.Change remove(String id) throws IOException {
        Path corpusDir = config.corpusDir();
        try (CorpusLock lock = CorpusLock.acquire(corpusDir)) {
            ManifestReader.Result manifest = new ManifestReader().read(corpusDir.resolve(ManifestReader.MANIFEST));
            DocumentInfo entry = manifest.entries().stream()
                    .filter(e -> e.id().equals(id))
                    .findFirst()
                    .orElseThrow(() -> new CorpusException(
                            ManifestReader.MANIFEST,
                            0,
                            "has no document '" + id
                                    + "'; the documents are: "
                                    + String.join(
                                            ", ",
                                            manifest.entries().stream()
                                                    .map(DocumentInfo::id)
                                                    .toList())));
            FileHashes hashes = FileHashes.in(corpusDir);
            reached = null;
            try {
                repairLocked(manifest.entries(), hashes);
                GroupJoiner.Joined joined =
                        joiner.join(indexer.liveIndex(), id, List.of(), positions(manifest.entries(), id));
                FollowUps.Pending owed = new FollowUps.Pending(id, joined.renamed(), joined.touched());
                DocumentIndexer.Change change = indexer.remove(id, () -> {
                    new ManifestWriter(corpusDir).remove(id);
                    deleteQuietly(corpusDir.resolve(entry.file()));
                    followUps.add(owed);
                });
                checkpoint.reached(DocumentIndexer.Stage.REPLACED);
                finish(change.index(), owed);
                updateMeta(change.index(), hashes);
                log.info("Removed {}: {} sections", id, change.sectionsDeleted());
                return change;
            } catch (CorpusException | Refused e) {
                throw e; // refused before anything changed
            } catch (IOException | RuntimeException e) {
                throw failed("removing '" + id + "'", "'" + id + "' removed", e);
            } finally {
                hashes.save();
            }
        }
    }

    /** Brings the live index in line with the corpus folder after an interrupted change (see the class comment). */
    public Repaired repair() throws IOException {
        Path corpusDir = config.corpusDir();
        try (CorpusLock lock = CorpusLock.acquire(corpusDir)) {
            ManifestReader.Result manifest = new ManifestReader().read(corpusDir.resolve(ManifestReader.MANIFEST));
            FileHashes hashes = FileHashes.in(corpusDir);
            try {
                return repairLocked(manifest.entries(), hashes);
            } finally {
                hashes.save();
            }
        }
    }

    private Repaired repairLocked(List<DocumentInfo> entries, FileHashes hashes) throws IOException {
        if (new IndexAliases(client, config.indexAlias()).live().isEmpty()) {
            // e.g. the first add's build failed after the corpus was written: build it now
            SectionIndexer.Result built =
                    new CorpusIndexer(client, config).indexLocked(total -> Progress.silent(), false);
            log.info("Built the index {} ({} sections): there was none", built.index(), built.sections());
            return new Repaired(
                    List.of(), entries.stream().map(DocumentInfo::id).toList(), List.of(), List.of());
        }
        requireCurrentMappings();
        List<String> hidden = indexer.repair();
        Map<String, String> live = indexer.liveGenerations();
        List<String> reindexed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        Path corpusDir = config.corpusDir();
        for (DocumentInfo info : entries) {
            Path file = corpusDir.resolve(info.file());
            if (!Files.isRegularFile(file)) {
                continue; // a problem the full index reports; nothing to index from
            }
            String generation = Generation.of(info, hashes.of(file));
            if (generation.equals(live.remove(info.id()))) {
                continue;
            }
            GroupJoiner.Joined joined = joiner.join(
                    indexer.liveIndex(), info.id(), parse(info, intake.text(info)), positions(entries, info.id()));
            DocumentIndexer.Change change =
                    indexer.replace(info.id(), generation, documents(info, generation, joined.sections()), () -> {});
            joiner.rename(change.index(), info.id(), joined.renamed());
            versionFields.update(change.index(), joined.touched());
            reindexed.add(info.id());
        }
        for (String orphan : live.keySet()) {
            indexer.remove(orphan, () -> {});
            removed.add(orphan);
        }
        List<String> finished = new ArrayList<>();
        for (FollowUps.Pending owed : followUps.read()) {
            if (!reindexed.contains(owed.doc())) { // indexed again just now: its own join did all of this
                finish(indexer.liveIndex(), owed);
                finished.add(owed.doc());
            } else {
                followUps.done(owed.doc());
            }
        }
        Repaired repaired = new Repaired(hidden, reindexed, removed, finished);
        if (repaired.any()) {
            log.info(
                    "Repaired the index: deleted the hidden generations {}, re-indexed {}, removed {}, finished the "
                            + "group keys and version fields of {}",
                    hidden,
                    reindexed,
                    removed,
                    finished);
            updateMeta(indexer.liveIndex(), hashes);
        }
        return repaired;
    }

    /** What a change owes the other documents after its switch: their group keys and version fields. */
    private void finish(String index, FollowUps.Pending owed) throws IOException {
        joiner.rename(index, owed.doc(), owed.renamed());
        versionFields.update(index, owed.touched());
        followUps.done(owed.doc());
    }

    /**
     * A failure of a change, saying truthfully what it left: from the last stage reached, what the corpus folder
     * and the live index hold now, and that the next add, remove or index repairs the rest.
     */
    private IndexingException failed(String what, String now, Exception cause) {
        String left = switch (reached == null ? "" : reached.name()) {
            case "" ->
                "the corpus folder was not changed; the live index was not changed, or only repaired"
                        + " where an earlier change had been interrupted";
            case "HIDDEN", "SECTIONS_WRITTEN" ->
                "the corpus folder was not changed and searches still see"
                        + " the old version (or nothing, for a new document); sections written for the new"
                        + " version are hidden and the next add, remove or index deletes them";
            case "CORPUS_WRITTEN" ->
                "the corpus folder has " + now + ", but the live index may not have"
                        + " it yet (searches may still see the old version); the next add, remove or index"
                        + " brings the live index in line";
            case "SWITCHED" ->
                "the corpus folder and the live index have " + now + "; the old sections"
                        + " are hidden, and the group keys and version fields of other documents are not"
                        + " updated yet: the next add, remove or index finishes that";
            default ->
                "the corpus folder and the live index have " + now + "; the group keys, version"
                        + " fields or build information of other documents are not all updated yet: the next"
                        + " add, remove or index finishes that";
        };
        String message = what + " failed (" + cause.getMessage() + "); " + left;
        log.warn("{}", message, cause);
        return new IndexingException(message, cause);
    }

    /**
     * Refuses a change to a live index built with other mappings: its sections would not fit (a field it does not
     * know), and only a full rebuild changes mappings.
     */
    private void requireCurrentMappings() throws IOException {
        String live = indexer.liveIndex();
        IndexMeta meta = new CorpusIndexer(client, config).meta(live);
        String current = IndexDefinition.load(config.mappingsDir()).hash();
        if (meta != null && !meta.mappingsHash().equals(current)) {
            throw new Refused("the live index " + live + " was built with other mappings (index-mappings/"
                    + " changed since); rebuild it first with bin/policy-search index, then run this again");
        }
    }

    /** Corpus order: manifest order, a new document last. */
    private static Map<String, Integer> positions(List<DocumentInfo> entries, String id) {
        Map<String, Integer> out = new HashMap<>();
        for (DocumentInfo e : entries) {
            out.put(e.id(), out.size());
        }
        out.putIfAbsent(id, out.size());
        return out;
    }

    private List<Section> parse(DocumentInfo info, DocumentText text) {
        SectionParser parser = DocumentParsers.sectionParser(config.rulesDir());
        ParsedCorpus parsed = parser.parse(new Corpus(
                List.of(info), List.of(new CorpusDocument(info, text.lines(), text.pageStarts())), List.of()));
        if (!parsed.problems().isEmpty()) {
            throw new CorpusException(parsed.problems());
        }
        if (parsed.sections().isEmpty()) {
            throw new CorpusException(info.file(), 0, "gave no sections");
        }
        return parsed.sections();
    }

    private static List<IndexedSection> documents(DocumentInfo info, String generation, List<Section> sections) {
        SectionDocuments documents = new SectionDocuments(List.of(info), id -> generation);
        return sections.stream().map(documents::toDocument).toList();
    }

    /** Copies the file in (unless it is already there) and writes its manifest entry: the corpus side of a change. */
    private void writeCorpus(Path source, DocumentInfo info, ObjectNode entry, DocumentInfo previous) {
        Path corpusDir = config.corpusDir();
        Path target = corpusDir.resolve(info.file());
        boolean copied = false;
        try {
            if (!Files.exists(target) || !Files.isSameFile(source, target)) {
                copied = !Files.exists(target);
                Path temp = corpusDir.resolve("." + info.file() + ".tmp");
                Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " into " + corpusDir, e);
        }
        try {
            new ManifestWriter(corpusDir).put(entry);
        } catch (RuntimeException e) {
            if (copied) {
                deleteQuietly(target); // the corpus folder stays as it was: no file the manifest does not list
            }
            throw e;
        }
        if (previous != null && !previous.file().equals(info.file())) {
            deleteQuietly(corpusDir.resolve(previous.file()));
        }
    }

    /**
     * The file's name in the corpus folder: its own name when free (or already the document's), else the name with
     * a part of its content hash, so that the old file stays until the manifest names the new one.
     */
    private String storedName(Path source, DocumentInfo previous, String fileHash) throws IOException {
        Path corpusDir = config.corpusDir();
        String own = name(source);
        Path candidate = corpusDir.resolve(own);
        if (Files.exists(candidate) && Files.isSameFile(source, candidate)) {
            return own; // dropped into the folder by the user
        }
        boolean taken =
                Files.exists(candidate) || previous != null && previous.file().equals(own);
        if (!taken) {
            return own;
        }
        int dot = own.lastIndexOf('.');
        String stem = dot > 0 ? own.substring(0, dot) : own;
        String ext = dot > 0 ? own.substring(dot).toLowerCase(Locale.ROOT) : "";
        return stem + "-" + fileHash.substring(0, 8) + ext;
    }

    private static DocumentInfo withFile(DocumentInfo info, String file) {
        return info.withIdAndFile(info.id(), file);
    }

    private void updateMeta(String index, FileHashes hashes) throws IOException {
        IndexMeta meta = new CorpusIndexer(client, config).meta(index);
        IndexDefinition definition = IndexDefinition.load(config.mappingsDir());
        ManifestReader.Result manifest =
                new ManifestReader().read(config.corpusDir().resolve(ManifestReader.MANIFEST));
        // build_time moves on: pages' Last-Modified and ETag follow the change
        indexer.updateMeta(
                index,
                new IndexMeta(
                        Instant.now().toString(),
                        ContentHash.of(config.corpusDir(), hashes),
                        meta == null ? definition.hash() : meta.mappingsHash(),
                        BuildInfo.load().version(),
                        indexer.visibleSections(),
                        manifest.entries().size(),
                        meta == null ? "" : meta.analysisHash()));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }

    static String name(Path file) {
        return file.getFileName().toString();
    }
}
