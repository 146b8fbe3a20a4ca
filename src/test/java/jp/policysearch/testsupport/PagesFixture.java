package jp.policysearch.testsupport;

import java.io.IOException;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.Javalin;
import jp.policysearch.Config;
import jp.policysearch.es.Cluster;
import jp.policysearch.index.CorpusIndexer;
import jp.policysearch.index.Progress;
import jp.policysearch.web.WebServer;

/**
 * The real corpus indexed under the alias {@code pages-it}, plus one synthetic section whose text looks like markup,
 * and a web server on it. Built once per test JVM (and reused from the test node while the corpus is unchanged), shared
 * by the page tests, the browser tests and the page benchmark.
 */
public final class PagesFixture {

    public static final String ALIAS = "pages-it";
    /** The synthetic section: a real section's copy whose title and passage hold a script tag. */
    public static final String MARKUP_ID = "growth-roadmap-2026/c01/pages-it-markup";
    public static final String MARKUP_WORD = "ページテスト用マーカー";
    public static final String MARKUP_TEXT = "<script>alert(\"corpus\")</script> & <b>太字</b> " + MARKUP_WORD;

    private static Javalin app;
    private static Cluster cluster;

    private PagesFixture() {
    }

    /** Base URL of the running server, e.g. {@code http://localhost:41234}. */
    public static synchronized String baseUrl() {
        if (app == null) {
            Config config = TestCluster.config().withIndexAlias(ALIAS);
            cluster = TestCluster.cluster();
            try {
                CorpusIndexer indexer = new CorpusIndexer(cluster.indexingClient(), config);
                if (indexer.staleReason().isPresent()) {
                    indexer.index(total -> Progress.silent());
                }
                addMarkupSection();
            } catch (IOException e) {
                throw new IllegalStateException("could not prepare the " + ALIAS + " index: " + e.getMessage(), e);
            }
            app = WebServer.create(config, cluster).start();
            Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "stop-pages-server"));
        }
        return "http://localhost:" + app.port();
    }

    private static void addMarkupSection() throws IOException {
        var source = cluster.client().get(g -> g.index(ALIAS).id("growth-roadmap-2026/c01/goal"), ObjectNode.class);
        if (!source.found()) {
            throw new IllegalStateException("the corpus section growth-roadmap-2026/c01/goal is missing from " + ALIAS);
        }
        ObjectNode doc = source.source().deepCopy();
        doc.put("id", MARKUP_ID);
        doc.put("group_key", MARKUP_ID);
        doc.put("order", 9999);
        doc.put("title", "<i>見出し</i> " + MARKUP_WORD);
        doc.put("text", MARKUP_TEXT);
        ArrayNode passages = doc.putArray("passages");
        ObjectNode p = passages.addObject();
        p.put("anchor", "p1");
        p.put("heading", "<h1>偽の見出し</h1>");
        p.put("text", MARKUP_TEXT);
        doc.putArray("notes").add("<img src=x onerror=alert(2)>");
        cluster.client().index(i -> i.index(ALIAS).id(MARKUP_ID).document(doc)
                .refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
    }
}
