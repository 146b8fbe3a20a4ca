package jp.policysearch.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jp.policysearch.search.SearchResult;
import jp.policysearch.search.SearchResult.DocumentRef;
import jp.policysearch.search.SearchResult.SectionHit;

/**
 * An Atom feed of one search (newest first), so a reader can follow a query. Written with the JDK's XML writer, which
 * escapes every text and attribute; snippets go in as {@code type="html"} content (escaped HTML, as Atom expects).
 */
final class AtomFeedWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    /**
     * @param base     scheme and host, e.g. {@code http://localhost:7070}
     * @param selfPath the feed's own path and query
     * @param htmlPath the same search as a page
     */
    String write(SearchResult result, String title, String base, String selfPath, String htmlPath) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", "ja");
            text(xml, "id", base + selfPath);
            text(xml, "title", title);
            text(xml, "updated", latest(result));
            link(xml, "self", base + selfPath, "application/atom+xml");
            link(xml, "alternate", base + htmlPath, "text/html");
            xml.writeStartElement("author");
            text(xml, "name", "政策文書検索");
            xml.writeEndElement();
            for (SectionHit hit : result.hits()) {
                entry(xml, hit, base);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the Atom feed", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter xml, SectionHit hit, String base) throws XMLStreamException {
        xml.writeStartElement("entry");
        text(xml, "id", base + hit.url());
        text(xml, "title", hit.title() + "（" + hit.document().title() + "）");
        text(xml, "updated", timestamp(hit.document()));
        link(xml, "alternate", base + hit.passageUrl(), "text/html");
        xml.writeStartElement("author");
        text(xml, "name", Labels.ministries(hit.ministries()));
        xml.writeEndElement();
        for (String area : hit.areas()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", xmlSafe(area));
        }
        xml.writeStartElement("summary");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(xmlSafe(String.join(" … ", hit.snippets())));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static String latest(SearchResult result) {
        return result.hits().stream().map(h -> timestamp(h.document())).max(String::compareTo)
                .orElse(DateTimeFormatter.ISO_INSTANT.format(Instant.EPOCH));
    }

    /** The document's date as an RFC 3339 instant (a month or a year alone: its first day). */
    static String timestamp(DocumentRef doc) {
        LocalDate day;
        String date = doc.date();
        if (date != null && date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            day = LocalDate.parse(date);
        } else if (date != null && date.matches("\\d{4}-\\d{2}")) {
            day = LocalDate.parse(date + "-01");
        } else {
            day = LocalDate.of(Math.max(doc.year(), 1970), 1, 1);
        }
        return DateTimeFormatter.ISO_INSTANT.format(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlSafe(value));
        xml.writeEndElement();
    }

    /** The writer escapes markup but not characters XML 1.0 forbids (control characters from a query): drop them. */
    private static String xmlSafe(String value) {
        return value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]|\\p{Cs}", "");
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", xmlSafe(href));
        xml.writeAttribute("type", type);
    }
}
