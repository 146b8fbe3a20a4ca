package jp.policysearch.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import jp.policysearch.search.DocumentView;
import jp.policysearch.search.SectionReader;

/**
 * The files crawlers and browsers ask for by name: {@code /robots.txt} (pages welcome, API and exports not),
 * {@code /sitemap.xml} (the search page, every document and every section, as absolute URLs from
 * {@code PUBLIC_BASE_URL}) and {@code /favicon.ico}.
 */
final class SiteFiles {

    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final SectionReader reader;
    private final Supplier<String> base;
    private final byte[] favicon = resource("/public/favicon.ico");

    SiteFiles(SectionReader reader, Supplier<String> base) {
        this.reader = reader;
        this.base = base;
    }

    void robots(Context ctx) {
        ctx.contentType("text/plain; charset=utf-8").result("""
                User-agent: *
                Disallow: /api/
                Disallow: /search.atom
                Allow: /

                Sitemap: %s/sitemap.xml
                """.formatted(base.get()));
    }

    void favicon(Context ctx) {
        ctx.contentType("image/x-icon").result(favicon);
    }

    void sitemap(Context ctx) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            url(xml, "/search");
            for (DocumentView doc : reader.documents()) {
                url(xml, Urls.document(doc.id()));
                DocumentView contents = reader.document(doc.id()).orElse(null);
                if (contents != null) {
                    for (DocumentView.Entry entry : contents.sections()) {
                        url(xml, entry.url());
                    }
                }
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the sitemap", e);
        }
        ctx.contentType("application/xml; charset=utf-8").result(out.toString());
    }

    private void url(XMLStreamWriter xml, String path) throws XMLStreamException {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(base.get() + path);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static byte[] resource(String name) {
        try (InputStream in = SiteFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
