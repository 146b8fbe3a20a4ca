package jp.policysearch.testsupport;

import co.elastic.clients.elasticsearch._types.Refresh;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import jp.policysearch.es.Cluster;

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

    private static CorpusServer server;

    private PagesFixture() {}

    /** The running server's port, for requests sent over a raw socket. */
    public static int port() {
        return URI.create(baseUrl()).getPort();
    }

    /** Base URL of the running server, e.g. {@code http://localhost:41234}. */
    public static synchronized String baseUrl() {
        if (server == null) {
            server = CorpusServer.start(ALIAS);
            try {
                addMarkupSection(server.cluster());
            } catch (IOException e) {
                throw new IllegalStateException(
                        "could not add the markup section to " + ALIAS + ": " + e.getMessage(), e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-pages-server"));
        }
        return server.base();
    }

    private static void addMarkupSection(Cluster cluster) throws IOException {
        // the _id of a section also names its generation; the section id is the field "id"
        var found = cluster.client()
                .search(
                        s -> s.index(ALIAS)
                                .size(1)
                                .query(q -> q.term(t -> t.field("id").value("growth-roadmap-2026/c01/goal"))),
                        ObjectNode.class);
        if (found.hits().hits().isEmpty()) {
            throw new IllegalStateException("the corpus section growth-roadmap-2026/c01/goal is missing from " + ALIAS);
        }
        ObjectNode doc = found.hits().hits().get(0).source().deepCopy();
        doc.put("id", MARKUP_ID);
        doc.put("group_key", MARKUP_ID);
        doc.put("order", 9999);
        doc.put("title", "<i>見出し</i> " + MARKUP_WORD);
        doc.put("text", MARKUP_TEXT);
        ArrayNode passages = doc.putArray("passages");
        ObjectNode p = passages.addObject();
        p.put("anchor", "h0a1b2c");
        p.put("alias", "p1");
        p.put("heading", "<h1>偽の見出し</h1>");
        p.put("text", MARKUP_TEXT);
        doc.putArray("notes").add("<img src=x onerror=alert(2)>");
        cluster.client().index(i -> i.index(ALIAS).id(MARKUP_ID).document(doc).refresh(Refresh.True));
    }
}
