package jp.policysearch.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import jp.policysearch.search.SearchResult;
import jp.policysearch.search.SearchResult.DocumentRef;
import jp.policysearch.search.SearchResult.SectionHit;

/**
 * An Atom feed of one search (newest first), so a reader can follow a query. Written with the JDK's XML writer, which
 * escapes every text and attribute; snippets go in as {@code type="html"} content (escaped HTML, as Atom expects).
 * Dates are never invented: an entry's {@code updated} is its document's date when the document gives a full one, and
 * otherwise when this service's index received the text (the live index's build); an empty feed says the latter.
 */
final class AtomFeedWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    /**
     * @param base     scheme and host, e.g. {@code http://localhost:7070}
     * @param selfPath the feed's own path and query
     * @param htmlPath the same search as a page
     * @param indexed  when the live index was built
     */
    String write(SearchResult result, String title, String base, String selfPath, String htmlPath, Instant indexed) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", "ja");
            text(xml, "id", base + selfPath);
            text(xml, "title", title);
            text(xml, "updated", latest(result, indexed));
            link(xml, "self", base + selfPath, "application/atom+xml");
            link(xml, "alternate", base + htmlPath, "text/html");
            xml.writeStartElement("author");
            text(xml, "name", "政策文書検索");
            xml.writeEndElement();
            for (SectionHit hit : result.hits()) {
                entry(xml, hit, base, indexed);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the Atom feed", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter xml, SectionHit hit, String base, Instant indexed)
            throws XMLStreamException {
        xml.writeStartElement("entry");
        text(xml, "id", base + hit.url());
        text(xml, "title", hit.title() + "（" + hit.document().title() + "）");
        text(xml, "updated", timestamp(hit.document(), indexed));
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
        xml.writeCharacters(xmlSafe(
                String.join(" … ", hit.snippets().stream().map(Html::snippet).toList())));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static String latest(SearchResult result, Instant indexed) {
        return result.hits().stream()
                .map(h -> timestamp(h.document(), indexed))
                .max(String::compareTo)
                .orElse(format(indexed));
    }

    /**
     * The document's own date as an RFC 3339 instant when it names a day (in Japan, where the documents are dated);
     * a month or a year alone is no date to put in a feed, so then the time the index received the text.
     */
    static String timestamp(DocumentRef doc, Instant indexed) {
        String date = doc.date();
        if (date != null && date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return format(LocalDate.parse(date).atStartOfDay(JAPAN).toInstant());
        }
        return format(indexed);
    }

    private static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
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
