package jp.policysearch.web;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import jp.policysearch.search.Snippet;

/**
 * Markup the templates write as it is. The only sources are {@link #of(Snippet)} and {@link TermMarker}, both of
 * which escape every character of the corpus text themselves and add no tag but {@code <mark>}. Anything else
 * reaches a template as a String and is escaped by JTE.
 */
public record TrustedHtml(String html) implements Content {

    /** A snippet from {@code SearchResult.SectionHit.snippets()}, escaped, its matches in {@code <mark>}. */
    static TrustedHtml of(Snippet snippet) {
        return new TrustedHtml(Html.snippet(snippet));
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(html);
    }
}
