package jp.policysearch.section;

/**
 * A block inside a section (a ①/(1)-level block, bullet group or paragraph) that a link can point at.
 *
 * @param anchor  fragment id unique within the section, ASCII, e.g. {@code p1}, {@code p2-3}
 * @param heading the block's own heading line where it has one, else null
 * @param text    clean text of the block
 */
public record Passage(String anchor, String heading, String text) {}
