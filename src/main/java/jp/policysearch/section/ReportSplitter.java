package jp.policysearch.section;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long report block into parts near the target size (at soft headings or figure captions where possible,
 * else at paragraph breaks, and inside an over-long paragraph at a sentence end) and groups paragraphs into passages.
 */
final class ReportSplitter {

    private ReportSplitter() {}

    static List<List<Paragraph>> split(List<Paragraph> body, ReportStyle style, TextCleaner cleaner) {
        int total = body.stream().mapToInt(p -> p.text().length()).sum();
        if (total <= style.maxSectionChars()) {
            return List.of(body);
        }
        int target = style.targetChunkChars();
        List<Paragraph> pieces = new ArrayList<>();
        for (Paragraph p : body) {
            pieces.addAll(cutLong(p, target));
        }
        List<List<Paragraph>> parts = new ArrayList<>();
        List<Paragraph> cur = new ArrayList<>();
        int size = 0;
        for (Paragraph p : pieces) {
            int len = p.text().length();
            boolean soft = style.softHeading().matcher(p.text()).matches()
                    || style.caption().matcher(p.text()).find();
            boolean full = size + len > target || (soft && size >= target / 2);
            if (!cur.isEmpty() && full) {
                parts.add(cur);
                cur = new ArrayList<>();
                size = 0;
            }
            cur.add(p);
            size += len;
        }
        if (!cur.isEmpty()) {
            // a short tail joins the part before it when that stays within the limit
            if (!parts.isEmpty()
                    && size < style.minSectionChars()
                    && parts.getLast().stream().mapToInt(p -> p.text().length()).sum() + size
                            <= style.maxSectionChars()) {
                parts.getLast().addAll(cur);
            } else {
                parts.add(cur);
            }
        }
        return parts;
    }

    // an over-long paragraph (a flattened HTML table, 004:3649) is cut after a sentence end or before a bullet
    private static List<Paragraph> cutLong(Paragraph p, int target) {
        List<Paragraph> out = new ArrayList<>();
        String t = p.text();
        while (t.length() > target) {
            int cut = -1;
            for (int i = target; i > target / 3; i--) {
                char c = t.charAt(i - 1);
                char n = t.charAt(i);
                if (c == '。' || n == '・' || n == '■' || n == '◆' || n == '●') {
                    cut = i;
                    break;
                }
            }
            if (cut < 0) {
                cut = target;
            }
            out.add(new Paragraph(
                    p.lineStart(), p.lineEnd(), t.substring(0, cut).strip()));
            t = t.substring(cut).strip();
        }
        if (!t.isEmpty()) {
            out.add(new Paragraph(p.lineStart(), p.lineEnd(), t));
        }
        return out;
    }

    /**
     * Passages: a paragraph starts one unless it is a nested list item (raw line ` - ・…`, 004:492), which joins the
     * passage above it; a soft heading or figure caption is the passage's heading.
     */
    static List<Passage> passages(List<Paragraph> part, List<String> lines, ReportStyle style) {
        List<Passage> out = new ArrayList<>();
        String heading = null;
        StringBuilder text = null;
        for (Paragraph p : part) {
            String raw = lines.get(p.lineStart() - 1);
            boolean nested = raw.startsWith(" ") && text != null;
            if (nested) {
                text.append('\n').append(p.text());
                continue;
            }
            if (text != null) {
                out.add(new Passage("p" + (out.size() + 1), heading, text.toString()));
            }
            boolean labelled = style.softHeading().matcher(p.text()).matches()
                    || style.caption().matcher(p.text()).find();
            heading = labelled ? p.text().replaceFirst("^(?:- |● )", "") : null;
            text = new StringBuilder(p.text());
        }
        if (text != null) {
            out.add(new Passage("p" + (out.size() + 1), heading, text.toString()));
        }
        return out;
    }
}
