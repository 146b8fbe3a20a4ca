package jp.policysearch.cli;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.policysearch.Config;
import jp.policysearch.corpus.CorpusException;
import jp.policysearch.corpus.CorpusProblem;
import jp.policysearch.corpus.DocumentInfo;
import jp.policysearch.corpus.DocumentIntake;
import jp.policysearch.es.Cluster;
import jp.policysearch.index.CorpusUpdater;
import jp.policysearch.index.DocumentIndexer;
import jp.policysearch.index.IndexingException;

/**
 * {@code add FILE... [--id ID] [--title T] [--issuer NAME]... [--date YYYY-MM[-DD]] [--kind K]} and
 * {@code remove ID}: one document into (or out of) the corpus folder and the live index, without a rebuild. Prints
 * what it inferred, so that a person can correct it with the flags; a file it cannot take is refused with the
 * file's name and what to do (exit 1), and nothing changes.
 */
final class AddCommand {

    static final String ADD_USAGE = "usage: bin/policy-search add FILE... [--id ID] [--title T] [--issuer NAME]... "
            + "[--date YYYY-MM[-DD]] [--kind K]";
    static final String REMOVE_USAGE = "usage: bin/policy-search remove ID";

    /**
     * A test stops the process here to check what an interrupted {@code add} leaves (a stage name of
     * {@link DocumentIndexer.Stage}); unset in normal use.
     */
    static final String HALT_PROPERTY = "policysearch.halt-at";

    private final Config config;
    private final DocumentIndexer.Checkpoint checkpoint;

    AddCommand(Config config) {
        this(config, haltHook());
    }

    /** With a checkpoint of a test's own, e.g. one that fails at a late stage. */
    AddCommand(Config config, DocumentIndexer.Checkpoint checkpoint) {
        this.config = config;
        this.checkpoint = checkpoint;
    }

    int add(List<String> args, PrintStream out, PrintStream err) {
        List<Path> files = new ArrayList<>();
        String id = null;
        String title = null;
        String date = null;
        String kind = null;
        List<String> issuers = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                if (i + 1 >= args.size()) {
                    err.println("policy-search: " + arg + " needs a value\n" + ADD_USAGE);
                    return 2;
                }
                String value = args.get(++i);
                switch (arg) {
                    case "--id" -> id = value;
                    case "--title" -> title = value;
                    case "--issuer" -> issuers.add(value);
                    case "--date" -> date = value;
                    case "--kind" -> kind = value;
                    default -> {
                        err.println("policy-search: unknown option " + arg + "\n" + ADD_USAGE);
                        return 2;
                    }
                }
            } else {
                files.add(Path.of(arg).toAbsolutePath().normalize());
            }
        }
        if (files.isEmpty()) {
            err.println(ADD_USAGE);
            return 2;
        }
        if (files.size() > 1 && (id != null || title != null)) {
            err.println("policy-search: --id and --title name one document; add the files one at a time");
            return 2;
        }
        try (Cluster cluster = Cluster.open(config)) {
            CorpusUpdater updater = new CorpusUpdater(cluster.indexingClient(), config, checkpoint);
            int failed = 0;
            for (Path file : files) {
                try {
                    print(updater.add(new CorpusUpdater.Request(file, id, title, issuers, date, kind)), out);
                } catch (CorpusException e) {
                    failed++;
                    refuse(file, e, err);
                }
            }
            return failed == 0 ? 0 : 1;
        } catch (IndexingException | IOException | ElasticsearchException e) {
            return failed(e, err);
        }
    }

    int remove(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1 || args.get(0).startsWith("--")) {
            err.println(REMOVE_USAGE);
            return 2;
        }
        try (Cluster cluster = Cluster.open(config)) {
            DocumentIndexer.Change change =
                    new CorpusUpdater(cluster.indexingClient(), config, checkpoint).remove(args.get(0));
            out.println("Removed " + args.get(0) + ": " + change.sectionsDeleted() + " sections taken out of "
                    + change.index());
            return 0;
        } catch (CorpusException e) {
            err.println("policy-search: cannot remove '" + args.get(0) + "': " + e.getMessage());
            return 1;
        } catch (IndexingException | IOException | ElasticsearchException e) {
            return failed(e, err);
        }
    }

    /** A refusal changed nothing; a failure of the change says what the corpus and the live index hold now. */
    private static int failed(Exception e, PrintStream err) {
        if (e instanceof CorpusUpdater.Refused) {
            err.println("policy-search: " + e.getMessage() + " (nothing was changed)");
        } else if (e instanceof IndexingException) {
            err.println("policy-search: " + e.getMessage());
        } else { // CorpusUpdater reports its own failures as IndexingException: this one came before the change
            err.println("policy-search: Elasticsearch failed before the change began (nothing was changed): "
                    + e.getMessage());
        }
        return 1;
    }

    private static void refuse(Path file, CorpusException e, PrintStream err) {
        err.println("policy-search: " + file + " was not added (the corpus and the index are unchanged):");
        for (CorpusProblem p : e.problems()) {
            err.println("  " + p);
        }
    }

    static void print(CorpusUpdater.Added added, PrintStream out) {
        DocumentInfo info = added.info();
        if (added.unchanged()) {
            out.println(info.id() + ": unchanged (the same file and metadata are already indexed)");
            return;
        }
        out.printf(
                "%s %s (%s): %d sections, searchable now%n",
                added.replaced() ? "Replaced" : "Added",
                info.id(),
                added.stored().getFileName(),
                added.sections());
        out.println("  title    " + info.title());
        out.println("  issuers  " + String.join(", ", info.ministries()));
        out.println("  date     " + (info.date() == null ? info.year() : info.date()));
        out.println("  kind     " + info.kind().label());
        if (!info.inferred().isEmpty()) {
            out.println("Inferred (check, and correct with the flags by adding the file again with the same --id):");
            new DocumentIntake.Intake(info, null).inferredSummary().forEach(line -> out.println("  " + line));
        }
    }

    private static DocumentIndexer.Checkpoint haltHook() {
        String haltAt = System.getProperty(HALT_PROPERTY);
        return stage -> {
            if (stage.name().equals(haltAt)) {
                Runtime.getRuntime().halt(137);
            }
        };
    }
}
