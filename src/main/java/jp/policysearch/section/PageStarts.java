package jp.policysearch.section;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Finds candidate page starts in a slide deck: a page-start line (indented), or the first line after blank lines. */
final class PageStarts {

    private PageStarts() {}

    /**
     * @param from 0-based index of the first line to scan (its line always starts a page)
     * @param to   0-based index after the last line
     * @return 1-based line numbers, ascending
     */
    static List<Integer> find(List<String> lines, Pattern pageStart, int blankLines, int from, int to) {
        List<Integer> out = new ArrayList<>();
        int blanks = 0;
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                blanks++;
                continue;
            }
            // lone vertical-text characters (002:4408 ` ン`) do not start a page
            boolean indented = pageStart.matcher(line).matches()
                    && line.strip().codePointCount(0, line.strip().length()) >= 2;
            if (out.isEmpty() || indented || blanks >= blankLines) {
                if (out.isEmpty() || out.getLast() != i + 1) {
                    out.add(i + 1);
                }
            }
            blanks = 0;
        }
        if (out.isEmpty()) {
            out.add(from + 1);
        }
        return out;
    }
}
