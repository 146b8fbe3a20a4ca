package jp.policysearch.section;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.policysearch.corpus.CorpusException;
import jp.policysearch.corpus.DocumentInfo;

/**
 * Splits a breadcrumb-style deck (rule S2-B in docs/corpus.md: 002) into pages and reads each page's breadcrumb.
 * A page starts at a line indented by exactly one space (` 戦略改定にあたっての基本的考え方`, 002:43) or after
 * three blank lines; its breadcrumb (`２．半導体・デジタル産業を取り巻く状況 （２）各分野の動向 ①半導体分野`) is
 * usually its last line; a page without one inherits the page before it.
 */
final class BreadcrumbPaginator {

    private final SlideDeckStyle style;
    private final TextCleaner cleaner;
    private final Pattern chapterStart;

    BreadcrumbPaginator(SlideDeckStyle style, TextCleaner cleaner) {
        this.style = style;
        this.cleaner = cleaner;
        this.chapterStart = Pattern.compile(
                style.chapterNumber().pattern().replace("[", "([").replace("]", "])"));
    }

    List<SlidePage> paginate(DocumentInfo doc, List<String> lines) {
        List<Integer> starts = PageStarts.find(lines, style.pageStart(), style.blankLinesBeforePage(), 0, lines.size());
        List<SlidePage> pages = new ArrayList<>();
        List<String> inherited = null;
        boolean anyBreadcrumb = false;
        for (int p = 0; p < starts.size(); p++) {
            int start = starts.get(p);
            int end = p + 1 < starts.size() ? starts.get(p + 1) - 1 : lines.size();
            Set<Integer> removed = new HashSet<>();
            int titleLine = 0;
            List<String> context = null;
            boolean divider = true;
            boolean any = false;
            for (int no = start; no <= end; no++) {
                String line = lines.get(no - 1);
                if (line.isBlank()) {
                    continue;
                }
                any = true;
                // a line the style names as a title wins (002:7114 `先端ロジック半導体 今後の道行` under chart labels)
                if (titleLine == 0
                        && style.title() != null
                        && style.title().matcher(line).matches()) {
                    titleLine = no;
                }
                List<String> crumb = breadcrumb(line);
                if (crumb != null) {
                    removed.add(no);
                    if (context == null || crumb.size() >= context.size()) {
                        context = crumb;
                    }
                    continue;
                }
                if (!isDividerLine(line)) {
                    divider = false;
                }
            }
            divider = divider && any;
            if (context != null) {
                anyBreadcrumb = true;
                if (divider) {
                    context = context.subList(0, 1);
                }
            } else {
                context = inherited;
            }
            inherited = context;
            pages.add(new SlidePage(start, end, divider, context == null ? List.of() : context, removed, titleLine));
        }
        if (!anyBreadcrumb) {
            throw new CorpusException(doc.file(), 1, "no breadcrumb line of style '" + style.name() + "' found");
        }
        // pages before the first breadcrumb take the context of the first page that has one
        List<String> first = pages.stream()
                .map(SlidePage::context)
                .filter(c -> !c.isEmpty())
                .findFirst()
                .orElseThrow();
        for (int i = 0; i < pages.size() && pages.get(i).context().isEmpty(); i++) {
            SlidePage pg = pages.get(i);
            pages.set(i, new SlidePage(pg.start(), pg.end(), pg.divider(), first, pg.removed(), pg.titleLine()));
        }
        return pages;
    }

    private boolean isDividerLine(String line) {
        if (cleaner.isPageNumber(line)) {
            return true;
        }
        for (Pattern p : style.dividerLines()) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The breadcrumb parts of a line, or null when it is not a breadcrumb. A merged double breadcrumb
     * (002:5866 `…分野３．半導体・デジタル産業戦略…`) counts from its last chapter title; a chapter title split over
     * two lines on a divider (002:3863 `３．半導体・デジタル産業戦略`) still names the chapter.
     */
    List<String> breadcrumb(String line) {
        String s = line.strip();
        Matcher m = chapterStart.matcher(s);
        int found = -1;
        int numberEnd = -1;
        int chapter = -1;
        int titleEnd = -1;
        while (m.find()) {
            int n = m.group(1).charAt(0) - '１';
            if (n < 0 || n >= style.chapterTitles().size()) {
                continue;
            }
            String title = style.chapterTitles().get(n);
            String rest = s.substring(m.end());
            if (rest.startsWith(title)) {
                found = m.start();
                numberEnd = m.end();
                chapter = n;
                titleEnd = m.end() + title.length();
            } else if (m.start() == 0 && rest.strip().length() >= 4 && title.startsWith(rest.strip())) {
                found = 0;
                numberEnd = m.end();
                chapter = n;
                titleEnd = s.length();
            }
        }
        if (found < 0 || (found > 0 && breadcrumb(s.substring(0, found)) == null)) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        parts.add(s.substring(found, numberEnd) + style.chapterTitles().get(chapter));
        String rest = s.substring(titleEnd).strip();
        boolean matched = false;
        for (Pattern part : style.breadcrumbParts()) {
            Matcher pm = part.matcher(rest);
            if (pm.find()) {
                parts.add(pm.group().strip());
                matched = true;
            }
        }
        if (!matched && !rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }
}
