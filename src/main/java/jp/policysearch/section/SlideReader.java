package jp.policysearch.section;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads one slide page into a title, clean paragraphs grouped as passages, and notes (sources, footnotes). */
final class SlideReader {

    // a paragraph opening with one of these starts a new passage (002 `⚫`, 003 `•`); `➢`, `✓`, `・` are sub-bullets
    private static final String PASSAGE_BULLETS = "⚫•◆■●○◎□▶";
    private static final int MAX_TITLE = 70;
    private static final int LATE_TITLE = 10;
    // bullets cannot open a title, but brackets can (002:148 `【参考】CES2023で示された未来社会像`)
    private static final String NOT_TITLE_START = "⚫•➢✓◆■□○●◎・※⇒➡→▶▪★☆－-◇▼▲";

    private final TextCleaner cleaner;
    private final SlideDeckStyle style;

    SlideReader(TextCleaner cleaner, SlideDeckStyle style) {
        this.cleaner = cleaner;
        this.style = style;
    }

    /** A slide being built; {@code body} excludes the title, notes are kept apart. */
    record Slide(
            SlidePage page,
            String label,
            String title,
            int titleLine,
            List<Paragraph> body,
            List<String> notes,
            int end) {

        int chars() {
            return body.stream().mapToInt(p -> p.text().length()).sum();
        }

        /** This slide with a small following page's text appended (a chart tail or source line, rule S2-B step 5). */
        Slide absorb(Slide tail) {
            List<Paragraph> merged = new ArrayList<>(body);
            if (tail.titleLine > 0) {
                merged.add(new Paragraph(tail.titleLine, tail.titleLine, tail.title));
            }
            merged.addAll(tail.body);
            merged.sort((a, b) -> Integer.compare(a.lineStart(), b.lineStart()));
            Set<String> n = new LinkedHashSet<>(notes);
            n.addAll(tail.notes);
            return new Slide(page, label, title, titleLine, merged, List.copyOf(n), Math.max(end, tail.end));
        }

        List<Passage> passages() {
            List<Passage> out = new ArrayList<>();
            StringBuilder cur = null;
            for (Paragraph p : body) {
                boolean opens = PASSAGE_BULLETS.indexOf(p.text().charAt(0)) >= 0;
                if (cur == null || opens) {
                    if (cur != null) {
                        out.add(new Passage("p" + (out.size() + 1), null, cur.toString()));
                    }
                    cur = new StringBuilder(p.text());
                } else {
                    cur.append('\n').append(p.text());
                }
            }
            if (cur != null) {
                out.add(new Passage("p" + (out.size() + 1), null, cur.toString()));
            }
            if (out.isEmpty()) {
                out.add(new Passage("p1", null, title));
            }
            return out;
        }
    }

    Slide read(SlidePage page, List<String> lines, String label) {
        List<NumberedLine> kept = new ArrayList<>();
        for (int no = page.start(); no <= page.end(); no++) {
            if (!page.removed().contains(no)) {
                kept.add(new NumberedLine(no, lines.get(no - 1)));
            }
        }
        List<Paragraph> all = cleaner.paragraphs(kept, TextCleaner.Mode.SLIDE, null);
        List<Paragraph> body = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        for (Paragraph p : all) {
            if (cleaner.isNote(p.text())) {
                notes.add(cleaner.cleanNote(p.text()));
            } else {
                body.add(p);
            }
        }
        int titleIndex = titleIndex(page, lines, body);
        String title;
        int titleLine = 0;
        if (titleIndex >= 0) {
            Paragraph t = body.remove(titleIndex);
            title = t.text();
            titleLine = t.lineStart();
        } else {
            // no heading: a title from the first sentence and the page (002:1330, p.24), never a chart label
            String first = body.stream()
                    .map(Paragraph::text)
                    .filter(t -> !SectionTitles.isDebris(t))
                    .findFirst()
                    .orElse(
                            body.isEmpty()
                                    ? page.context().isEmpty()
                                            ? ""
                                            : page.context().getLast()
                                    : body.getFirst().text());
            title = SectionTitles.fromFirstSentence(first, label);
        }
        int end = page.end();
        while (end > page.start() && lines.get(end - 1).isBlank()) {
            end--;
        }
        return new Slide(page, label, title, titleLine, body, List.copyOf(notes), end);
    }

    private int titleIndex(SlidePage page, List<String> lines, List<Paragraph> body) {
        if (page.titleLine() > 0) {
            int i = indexOfLine(body, page.titleLine());
            if (i >= 0) {
                return i;
            }
        }
        // (a) the page opens with an indented title line (002:43 ` 戦略改定にあたっての基本的考え方`)
        if (!body.isEmpty()
                && body.getFirst().lineStart() == page.start()
                && style.pageStart().matcher(lines.get(page.start() - 1)).matches()
                && isTitle(body.getFirst())) {
            return 0;
        }
        // (b) the short line just before the first bullet (002:102 `デジタル技術の進化と新たな社会の到来`)
        for (int i = 0; i < body.size(); i++) {
            if (PASSAGE_BULLETS.indexOf(body.get(i).text().charAt(0)) >= 0) {
                if (i > 0 && isTitle(body.get(i - 1))) {
                    return i - 1;
                }
                break;
            }
        }
        // (c) the line next to a tag or breadcrumb line, after it first (003:453 after its tag 003:451), then
        // before it (003:134 before 003:135; 002:41 before the breadcrumb 002:42)
        for (int removed : page.removed().stream().sorted().toList()) {
            for (int i = 0; i < body.size(); i++) {
                int start = body.get(i).lineStart();
                if (start > removed && start - removed <= 2 && isTitle(body.get(i))) {
                    return i;
                }
            }
            for (int i = body.size() - 1; i >= 0; i--) {
                int end = body.get(i).lineEnd();
                if (end < removed && removed - end <= 2 && isTitle(body.get(i))) {
                    return i;
                }
            }
        }
        // (d) the first short line that is not a bullet, before the first bullet
        int firstBullet = body.size();
        for (int i = 0; i < body.size(); i++) {
            if (PASSAGE_BULLETS.indexOf(body.get(i).text().charAt(0)) >= 0) {
                firstBullet = i;
                break;
            }
            if (isTitle(body.get(i))) {
                return i;
            }
        }
        // (e) a title line right after the lead bullets (002:5597 `ポスト５G情報通信システムの開発` under the summary
        // bullets, above the chart); any other short line among or after the bullets is a chart label (002:3650
        // `チリ`, 002:6189 `製造業等`) or a cut line (002:7540 `置、搬送システム、…`)
        for (int i = firstBullet + 1; i < body.size(); i++) {
            String t = body.get(i).text();
            boolean bulletText = PASSAGE_BULLETS.indexOf(t.charAt(0)) >= 0 || t.endsWith("。");
            if (!bulletText) {
                return isTitle(body.get(i))
                                && t.length() >= LATE_TITLE
                                && !t.substring(0, 3).contains("、")
                        ? i
                        : -1;
            }
        }
        return -1;
    }

    private static int indexOfLine(List<Paragraph> body, int line) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).lineStart() <= line && line <= body.get(i).lineEnd()) {
                return i;
            }
        }
        return -1;
    }

    private boolean isTitle(Paragraph p) {
        String t = p.text();
        return t.length() >= 4
                && t.length() <= MAX_TITLE
                && !t.endsWith("。")
                && NOT_TITLE_START.indexOf(t.charAt(0)) < 0
                && !(t.charAt(0) >= '①' && t.charAt(0) <= '⑳')
                && !cleaner.isAxisDebris(t)
                && t.codePoints().anyMatch(c -> c > 0x3000)
                && !SectionTitles.isDebris(t);
    }
}
