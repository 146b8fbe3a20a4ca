package jp.policysearch.web;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * Markup the templates write as it is. The only sources are {@link #ofSearcherSnippet} (SectionSearcher's snippets:
 * corpus text escaped by Elasticsearch's HTML encoder, with {@code <mark>} as the only tags) and {@link TermMarker},
 * which escapes every character of the corpus text itself. Anything else reaches a template as a String and is
 * escaped by JTE.
 */
public record TrustedHtml(String html) implements Content {

    /** A snippet from {@code SearchResult.SectionHit.snippets()}: already escaped except {@code <mark>}. */
    static TrustedHtml ofSearcherSnippet(String snippet) {
        return new TrustedHtml(snippet);
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(html);
    }
}
