package jp.policysearch.section;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.policysearch.corpus.DocumentInfo;

/**
 * A run of lines that becomes one section of a generic-kind document (before long ones are split): a heading and
 * the lines up to the next heading, the cover before the first heading, or a slide page.
 *
 * @param from     first 0-based line
 * @param to       last 0-based line (inclusive)
 * @param title    the section's own title (headings merged in are joined with 「 ／ 」)
 * @param heading  the heading line as printed, for the first passage; null for the cover
 * @param parents  the titles of the enclosing headings, outermost first
 * @param tokens   id segments of the heading path ({@code ch1}, {@code 2}, {@code p3}); the id joins them with '-'
 * @param titleLines 0-based lines whose text is the title (left out of the body)
 * @param page     for a slide, its 1-based page; else 0
 */
record GenericBlock(
        int from,
        int to,
        String title,
        String heading,
        List<String> parents,
        List<String> tokens,
        Set<Integer> titleLines,
        int page) {

    static GenericBlock front(DocumentInfo doc, int from, int to) {
        return new GenericBlock(from, Math.max(from, to), "表紙・前文", null, List.of(), List.of("front"), Set.of(), 0);
    }

    static GenericBlock of(DocumentInfo doc, GenericOutline.Node node, int from, int to) {
        List<String> parents = node.titles().subList(0, node.titles().size() - 1);
        return new GenericBlock(
                from,
                to,
                node.heading().title(),
                node.heading().title(),
                List.copyOf(parents),
                node.tokens(),
                Set.of(node.line()),
                0);
    }

    String idPath() {
        return String.join("-", tokens);
    }

    int depth() {
        return parents.size();
    }

    /** The block's clean paragraphs, its title lines left out. */
    List<Paragraph> body(GenericParser parser, List<String> lines, boolean[] noise) {
        return parser.paragraphs(lines, noise, from, to, titleLines, page > 0);
    }

    private int bodyChars(GenericParser parser, List<String> lines, boolean[] noise) {
        return body(parser, lines, noise).stream()
                .mapToInt(p -> p.text().length())
                .sum();
    }

    /** The cover or the table of contents before the first heading. */
    boolean isFrontMatter() {
        return tokens.equals(List.of("front")) || tokens.equals(List.of("toc"));
    }

    /** True when {@code other} lies inside this block's heading (a sub-heading of it). */
    private boolean encloses(GenericBlock other) {
        return other.tokens.size() > tokens.size()
                && other.tokens.subList(0, tokens.size()).equals(tokens)
                && !isFrontMatter();
    }

    /**
     * Tiny blocks merge: a heading with (almost) no text of its own and a sub-heading next joins that sub-heading
     * (named after the outer heading, both titles kept); any other tiny block joins the block before it when that is
     * not a deeper one, its heading line becoming text there. The cover and slides stay on their own.
     */
    static List<GenericBlock> merge(
            List<GenericBlock> blocks, GenericParser parser, List<String> lines, boolean[] noise) {
        List<GenericBlock> out = new ArrayList<>();
        GenericBlock carry = null;
        for (int k = 0; k < blocks.size(); k++) {
            GenericBlock b = blocks.get(k);
            if (carry != null) {
                Set<Integer> titleLines = new HashSet<>(carry.titleLines);
                titleLines.addAll(b.titleLines);
                b = new GenericBlock(
                        carry.from,
                        b.to,
                        carry.title + " ／ " + b.title,
                        carry.heading,
                        carry.parents,
                        carry.tokens,
                        titleLines,
                        carry.page > 0 ? carry.page : b.page);
                carry = null;
            }
            boolean tiny = b.bodyChars(parser, lines, noise) < GenericParser.MIN_SECTION_CHARS;
            boolean front = b.isFrontMatter();
            if (tiny && !front && b.page == 0 && k + 1 < blocks.size() && b.encloses(blocks.get(k + 1))) {
                carry = b;
                continue;
            }
            if (tiny
                    && !front
                    && b.page == 0
                    && !out.isEmpty()
                    && !out.getLast().isFrontMatter()
                    && out.getLast().depth() <= b.depth()) {
                GenericBlock prev = out.removeLast();
                out.add(new GenericBlock(
                        prev.from,
                        b.to,
                        prev.title,
                        prev.heading,
                        prev.parents,
                        prev.tokens,
                        prev.titleLines,
                        prev.page));
                continue;
            }
            out.add(b);
        }
        if (carry != null) {
            out.add(carry);
        }
        return out;
    }
}
