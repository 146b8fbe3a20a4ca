package jp.policysearch.section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        GenericHeading[] candidates = candidates(lines, noise, markdown);
        int root = markdown ? markdownRoot(candidates) : -1;
        Map<String, Integer> lastUnit = new HashMap<>();
        int mdSeen = 0;
        for (int i = 0; i < lines.size(); i++) {
            GenericHeading h = candidates[i];
            if (h == null) {
                continue;
            }
            if (i == root) {
                // the document's one top heading is its title: the text under it is the front section, and the
                // headings below it are the document's top level
                out.add(new Node(i, h, 0, List.of(h.title()), List.of("front")));
                mdSeen++;
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
            // 第3章 after 第2部 continues the chapters of 第1部: white papers number chapters through the parts
            boolean continues = UNITS.contains(h.style()) && h.number() == lastUnit.getOrDefault(h.style(), -1) + 1;
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
            } else if (h.number() != 1 && !continues || !prefixFits(h, stack)) {
                continue;
            }
            if (UNITS.contains(h.style())) {
                lastUnit.put(h.style(), h.number());
            }
            Node node = node(i, h, stack, h.token());
            stack.add(node);
            out.add(node);
        }
        return out;
    }

    /**
     * The candidate heading of each line, or null. Lines of a list of headings that the document prints again
     * further on as headings (an agenda 「議事次第」 or a contents list without page numbers) are not headings: a
     * run of three or more candidates with only blank lines between them, most of whose titles come again later.
     */
    private static GenericHeading[] candidates(List<String> lines, boolean[] noise, boolean markdown) {
        GenericHeading[] out = new GenericHeading[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (!noise[i] && !TOC_LINE.matcher(lines.get(i)).matches()) {
                out[i] = GenericHeading.of(lines.get(i), markdown);
            }
        }
        // the last line each title stands on: a run's line is printed again when its title stands further on
        Map<String, Integer> last = new HashMap<>();
        for (int k = 0; k < out.length; k++) {
            if (out[k] != null) {
                last.put(out[k].title(), k);
            }
        }
        int i = 0;
        while (i < out.length) {
            if (out[i] == null) {
                i++;
                continue;
            }
            List<Integer> run = new ArrayList<>();
            int j = i;
            while (j < out.length && (out[j] != null || lines.get(j).isBlank() || noise[j])) {
                if (out[j] != null) {
                    run.add(j);
                }
                j++;
            }
            if (run.size() >= 3) {
                List<Integer> listed =
                        run.stream().filter(k -> last.get(out[k].title()) > k).toList();
                if (listed.size() * 3 >= run.size() * 2) {
                    listed.forEach(k -> out[k] = null);
                }
            }
            i = j;
        }
        return out;
    }

    /** The line of a Markdown document's only {@code #} heading when it is the first heading; else -1. */
    private static int markdownRoot(GenericHeading[] candidates) {
        int first = -1;
        int tops = 0;
        for (int i = 0; i < candidates.length; i++) {
            if (candidates[i] != null && candidates[i].style().startsWith("md")) {
                first = first < 0 ? i : first;
                tops += candidates[i].style().equals("md1") ? 1 : 0;
            }
        }
        return tops == 1 && first >= 0 && candidates[first].style().equals("md1") ? first : -1;
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
