package jp.policysearch.section;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes layout noise from corpus lines and rejoins what PDF-to-text conversion broke (vertical text, soft wraps),
 * without changing a word; shared by all section parsers.
 */
public final class TextCleaner {

    /** How paragraphs may continue over blank lines. */
    public enum Mode {
        /** Slides: a blank line ends a paragraph unless the line before it is a long wrapped line. */
        SLIDE,
        /** Reports: a sentence not yet ended (no 。」）)) continues over blank lines and removed footnotes. */
        REPORT
    }

    // 001:858 `…車両^{(*)1}`, 000:842 `L2++^{(*11)(*12)}車両`, 000:810 `モジュール型AI^(*1)`, 000:4616 `**^{*}等`
    private static final Pattern CARET_MARKER = Pattern.compile("\\^(?:\\{(?:[^{}]|\\{[^{}]*})*}|\\([^()]{0,12}\\))");
    // 004:598 `…内容となっている⁷。`, merged runs `⁷²²`; 000:1196 `※¹`; 000:283 `JC-STAR*¹`
    private static final Pattern SUPERSCRIPT_MARKER = Pattern.compile("[*※]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+");
    // 004:500 `<ul style="list-style-type: none">`, `<p>…</p>`; only ASCII tag names, so `<課題：…>` labels stay
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");
    // 002:452 `14`, doubled 002:11561 `223223`
    private static final Pattern PAGE_NUMBER = Pattern.compile("(\\d{1,3})\\1?");
    // chart axes and value labels: 002:76-84 `0/10/20/30/40`, 002:515 `-8.00`, 002:86 `2018 2020 2022 …`
    private static final Pattern AXIS_DEBRIS = Pattern.compile("[-+−–~～]?[0-9０-９][0-9０-９.,，%％ \\-+−–~～/:]*");
    // 出典/出所/資料 sources (with the typo 出展, 002:126), URLs, photo credits
    private static final Pattern SOURCE_LINE =
            Pattern.compile("^(?:[（(【]?(?:出典|出所|出展|資料|注|備考|参照)[）)】]?\\s*[:：）)]|[（(](?:出典|出所|出展|資料)[）)]"
                    + "|※|<\\s*<?https?://|https?://|©|All rights reserved).*");
    private static final Pattern TRAILING_PAGE_NUMBER = Pattern.compile("\\s+\\d{1,3}$");
    /** A numbered list item or heading: 「2．重点計画の改定について」, 「(3) 課題」, 「第2章 …」. */
    private static final Pattern NUMBERED_ITEM = Pattern.compile(
            "^(?:[0-9０-９]{1,2}[.．][\\s　]*[^0-9０-９.．\\s]|[(（][0-9０-９]{1,2}[)）]|第[0-9０-９一二三四五六七八九十]{1,3}[章節部編])");

    private static final String BULLETS = "⚫•➢✓◆■□○●◎・※⇒➡▶▪★☆【＜<－-◇▼▲";

    /**
     * Clean one line: footnote markers, HTML tags, markdown bold, the private-use Wingdings bullet (002:4370) and
     * runs of spaces go; the words stay as printed.
     */
    public String cleanInline(String line) {
        String s = line;
        if (s.indexOf('^') >= 0) {
            s = CARET_MARKER.matcher(s).replaceAll("");
        }
        s = SUPERSCRIPT_MARKER.matcher(s).replaceAll("");
        if (s.indexOf('<') >= 0) {
            s = HTML_TAG.matcher(s).replaceAll(" ");
        }
        s = s.replace("**", "").replace('\uF070', '・');
        s = SPACES.matcher(s).replaceAll(" ");
        return s.strip();
    }

    /** A line that is only a printed page number (002:452 `14`, doubled 002:11561 `223223`). */
    public boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(line.strip()).matches();
    }

    /** A line of chart-axis or value debris: numbers, signs, units and separators only. */
    public boolean isAxisDebris(String line) {
        return AXIS_DEBRIS.matcher(line.strip()).matches();
    }

    /** A source, footnote, URL or credit line: it belongs in a section's notes, not its text. */
    public boolean isNote(String cleanText) {
        return SOURCE_LINE.matcher(cleanText).matches();
    }

    /** A note with the page number glued to its end removed (002:5468 `…資料３ 117`). */
    public String cleanNote(String cleanText) {
        return TRAILING_PAGE_NUMBER.matcher(cleanText).replaceFirst("");
    }

    /** True when the text starts with a bullet or list marker, so it begins a new paragraph. */
    public boolean startsWithBullet(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return BULLETS.indexOf(c) >= 0
                || (c >= '①' && c <= '⑳')
                || NUMBERED_ITEM.matcher(text).find();
    }

    /**
     * Rejoins lines into clean paragraphs: vertical text written one character per line becomes one line
     * (002:1426-1440 `半|導|体|…`), page numbers and chart-axis lines are dropped, and lines soft-wrapped inside a
     * word or sentence are joined (003:1605-1606 `第三者監|査`).
     *
     * @param lines      raw lines in file order; a blank line or a gap in line numbers is a paragraph break
     * @param mode       how paragraphs continue over blank lines
     * @param standalone lines that never join a neighbour (figure captions, table rows), may be null
     */
    public List<Paragraph> paragraphs(List<NumberedLine> lines, Mode mode, Pattern standalone) {
        List<Item> items = joinVertical(lines);
        List<Paragraph> out = new ArrayList<>();
        Item cur = null;
        StringBuilder text = null;
        boolean curStandalone = false;
        int blanks = 0;
        int lastNo = -1;
        int lastRawLength = 0;
        for (Item item : items) {
            if (item.text == null) {
                blanks++;
                continue;
            }
            boolean gap = lastNo >= 0 && item.first != lastNo + 1 && blanks == 0;
            String clean = cleanInline(item.text);
            lastNo = item.last;
            if (clean.isEmpty()) {
                blanks++;
                continue;
            }
            if (isPageNumber(clean) || isAxisDebris(clean)) {
                continue;
            }
            boolean isStandalone =
                    standalone != null && standalone.matcher(clean).find();
            boolean join = cur != null
                    && !curStandalone
                    && !isStandalone
                    && !gap
                    && !startsWithBullet(clean)
                    && !isNote(clean)
                    && continues(text, lastRawLength, blanks, mode);
            if (join) {
                if (needsSpace(text.charAt(text.length() - 1), clean.charAt(0))) {
                    text.append(' ');
                }
                text.append(clean);
                cur = new Item(cur.first, item.last, null);
            } else {
                if (cur != null) {
                    out.add(new Paragraph(cur.first, cur.last, text.toString()));
                }
                cur = item;
                text = new StringBuilder(clean);
                curStandalone = isStandalone;
            }
            blanks = 0;
            lastRawLength = clean.length();
        }
        if (cur != null) {
            out.add(new Paragraph(cur.first, cur.last, text.toString()));
        }
        return attachSingleCharacters(out);
    }

    private static boolean continues(CharSequence text, int lastRawLength, int blanks, Mode mode) {
        char last = text.charAt(text.length() - 1);
        boolean ended = "。！？".indexOf(last) >= 0;
        if (blanks == 0) {
            return !ended;
        }
        if (mode == Mode.REPORT) {
            return !ended && "」）)』".indexOf(last) < 0 && last != '：';
        }
        // a slide line wrapped just before a blank line is long (about a full text-box width)
        return blanks == 1 && !ended && lastRawLength >= 30;
    }

    private static boolean needsSpace(char before, char after) {
        return isAsciiWord(before) && isAsciiWord(after);
    }

    private static boolean isAsciiWord(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == ',' || c == '.' || c == ')' || c == '(');
    }

    // a lone character left over (000:1179 `等`) belongs to the paragraph before it
    private static List<Paragraph> attachSingleCharacters(List<Paragraph> in) {
        List<Paragraph> out = new ArrayList<>(in.size());
        for (Paragraph p : in) {
            if (p.text().codePointCount(0, p.text().length()) == 1 && !out.isEmpty()) {
                Paragraph prev = out.removeLast();
                out.add(new Paragraph(prev.lineStart(), p.lineEnd(), prev.text() + p.text()));
            } else {
                out.add(p);
            }
        }
        if (out.size() > 1
                && out.getFirst().text().codePointCount(0, out.getFirst().text().length()) == 1) {
            Paragraph first = out.removeFirst();
            Paragraph next = out.removeFirst();
            out.addFirst(new Paragraph(first.lineStart(), next.lineEnd(), first.text() + next.text()));
        }
        return out;
    }

    private record Item(int first, int last, String text) {}

    // runs of one-character lines, at most one blank line apart (002:1426-1440), become one line
    private static List<Item> joinVertical(List<NumberedLine> lines) {
        List<Item> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            NumberedLine l = lines.get(i);
            if (isSingleChar(l.text())) {
                StringBuilder run = new StringBuilder(l.text().strip());
                int j = i + 1;
                int end = i;
                while (j < lines.size()) {
                    NumberedLine n = lines.get(j);
                    if (isSingleChar(n.text())
                            && n.no() == lines.get(end).no() + 1 + (j - end - 1)
                            && n.no() - lines.get(end).no() <= 2) {
                        run.append(n.text().strip());
                        end = j;
                        j++;
                    } else if (n.text().isBlank() && j - end == 1) {
                        j++;
                    } else {
                        break;
                    }
                }
                if (end > i) {
                    out.add(new Item(l.no(), lines.get(end).no(), run.toString()));
                    for (int k = end + 1; k < j; k++) {
                        out.add(new Item(lines.get(k).no(), lines.get(k).no(), null));
                    }
                    i = j;
                    continue;
                }
            }
            out.add(new Item(l.no(), l.no(), l.text().isBlank() ? null : l.text()));
            i++;
        }
        return out;
    }

    private static boolean isSingleChar(String text) {
        String s = text.strip();
        return !s.isEmpty() && s.codePointCount(0, s.length()) == 1;
    }
}
