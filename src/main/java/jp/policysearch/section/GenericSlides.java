package jp.policysearch.section;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jp.policysearch.corpus.DocumentInfo;
import jp.policysearch.corpus.Pages;

/**
 * Slide-like PDFs in the generic kind: one page is one slide, titled by its first heading-like line (the cover by
 * the document's title); a page with only a title (a chapter divider) names the chapter of the slides after it and
 * joins the next slide's section, so no section is empty.
 */
final class GenericSlides {

    /** A page with at most this many content lines (median over the pages) reads as a slide. */
    static final int MAX_SLIDE_LINES = 22;
    /** A page with at most this many content lines, all short, is a chapter divider. */
    static final int DIVIDER_LINES = 2;

    private static final Pattern LABEL = Pattern.compile(
            "^(?:[【\\[（(]?(?:参考)?資料\\s*[0-9０-９]*(?:[-－‐][0-9０-９]+)*[】\\]）)]?|参考|（参考）|【参考】|目次|別紙\\s*\\d*)$");

    /** Not a slide title: bullets, notes, sources, links. */
    private static final Pattern NOT_TITLE = Pattern.compile("^(?:[•・●○■□◆◇▶▷➢✓✔※＊*>＞-]|（?出典|（?出所|（?注|https?:).*");

    private static final Pattern WORD = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}A-Za-z]");

    private GenericSlides() {}

    /** A line that can title a slide: no label (資料3), bullet or note, at least 3 letters or kana/kanji. */
    static boolean titleLike(String line) {
        if (LABEL.matcher(GenericHeading.normalize(line)).matches()
                || NOT_TITLE.matcher(line).matches()
                || line.length() > 60) {
            return false;
        }
        return WORD.matcher(line).results().count() >= 3;
    }

    /** The label a slide without a title prints (「参考」, 「資料3」), so that 「参考（5ページ）」 says what it is; or "". */
    private static String label(List<String> lines, List<Integer> content) {
        for (int i : content) {
            String s = lines.get(i).strip();
            if (LABEL.matcher(GenericHeading.normalize(s)).matches()) {
                return s.replaceAll("[\\s　]+", " ");
            }
        }
        return "";
    }

    static boolean slideLike(List<String> lines, List<Integer> pageStarts, boolean[] noise) {
        if (pageStarts.size() < 3) {
            return false;
        }
        int[] counts = new int[pageStarts.size()];
        for (int p = 0; p < pageStarts.size(); p++) {
            counts[p] = content(lines, pageStarts, noise, p).size();
        }
        Arrays.sort(counts);
        return counts[counts.length / 2] <= MAX_SLIDE_LINES;
    }

    static List<Integer> content(List<String> lines, List<Integer> pageStarts, boolean[] noise, int page) {
        int from = pageStarts.get(page) - 1;
        int to = page + 1 < pageStarts.size() ? pageStarts.get(page + 1) - 1 : lines.size();
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!noise[i] && !lines.get(i).isBlank()) {
                out.add(i);
            }
        }
        return out;
    }

    static List<GenericBlock> blocks(DocumentInfo doc, List<String> lines, List<Integer> pageStarts, boolean[] noise) {
        List<GenericBlock> out = new ArrayList<>();
        String chapter = null;
        int carryFrom = -1;
        for (int p = 0; p < pageStarts.size(); p++) {
            int from = pageStarts.get(p) - 1;
            int to = p + 1 < pageStarts.size() ? pageStarts.get(p + 1) - 2 : lines.size() - 1;
            if (to < from) {
                continue; // a page without text
            }
            List<Integer> content = content(lines, pageStarts, noise, p);
            Integer titleLine = null;
            for (int i : content) {
                if (titleLike(lines.get(i).strip())) {
                    titleLine = i;
                    break;
                }
            }
            String title = titleLine == null
                    ? label(lines, content) + "（" + (p + 1) + "ページ）"
                    : lines.get(titleLine).strip().replaceAll("[\\s　]+", " ");
            if (p == 0) {
                // the cover slide is the document's title page: titled by the line that prints the title
                for (int i : content) {
                    String s = lines.get(i).strip();
                    if (s.length() >= 2 && doc.title().contains(s)) {
                        titleLine = i;
                        title = doc.title();
                        break;
                    }
                }
            }
            boolean divider = p > 0
                    && p + 1 < pageStarts.size()
                    && !content.isEmpty()
                    && content.size() <= DIVIDER_LINES
                    && content.stream().allMatch(i -> lines.get(i).strip().length() <= 40);
            if (divider) {
                // a chapter divider names the slides after it and joins the next slide (it has no text of its own)
                chapter = title;
                carryFrom = carryFrom < 0 ? from : carryFrom;
                continue;
            }
            List<String> parents = chapter == null ? List.of() : List.of(chapter);
            int start = carryFrom >= 0 ? carryFrom : from;
            String token = String.format("p%03d", Pages.pageOf(pageStarts, start + 1));
            out.add(new GenericBlock(
                    start,
                    to,
                    title,
                    title,
                    parents,
                    List.of(token),
                    titleLine == null ? Set.of() : Set.of(titleLine),
                    p + 1));
            carryFrom = -1;
        }
        if (out.isEmpty()) {
            out.add(GenericBlock.front(doc, 0, lines.size() - 1));
        } else if (out.getFirst().from() > 0) {
            GenericBlock first = out.removeFirst();
            out.addFirst(new GenericBlock(
                    0,
                    first.to(),
                    first.title(),
                    first.heading(),
                    first.parents(),
                    first.tokens(),
                    first.titleLines(),
                    first.page()));
        }
        return out;
    }
}
