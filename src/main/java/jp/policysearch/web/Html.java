package jp.policysearch.web;

import jp.policysearch.search.Snippet;

/** HTML escaping for text that becomes markup; the only markup we add ourselves is {@code <mark>}. */
public final class Html {

    private Html() {}

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A snippet as HTML: its text escaped, each match inside {@code <mark>…</mark>}. */
    public static String snippet(Snippet snippet) {
        StringBuilder out = new StringBuilder();
        for (Snippet.Part part : snippet.parts()) {
            out.append(part.match() ? "<mark>" + escape(part.text()) + "</mark>" : escape(part.text()));
        }
        return out.toString();
    }
}
