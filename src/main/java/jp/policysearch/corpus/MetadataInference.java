package jp.policysearch.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Infers a new document's title, issuing bodies and date from its own text, and says how: each value comes with a
 * short Japanese reason (「表紙の記載から推定」). Only the cover (the first page of a PDF, the lines before the body
 * of a text), explicit author lines (「作成：」, 「〇〇事務局」) and the imprint at the end count; a body or date
 * merely mentioned in the text never does. The rules are in {@code docs/intake.md}.
 */
public final class MetadataInference {

    /** What was inferred: null where nothing could be, with the reason of each value that was. */
    public record Result(String title, List<String> issuers, String date, Integer year, Map<String, String> reasons) {}

    /** Lines of a text's cover at most (a PDF's cover is its first page). */
    static final int COVER_LINES = 14;
    /** Lines at the end searched for an imprint (発行, 問い合わせ先). */
    static final int IMPRINT_LINES = 25;

    private static final Pattern PAGE_NUMBER =
            Pattern.compile("^[-－―‐\\s]*(?:[pP]\\.?\\s*)?\\d{1,4}(?:\\s*[/／]\\s*\\d{1,4})?[-－―‐\\s]*$");
    /** Lines of a cover that are not its title: document numbers, labels, stamps. */
    private static final Pattern NOT_TITLE = Pattern.compile(
            "^(?:[【\\[（(]?(?:参考)?資料\\s*[0-9０-９A-Za-zＡ-Ｚ]*(?:[-－‐ー―の][0-9０-９]+)*[】\\]）)]?|参考資料?|別紙\\s*\\d*|別添\\s*\\d*"
                    + "|[（(【]?(?:案|素案|概要|机上配布|非公表|取扱注意|機密性[○〇０-９0-9]情報?|委員限り|会議後回収)[）)】]?"
                    + "|目次|目\\s*次|CONTENTS|Contents|表紙|報道発表|報道発表資料|ニュースリリース|News Release|NEWS RELEASE"
                    + "|プレスリリース|Press Release|PRESS RELEASE|お知らせ|概要版|本文|事務局|事務局資料|事務局提出資料)$");
    /** A meeting line: 「第5回 〇〇ワーキンググループ」, 「情報経済小委員会（第3回）」, 「〇〇検討会」. */
    /** A bullet, note or source line: body text, not a title. */
    private static final Pattern BULLET = Pattern.compile("^(?:[•・●○■□◆◇▶▷➢✓✔※＊*>＞]|（?出典|（?出所|（?注|https?:).*");

    private static final Pattern COUNCIL_LINE = Pattern.compile("^第\\s*[0-9０-９一二三四五六七八九十]+\\s*回.*"
            + "|.*[（(]?第\\s*[0-9０-９一二三四五六七八九十]+\\s*回[)）]?$"
            + "|^.{0,30}(?:会議|委員会|分科会|部会|研究会|検討会|懇談会|ワーキンググループ|WG|ＷＧ|審議会|本部)(?:[\\s　].{0,12})?$");
    /** A meeting line that names the paper it heads is that paper's title: 「〇〇会議 幹事会（第12回）議事録」. */
    private static final Pattern PAPER_ENDING =
            Pattern.compile(".*(?:議事録|議事要旨|議事概要|報告書|答申|提言|とりまとめ|取りまとめ|中間整理|骨子|報告)(?:[（(]案[）)])?$");
    /** A labelled cover line is a field, not a title: 「日時：令和7年3月14日」, 「場所：…」, 「出席者：…」. */
    private static final Pattern FIELD_LABEL =
            Pattern.compile("^(?!件名|題名|標題)[\\p{IsHan}\\p{IsKatakana}ー]{1,5}[\\s　]*[：:].*");

    private static final Pattern AUTHOR_MARK = Pattern.compile(
            "(?:作成|編集|発行|編著|著|監修|編)\\s*[：:]\\s*(.+)$|^(?:【?(?:お?問[い]?合わ?せ先?|問合せ先|連絡先|担当)】?)\\s*[：:]?\\s*(.*)$");
    /** Department words that may follow a body on an author line: 経済産業省 商務情報政策局 情報産業課. */
    private static final Pattern DEPARTMENT =
            Pattern.compile("^[\\s　・、,，/／&＆及びと]*(?:[^\\s　。、「」]{1,24}?(?:局|部|課|室|官|担当|事務局|本部|会議|委員会|審議会|研究会|"
                    + "検討会|懇談会|分科会|部会|小委員会|ワーキンググループ|WG|グループ|チーム|センター|研究所|統括官|参事官|"
                    + "政策統括官|事務局長|総括官|審議官|付|室長)[)）]?[\\s　・、,，/／&＆]*"
                    + "|[（(][^）)]{1,30}[）)][\\s　]*)*$");

    /** A paper the secretariat of a council submits (事務局提出資料, 事務局資料, 事務局説明資料). */
    private static final Pattern SECRETARIAT_PAPER = Pattern.compile("事務局(?:提出|説明)?資料");

    private final BodyVocabulary bodies;

    public MetadataInference(BodyVocabulary bodies) {
        this.bodies = bodies;
    }

    /**
     * @param lines      the document's lines
     * @param pageStarts where each PDF page starts (1-based lines), empty for text
     * @param markdown   true for a Markdown file (its first {@code #} heading is the title)
     */
    public Result infer(List<String> lines, List<Integer> pageStarts, boolean markdown) {
        Map<String, String> reasons = new LinkedHashMap<>();
        List<Integer> cover = cover(lines, pageStarts);
        String where = pageStarts.isEmpty() ? "冒頭" : "表紙";
        String title = markdown ? markdownTitle(lines) : null;
        if (title != null) {
            reasons.put("title", "最初の見出しから推定");
        } else {
            title = coverTitle(lines, cover);
            if (title != null) {
                reasons.put("title", where + "の記載から推定");
            }
        }
        List<String> issuers = issuers(lines, cover, where, reasons);
        String date = null;
        Integer year = null;
        DateFinder.Found found = coverDate(lines, cover);
        if (found != null) {
            date = found.iso();
            year = found.year();
            if (date != null) {
                reasons.put("date", where + "の日付（" + found.text() + "）から推定");
            }
            reasons.put("year", where + "の日付（" + found.text() + "）から推定");
        } else {
            DateFinder.Found newest = newestDate(lines, true);
            newest = newest != null ? newest : newestDate(lines, false);
            if (newest != null) {
                year = newest.year();
                reasons.put("year", where + "に日付がなく、本文中で最も新しい日付（" + newest.text() + "）から推定");
            }
        }
        return new Result(title, issuers, date, year, reasons);
    }

    /** 0-based indexes of the cover's non-blank lines. */
    static List<Integer> cover(List<String> lines, List<Integer> pageStarts) {
        List<Integer> out = new ArrayList<>();
        int end = pageStarts.size() > 1 ? pageStarts.get(1) - 1 : lines.size();
        for (int i = 0; i < end && out.size() < COVER_LINES; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            // a text's body begins at its first sentence (a line ending in 。 after the first few lines)
            if (pageStarts.isEmpty() && out.size() >= 1 && line.length() > 15 && line.contains("。")) {
                break;
            }
            out.add(i);
        }
        return out;
    }

    private static String markdownTitle(List<String> lines) {
        for (String line : lines) {
            if (line.matches("#\\s+\\S.*")) {
                return line.replaceFirst("^#\\s+", "")
                        .replaceFirst("\\s*#+\\s*$", "")
                        .strip();
            }
        }
        return null;
    }

    /**
     * The first cover line that can be a title, joined with the line after it when that continues it (a subtitle
     * in ～ or ー, or a title broken before its end). Labels, dates, page numbers, meeting lines and lines that are
     * only a body's name are passed over.
     */
    String coverTitle(List<String> lines, List<Integer> cover) {
        String title = coverTitle(lines, cover, false);
        return title != null ? title : coverTitle(lines, cover, true);
    }

    /** @param meetings whether a meeting line may be the title (only when the cover has nothing else) */
    private String coverTitle(List<String> lines, List<Integer> cover, boolean meetings) {
        for (int k = 0; k < cover.size(); k++) {
            String line = plain(lines.get(cover.get(k)));
            if (!titleLike(line)
                    || !meetings
                            && COUNCIL_LINE.matcher(line).matches()
                            && !PAPER_ENDING.matcher(line).matches()) {
                continue;
            }
            StringBuilder title = new StringBuilder(line);
            for (int j = k + 1; j < cover.size() && j <= k + 2; j++) {
                String next = plain(lines.get(cover.get(j)));
                boolean subtitle = next.matches("^[～〜~―ー－-].*[～〜~―ー－-]?$") || next.matches("^[（(].*[）)]$");
                if (!(titleLike(next)
                                || subtitle
                                        && next.length() > 3
                                        && !NOT_TITLE.matcher(next).matches())
                        || COUNCIL_LINE.matcher(next).matches()
                        || next.length() > 60
                        || !DateFinder.find(next).isEmpty()) {
                    break;
                }
                boolean broken = title.toString().matches(".*[のとにをがへ・、及並並びや]$")
                        || title.toString().endsWith("に関する");
                if (!subtitle && !broken) {
                    break;
                }
                title.append(subtitle ? " " : "").append(next);
            }
            return title.toString();
        }
        return null;
    }

    private static final String CJK = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々]";
    /** Letter-spaced cover text (「経 済 産 業 省」, 「白　書」 in some PDFs): four or more characters one space apart. */
    private static final Pattern LETTER_SPACED = Pattern.compile("(?:" + CJK + "[ 　]){3,}" + CJK);

    /** A cover line as inference reads it: Markdown emphasis gone, letter-spacing closed, runs of spaces as one. */
    static String plain(String line) {
        String s = line.replace("**", "").replace("__", "");
        var m = LETTER_SPACED.matcher(s);
        if (m.find()) {
            s = m.replaceAll(r -> r.group().replaceAll("[ 　]", ""));
        }
        return s.replaceAll("[\\s　]+", " ").strip();
    }

    private boolean titleLike(String line) {
        if (line.length() < 4
                || line.length() > 120
                || FIELD_LABEL.matcher(line).matches()
                || PAGE_NUMBER.matcher(line).matches()
                || NOT_TITLE.matcher(line).matches()) {
            return false;
        }
        if (line.endsWith("。")
                || BULLET.matcher(line).matches()
                || line.length() > 40 && line.contains("、")
                || line.codePoints()
                        .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA)) {
            return false;
        }
        String rest = withoutDates(line);
        return !rest.isBlank() && !bodyLine(rest) && !rest.matches("^[\\s　]*(?:[（(].*[）)])?[\\s　]*$");
    }

    private static String withoutDates(String line) {
        StringBuilder b = new StringBuilder(line);
        List<DateFinder.Found> dates = DateFinder.find(line);
        for (int i = dates.size() - 1; i >= 0; i--) {
            b.delete(dates.get(i).start(), dates.get(i).end());
        }
        return b.toString().replaceAll("(?:公表|発行|策定|決定|閣議決定|改定|現在|時点|版|作成)", " ");
    }

    /** True when the line is one or more body names and department words only (an author line). */
    boolean bodyLine(String line) {
        List<BodyVocabulary.Match> found = bodies.find(line);
        if (found.isEmpty()) {
            return false;
        }
        StringBuilder rest = new StringBuilder();
        int at = 0;
        for (BodyVocabulary.Match m : found) {
            rest.append(line, at, m.start()).append(' ');
            at = m.end();
        }
        rest.append(line.substring(at));
        return DEPARTMENT.matcher(rest.toString()).matches();
    }

    private List<String> issuers(List<String> lines, List<Integer> cover, String where, Map<String, String> reasons) {
        Set<String> names = new LinkedHashSet<>();
        boolean secretariatPaper = cover.stream()
                .anyMatch(i -> SECRETARIAT_PAPER.matcher(lines.get(i)).find());
        boolean viaSecretariat = false;
        for (int i : cover) {
            String line = withoutDates(plain(lines.get(i))).strip();
            if (bodyLine(line)) {
                for (BodyVocabulary.Match m : bodies.find(line)) {
                    // a council's 事務局提出資料 is written by the ministry that runs its secretariat
                    boolean council = secretariatPaper && m.body().secretariat() != null;
                    names.add(council ? m.body().secretariat() : m.body().name());
                    viaSecretariat |= council;
                }
            }
        }
        if (!names.isEmpty()) {
            reasons.put("issuers", where + (viaSecretariat ? "の会議名と「事務局」の記載から推定（会議の事務局）" : "の記載から推定"));
            return List.copyOf(names);
        }
        for (int i : cover) {
            String line = lines.get(i).strip();
            var author = AUTHOR_MARK.matcher(line);
            if (author.find() && author.group(1) != null) {
                bodies.find(author.group(1)).forEach(m -> names.add(m.body().name()));
            }
        }
        if (!names.isEmpty()) {
            reasons.put("issuers", where + "の「作成：」などの記載から推定");
            return List.copyOf(names);
        }
        for (int i : cover) {
            String line = lines.get(i).strip();
            if (line.contains("事務局")) {
                for (BodyVocabulary.Match m : bodies.find(line)) {
                    names.add(
                            m.body().secretariat() != null
                                    ? m.body().secretariat()
                                    : m.body().name());
                }
            }
        }
        if (!names.isEmpty()) {
            reasons.put("issuers", where + "の「事務局」の記載から推定");
            return List.copyOf(names);
        }
        for (int i = Math.max(0, lines.size() - IMPRINT_LINES); i < lines.size(); i++) {
            String line = lines.get(i).strip();
            var author = AUTHOR_MARK.matcher(line);
            boolean marked = author.find();
            String named = marked ? (author.group(1) != null ? author.group(1) : author.group(2)) : line;
            if (marked && named.isBlank() && i + 1 < lines.size()) {
                named = lines.get(i + 1).strip();
            }
            if (marked || bodyLine(withoutDates(line).strip())) {
                for (BodyVocabulary.Match m : bodies.find(named)) {
                    if (marked || bodyLine(withoutDates(line).strip())) {
                        names.add(m.body().name());
                    }
                }
                if (!names.isEmpty()) {
                    break;
                }
            }
        }
        if (!names.isEmpty()) {
            reasons.put("issuers", "末尾の発行者・問い合わせ先の記載から推定");
            return List.copyOf(names);
        }
        String made = madeBy(lines);
        if (made != null) {
            reasons.put("issuers", "図表の「" + made + "作成」の記載から推定");
            return List.of(made);
        }
        return List.of();
    }

    /** 「経済産業省作成」 (a chart's credit) at least twice and at least twice as often as any other body's. */
    private String madeBy(List<String> lines) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String line : lines) {
            for (BodyVocabulary.Match m : bodies.find(line)) {
                String after = line.substring(m.end()).stripLeading();
                if (after.startsWith("作成")) {
                    counts.merge(m.body().name(), 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort((a, b) -> b.getValue() - a.getValue());
        if (ranked.isEmpty()
                || ranked.getFirst().getValue() < 2
                || (ranked.size() > 1
                        && ranked.get(1).getValue() * 2 > ranked.getFirst().getValue())) {
            return null;
        }
        return ranked.getFirst().getKey();
    }

    private static DateFinder.Found coverDate(List<String> lines, List<Integer> cover) {
        DateFinder.Found best = null;
        for (int i : cover) {
            for (DateFinder.Found f : DateFinder.find(lines.get(i))) {
                if (best == null || (best.month() == 0 && f.month() > 0)) {
                    best = f;
                }
            }
            if (best != null && best.month() > 0) {
                return best;
            }
        }
        return best;
    }

    /** Plans and targets (2030年までに) and references are not the document's date. */
    private static final Pattern NOT_ISSUE_DATE = Pattern.compile("まで|目標|予定|見込|目指|以降|以内|計画期間|期限");

    /**
     * The newest date the text prints; with {@code withDay}, only dates down to the day (a meeting, a
     * publication: things that happened), since a month alone is often a plan ({@code 2030年4月}).
     */
    private static DateFinder.Found newestDate(List<String> lines, boolean withDay) {
        DateFinder.Found newest = null;
        for (String line : lines) {
            if (NOT_ISSUE_DATE.matcher(line).find()) {
                continue;
            }
            for (DateFinder.Found f : DateFinder.find(line)) {
                if (f.month() > 0 && (!withDay || f.day() > 0) && (newest == null || compare(f, newest) > 0)) {
                    newest = f;
                }
            }
        }
        return newest;
    }

    private static int compare(DateFinder.Found a, DateFinder.Found b) {
        return Integer.compare(
                a.year() * 10000 + a.month() * 100 + a.day(), b.year() * 10000 + b.month() * 100 + b.day());
    }
}
