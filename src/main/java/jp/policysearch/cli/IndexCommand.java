package jp.policysearch.cli;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jp.policysearch.Config;
import jp.policysearch.corpus.CorpusException;
import jp.policysearch.es.Cluster;
import jp.policysearch.index.CorpusIndexer;
import jp.policysearch.index.DiskFull;
import jp.policysearch.index.IndexingException;
import jp.policysearch.index.Progress;
import jp.policysearch.index.SectionIndexer;

/**
 * {@code index [--force | --rollback]}: builds a new index from corpus/ and moves the alias to it (refusing a build
 * that loses documents or sections unless forced), or moves the alias back.
 * Uses the running local node, or starts one for the duration of the command.
 */
final class IndexCommand {

    private final Config config;

    IndexCommand(Config config) {
        this.config = config;
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        boolean rollback = args.equals(List.of("--rollback"));
        boolean force = args.equals(List.of("--force"));
        if (!args.isEmpty() && !rollback && !force) {
            err.println("policy-search: usage: bin/policy-search index [--force | --rollback]");
            return 2;
        }
        try (Cluster cluster = Cluster.open(config)) {
            CorpusIndexer indexer = new CorpusIndexer(cluster.indexingClient(), config);
            if (rollback) {
                List<String> moved = indexer.aliases().rollback();
                out.println("Rolled back: alias '" + config.indexAlias() + "' moved from " + moved.get(0) + " to "
                        + moved.get(1));
                return 0;
            }
            return build(indexer, cluster, force, out, err);
        } catch (IndexingException e) {
            err.println("policy-search: indexing failed: " + DiskFull.explain(e).orElse(e.getMessage()));
            return 1;
        } catch (CorpusException e) {
            // a broken kinds/*.json or areas.json: the node this command started is already stopped here
            e.problems().forEach(p -> err.println("policy-search: " + Main.located(p)));
            err.println("policy-search: indexing failed; the live index was left as it is");
            return 1;
        } catch (IOException | ElasticsearchException e) {
            err.println("policy-search: Elasticsearch failed: "
                    + DiskFull.explain(e).orElse(e.getMessage()));
            return 1;
        }
    }

    /**
     * On Ctrl-C the shutdown hook cancels the build, lets the indexer delete its half-built index, and stops the
     * cluster's local node itself: the JVM halts when the hooks end, before this thread would close it.
     */
    private static int build(CorpusIndexer indexer, Cluster cluster, boolean force, PrintStream out, PrintStream err) {
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    indexer.cancel();
                    try {
                        done.await(20, TimeUnit.SECONDS); // let the indexer delete its half-built index
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    cluster.close();
                },
                "cancel-indexing");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            boolean terminal = "true".equals(System.getProperty("policysearch.tty")); // set by bin/policy-search
            SectionIndexer.Result result = indexer.index(total -> new Progress(out, terminal, total), force);
            out.printf(
                    "Indexed %d documents, %d sections in %.1f s into %s (alias '%s'%s)%n",
                    result.documents(),
                    result.sections(),
                    result.took().toMillis() / 1000.0,
                    result.index(),
                    indexer.aliases().alias(),
                    result.previousIndex() == null
                            ? ""
                            : "; previous index " + result.previousIndex() + " kept for rollback");
            return 0;
        } catch (IndexingException e) {
            // reported here, before the shutdown hook is released: on Ctrl-C the JVM exits right after
            err.println("policy-search: indexing failed: " + DiskFull.explain(e).orElse(e.getMessage()));
            return 1;
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
    }
}
