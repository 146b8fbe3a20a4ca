package jp.policysearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.policysearch.BuildInfo;
import jp.policysearch.Config;
import jp.policysearch.corpus.CorpusException;
import jp.policysearch.corpus.CorpusProblem;
import jp.policysearch.es.LocalNode;
import jp.policysearch.es.NodeException;
import jp.policysearch.es.NodeSettings;

/**
 * The entry point behind {@code bin/policy-search}: one sub-command per verb. The launcher script finds the JDK,
 * builds when needed, and runs {@code test} itself.
 */
public final class Main {

    private static final String USAGE = """
            usage: bin/policy-search <command>
              serve                 start Elasticsearch (unless ES_URL is set), index if needed, serve on PORT (7070)
              index [--force]       build a new index from corpus/ and switch the alias to it; --force accepts a
                                    build that loses documents or sections compared with the live index
              index --rollback      switch the alias back to the previous index
              add FILE... [--id ID] [--title T] [--issuer NAME]... [--date YYYY-MM[-DD]] [--kind K]
                                    add a PDF, text or Markdown file to the corpus and the live index
              remove ID             take a document out of the corpus and the live index
              sections [--doc ID]   print the sections that would be indexed, one JSON object per line
              es start|stop|status  manage the local Elasticsearch node
              test                  run the whole test suite
            """;

    /** The commands that read the corpus or serve it: as root they run as an unprivileged user. */
    private static final Set<String> DROPS_ROOT = Set.of("serve", "index", "sections");

    /** The commands that change the corpus folder: as root they run as the corpus's own user. */
    private static final Set<String> CORPUS_WRITERS = Set.of("add", "remove");

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.print(USAGE);
            return 2;
        }
        Path projectDir = Path.of(System.getProperty("policysearch.project.dir", "."))
                .toAbsolutePath()
                .normalize();
        List<String> rest = args.subList(1, args.size());
        try {
            if (DROPS_ROOT.contains(args.get(0))) {
                Optional<Unprivileged> drop = Unprivileged.forRoot(Config.fromEnvironment(projectDir), System.getenv());
                if (drop.isPresent()) {
                    return drop.get().run(args);
                }
            }
            if (CORPUS_WRITERS.contains(args.get(0)) && !rest.isEmpty()) {
                Optional<Unprivileged> drop =
                        Unprivileged.forCorpus(Config.fromEnvironment(projectDir), System.getenv());
                if (drop.isPresent()) {
                    return drop.get().run(args);
                }
            }
            return switch (args.get(0)) {
                case "serve" ->
                    new ServeCommand(
                                    Config.fromEnvironment(projectDir),
                                    Boolean.parseBoolean(System.getenv(Unprivileged.AWAIT_NODE_VARIABLE)))
                            .run();
                case "es" -> es(rest, Config.fromEnvironment(projectDir), out, err);
                case "index" -> new IndexCommand(Config.fromEnvironment(projectDir)).run(rest, out, err);
                case "add" -> new AddCommand(Config.fromEnvironment(projectDir)).add(rest, out, err);
                case "remove" -> new AddCommand(Config.fromEnvironment(projectDir)).remove(rest, out, err);
                case "sections" -> {
                    Config config = Config.fromEnvironment(projectDir);
                    yield new SectionsCommand().run(rest, out, err, config.corpusDir(), config.rulesDir());
                }
                case "help", "--help", "-h" -> {
                    out.print(USAGE);
                    yield 0;
                }
                default -> {
                    err.println("policy-search: unknown command '" + args.get(0) + "'");
                    err.print(USAGE);
                    yield 2;
                }
            };
        } catch (Config.ConfigException | NodeException | IOException e) {
            err.println("policy-search: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (CorpusException e) {
            // a broken kinds/*.json, areas.json or manifest: file and line, no stack trace; nodes were stopped
            e.problems().forEach(p -> err.println("policy-search: " + located(p)));
            err.println("policy-search: fix the corpus configuration above and run the command again");
            return 1;
        }
    }

    /**
     * A problem as {@code corpus/<file>:<line>: message}; loaders that name a full path keep it. The data files'
     * loaders ({@link jp.policysearch.corpus.DataFileReader}) pass the line on, JSON syntax errors included.
     */
    static String located(CorpusProblem p) {
        return Path.of(p.file()).isAbsolute() ? p.toString() : "corpus/" + p;
    }

    private static int es(List<String> args, Config config, PrintStream out, PrintStream err) {
        if (!config.usesLocalNode()) {
            err.println("policy-search: ES_URL is set (" + config.esUrl() + "), so there is no local node to manage");
            return 2;
        }
        NodeSettings settings = NodeSettings.from(config, BuildInfo.load());
        String verb = args.isEmpty() ? "" : args.get(0);
        switch (verb) {
            case "start" -> {
                LocalNode node = LocalNode.start(settings);
                out.println("Elasticsearch is running at " + node.url() + (node.owned() ? "" : " (already running)")
                        + "; stop it with: bin/policy-search es stop");
                out.println(node.howToReach());
                return 0;
            }
            case "stop" -> {
                out.println(
                        LocalNode.stopRunning(settings)
                                ? "Elasticsearch stopped"
                                : "no local Elasticsearch of ours was running");
                return 0;
            }
            case "status" -> {
                String status = LocalNode.status(settings);
                out.println("local Elasticsearch: " + status);
                return status.startsWith("running") ? 0 : 3;
            }
            default -> {
                err.println("policy-search: usage: bin/policy-search es start|stop|status");
                return 2;
            }
        }
    }
}
