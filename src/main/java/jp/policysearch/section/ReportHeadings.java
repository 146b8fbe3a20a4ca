package jp.policysearch.section;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import jp.policysearch.corpus.CorpusException;
import jp.policysearch.corpus.DocumentInfo;

/** Finds the heading tree of a numbered report and gives each heading its id path (`3-1-3-1-2-a`). */
final class ReportHeadings {

    /**
     * A heading line.
     *
     * @param line    1-based line
     * @param level   depth, 1 = chapter
     * @param path    id path, e.g. {@code 3-1-1-1-1}
     * @param text    the heading as printed (stripped)
     * @param parents the printed headings above it, chapter first
     */
    record Heading(int line, int level, String path, String text, List<String> parents) {}

    private static final String KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ";

    private final ReportStyle style;

    ReportHeadings(ReportStyle style) {
        this.style = style;
    }

    List<Heading> find(DocumentInfo doc, List<String> lines) {
        Tree tree = new Tree(doc.file());
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            if (!couldBeHeading(raw)) {
                continue;
            }
            String s = raw.strip();
            for (ReportStyle.Level level : style.levels()) {
                Matcher m = level.regex().matcher(s);
                if (m.matches()) {
                    // the first level whose pattern matches decides: a rejected line is no heading at all
                    if (tree.accepts(level, m, lines, i, s)) {
                        tree.add(level, m, i, s);
                    }
                    break;
                }
            }
        }
        if (tree.headings.isEmpty()) {
            throw new CorpusException(doc.file(), 1, "no numbered chapter heading ('1. …') found");
        }
        return tree.headings;
    }

    /** A heading is not indented and holds no tab (contents lines, 004:18) and no 。 (body sentences). */
    private static boolean couldBeHeading(String raw) {
        return !raw.isEmpty()
                && !Character.isWhitespace(raw.charAt(0))
                && raw.indexOf('\t') < 0
                && raw.indexOf('。') < 0;
    }

    /** The headings found so far and the open branch of the tree (one heading per level). */
    private static final class Tree {
        private final String file;
        private final List<Heading> headings = new ArrayList<>();
        private final Heading[] open = new Heading[10];
        private final String[] tokens = new String[10];
        private final Set<String> used = new HashSet<>();
        private int chapter;

        Tree(String file) {
            this.file = file;
        }

        /** Whether a line matching {@code level} is a heading here: chapters increase, numbers fit their parents. */
        boolean accepts(ReportStyle.Level level, Matcher m, List<String> lines, int i, String s) {
            int lv = level.level();
            if (lv == 1) {
                int n = Integer.parseInt(m.group(1));
                if (n <= chapter) {
                    return false;
                }
                chapter = n;
                return true;
            }
            if (chapter == 0) {
                return false; // front matter: contents and list of figures
            }
            if (level.numbers() > 1 && !prefixMatches(m, level.numbers(), tokens)) {
                return false;
            }
            if (level.standalone() && !(blank(lines, i - 1) && blank(lines, i + 1))) {
                return false;
            }
            if (open[lv - 1] == null && lv <= 3) {
                throw new CorpusException(file, i + 1, "heading level " + lv + " '" + s + "' has no parent heading");
            }
            return true;
        }

        /** Places an accepted heading under the nearest open parent and closes the levels below it. */
        void add(ReportStyle.Level level, Matcher m, int i, String s) {
            int lv = level.level();
            String token = token(level.token(), m.group(level.numbers()));
            int parent = lv - 1;
            while (parent > 0 && open[parent] == null) {
                parent--;
            }
            String base = parent > 0 ? open[parent].path() + "-" : "";
            String path = base + token;
            int effective = lv;
            // a marker reused one level deeper (004:1844 `(ア)量子コンピュータ` under `(工)`) nests under its sibling
            if (used.contains(path) && open[lv] != null) {
                path = open[lv].path() + "-" + token;
                effective = Math.min(lv + 1, open.length - 1);
            }
            if (!used.add(path)) {
                throw new CorpusException(
                        file, i + 1, "heading '" + s + "' repeats the number of an earlier heading (" + path + ")");
            }
            List<String> parents = new ArrayList<>();
            for (int p = 1; p < effective; p++) {
                if (open[p] != null) {
                    parents.add(open[p].text());
                }
            }
            Heading h = new Heading(i + 1, effective, path, s, List.copyOf(parents));
            open[effective] = h;
            tokens[effective] = token;
            for (int d = effective + 1; d < open.length; d++) {
                open[d] = null;
                tokens[d] = null;
            }
            headings.add(h);
        }
    }

    // `3.1.2.` belongs under chapter 3 and section 3.1
    private static boolean prefixMatches(Matcher m, int numbers, String[] tokens) {
        for (int g = 1; g < numbers; g++) {
            if (!m.group(g).equals(tokens[g])) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(List<String> lines, int i) {
        return i < 0 || i >= lines.size() || lines.get(i).isBlank();
    }

    private static String token(String kind, String number) {
        return switch (kind) {
            case "kana" -> {
                String k = number.equals("I") || number.equals("工") ? "エ" : number;
                int at = KANA.indexOf(k);
                yield at >= 0 ? String.valueOf((char) ('a' + at % 26)) + (at >= 26 ? "2" : "") : "x";
            }
            case "circled" -> "c" + (number.charAt(0) - '①' + 1);
            case "issue" -> "k" + (number.charAt(0) - '①' + 1);
            case "roman" -> number;
            default -> number;
        };
    }
}
