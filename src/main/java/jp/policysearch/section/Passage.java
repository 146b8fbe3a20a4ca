package jp.policysearch.section;

import java.util.List;

/**
 * A block inside a section (a ①/(1)-level block, bullet group or paragraph) that a link can point at.
 *
 * @param anchor  fragment id unique within the section, ASCII. Parsers number passages ({@code p1}, {@code p2});
 *                the corpus flow then replaces that with an id from the passage's text ({@code h3fa9c0}, see
 *                {@link PassageAnchors}) so that revising other passages does not move it
 * @param heading the block's own heading line where it has one, else null
 * @param text    clean text of the block
 * @param alias   the positional anchor the passage had when indexed ({@code p5}), still accepted by the page so
 *                links made from positions land where they meant; null until anchors are assigned
 */
public record Passage(String anchor, String heading, String text, String alias) {

    /** A passage as a parser reads it: numbered, no alias yet. */
    public Passage(String anchor, String heading, String text) {
        this(anchor, heading, text, null);
    }

    /** The passages' texts joined by blank lines: the text of the section they make up. */
    public static String joined(List<Passage> passages) {
        return String.join("\n\n", passages.stream().map(Passage::text).toList());
    }
}
