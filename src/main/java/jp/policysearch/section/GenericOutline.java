package jp.policysearch.section;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The heading tree of a document of any layout: which candidate headings ({@link GenericHeading}) really are
 * headings, and at what depth. A style's depth comes from the order styles appear in (the first style seen is the
 * top, a new style below an open heading is its child, a style already open closes everything below it); a heading
 * must continue its style's numbering (1 after nothing, n+1 after n; {@code 1.2} only under {@code 1.}), so a
 * numbered list item in running text that breaks the sequence stays text. Markdown headings take their depth from
 * their {@code #}s.
 */
final class GenericOutline {

    /** An accepted heading: its 0-based line, depth (0 = top), and the titles and id tokens of its path. */
    record Node(int line, GenericHeading heading, int depth, List<String> titles, List<String> tokens) {}

    /** A table-of-contents line: a heading followed by a page number (after dot leaders or spaces). */
    private static final Pattern TOC_LINE = Pattern.compile(
            ".*(?:[.．・…‥·]{2,}|[\\s　]{2,}|\\t)\\s*[0-9０-９]{1,3}$" + "|.*[^\\s　0-9０-９.．][\\s　]+[0-9０-９]{1,3}$");
    /** 編/部 › 章 › 節 › 款: these units nest only in this order and never under a numbered heading (a quotation). */
    private static final List<String> UNITS = List.of("part", "chapter", "section", "article");

    private GenericOutline() {}

    static List<Node> build(List<String> lines, boolean[] noise, boolean markdown) {
        List<Node> out = new ArrayList<>();
        List<Node> stack = new ArrayList<>();
        int mdSeen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (noise[i]) {
                continue;
            }
            GenericHeading h = GenericHeading.of(lines.get(i), markdown);
            if (h == null || TOC_LINE.matcher(lines.get(i)).matches()) {
                continue;
            }
            if (h.style().startsWith("md")) {
                int level = h.style().charAt(2) - '0';
                while (!stack.isEmpty() && mdLevel(stack.getLast()) >= level) {
                    stack.removeLast();
                }
                mdSeen++;
                Node node = node(i, h, stack, h.token() != null ? h.token() : "h" + siblingsIndex(out, stack, h));
                stack.add(node);
                out.add(node);
                continue;
            }
            if (UNITS.contains(h.style()) && !unitFits(h, stack)) {
                continue;
            }
            int open = indexOfStyle(stack, h.style());
            if (open >= 0) {
                Node sibling = stack.get(open);
                boolean next = h.number() == sibling.heading().number() + 1;
                boolean restart = h.number() == 1 && open == 0 && mdSeen == 0;
                if (!(next || restart) || !prefixFits(h, stack.subList(0, open))) {
                    continue;
                }
                while (stack.size() > open) {
                    stack.removeLast();
                }
            } else if (h.number() != 1 || !prefixFits(h, stack)) {
                continue;
            }
            Node node = node(i, h, stack, h.token());
            stack.add(node);
            out.add(node);
        }
        return out;
    }

    /** 第1節 fits under 第1章 or at the top, 第2節 after 第1節; 第1章 does not open under 第1節 or 「1) 日本」. */
    private static boolean unitFits(GenericHeading h, List<Node> stack) {
        int rank = UNITS.indexOf(h.style());
        if (indexOfStyle(stack, h.style()) >= 0) {
            return true; // the next 節 closes the numbered headings under the last one
        }
        for (Node n : stack) {
            int parent = UNITS.indexOf(n.heading().style());
            if (parent < 0 && !n.heading().style().startsWith("md") || parent > rank) {
                return false;
            }
        }
        return true;
    }

    /** {@code 1.2} fits under an open {@code 1.}; {@code 2.1} does not. */
    private static boolean prefixFits(GenericHeading h, List<Node> parents) {
        if (h.prefix().isEmpty()) {
            return true;
        }
        int depth = Integer.parseInt(h.style().substring(3));
        for (int k = parents.size() - 1; k >= 0; k--) {
            GenericHeading p = parents.get(k).heading();
            if (p.style().equals("dec" + (depth - 1))) {
                String number = p.prefix().isEmpty() ? Integer.toString(p.number()) : p.prefix() + "." + p.number();
                return number.equals(h.prefix().replace('．', '.'));
            }
        }
        return false;
    }

    private static Node node(int line, GenericHeading h, List<Node> stack, String token) {
        List<String> titles = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (Node n : stack) {
            titles.add(n.heading().title());
            tokens.add(n.tokens().getLast());
        }
        titles.add(h.title());
        tokens.add(token);
        return new Node(line, h, stack.size(), List.copyOf(titles), List.copyOf(tokens));
    }

    private static int mdLevel(Node n) {
        return n.heading().style().startsWith("md") ? n.heading().style().charAt(2) - '0' : 7;
    }

    private static int siblingsIndex(List<Node> out, List<Node> stack, GenericHeading h) {
        Node parent = stack.isEmpty() ? null : stack.getLast();
        int count = 1;
        for (Node n : out) {
            boolean sameParent = parent == null
                    ? n.depth() == 0
                    : n.depth() == parent.depth() + 1
                            && n.tokens().subList(0, n.depth()).equals(parent.tokens());
            if (sameParent && n.heading().style().equals(h.style())) {
                count++;
            }
        }
        return count;
    }

    private static int indexOfStyle(List<Node> stack, String style) {
        for (int k = 0; k < stack.size(); k++) {
            if (stack.get(k).heading().style().equals(style)) {
                return k;
            }
        }
        return -1;
    }
}
