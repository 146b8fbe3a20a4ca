package jp.policysearch.section;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.policysearch.corpus.CorpusException;
import jp.policysearch.corpus.DocumentInfo;

/**
 * Splits a tag-style deck (rule S3 in docs/corpus.md: 003) into pages. Every content slide carries one tag line
 * (`GX`, `経済安全保障`, …), so between two tag lines exactly one page boundary is taken: the first line after three
 * blank lines, else the first indented line. `参考資料` divider pages (003:769) start a new part; a page holding two
 * `topic：subject` titles with a boundary between them is two slides (003 p.26 has no tag).
 */
final class TagPaginator {

    private final SlideDeckStyle style;

    TagPaginator(SlideDeckStyle style) {
        this.style = style;
    }

    List<SlidePage> paginate(DocumentInfo doc, List<String> lines) {
        List<int[]> dividers = new ArrayList<>();
        List<String> partNames = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!style.dividerStart().matcher(lines.get(i)).matches()) {
                continue;
            }
            int end = i;
            List<String> names = new ArrayList<>();
            for (int j = i + 1; j < lines.size(); j++) {
                String l = lines.get(j);
                if (l.isBlank()) {
                    continue;
                }
                if (!style.dividerLines().stream().anyMatch(p -> p.matcher(l).matches())) {
                    break;
                }
                names.add(l.strip());
                end = j;
            }
            if (partNames.isEmpty()) {
                partNames.addAll(names);
            }
            dividers.add(new int[] {i + 1, end + 1});
            i = end;
        }
        List<SlidePage> pages = new ArrayList<>();
        int blockStart = 1;
        int part = 0;
        for (int d = 0; d <= dividers.size(); d++) {
            int blockEnd = d < dividers.size() ? dividers.get(d)[0] - 1 : lines.size();
            if (d > 0) {
                int[] div = dividers.get(d - 1);
                pages.add(new SlidePage(div[0], div[1], true, List.of(), Set.of(), 0));
                part = Math.max(part, 0) + 1;
            }
            if (blockEnd >= blockStart) {
                part = paginateBlock(lines, blockStart, blockEnd, d == 0, part, partNames, pages);
            }
            if (d < dividers.size()) {
                blockStart = dividers.get(d)[1] + 1;
            }
        }
        if (pages.stream().noneMatch(p -> !p.divider())) {
            throw new CorpusException(doc.file(), 1, "no slide with a tag line of style '" + style.name() + "' found");
        }
        return pages;
    }

    private int paginateBlock(
            List<String> lines,
            int from,
            int to,
            boolean firstBlock,
            int part,
            List<String> partNames,
            List<SlidePage> out) {
        List<Integer> tags = new ArrayList<>();
        for (int no = from; no <= to; no++) {
            if (style.tags().contains(lines.get(no - 1).strip())) {
                tags.add(no);
            }
        }
        List<Integer> candidates =
                PageStarts.find(lines, style.pageStart(), style.blankLinesBeforePage(), from - 1, to);
        Set<Integer> afterBlanks = afterBlankRuns(lines, from, to);
        List<Integer> bounds = new ArrayList<>();
        bounds.add(from);
        for (int t = 0; t + 1 < tags.size(); t++) {
            int lo = tags.get(t);
            int hi = tags.get(t + 1);
            Integer pick = candidates.stream()
                    .filter(c -> c > lo && c <= hi && afterBlanks.contains(c))
                    .findFirst()
                    .orElse(candidates.stream()
                            .filter(c -> c > lo && c <= hi)
                            .findFirst()
                            .orElse(null));
            if (pick != null && pick > bounds.getLast()) {
                bounds.add(pick);
            }
        }
        // a stretch holding two `topic：subject` titles with a page start between them is two slides
        List<Integer> extra = new ArrayList<>();
        for (int b = 0; b < bounds.size(); b++) {
            int s = bounds.get(b);
            int e = b + 1 < bounds.size() ? bounds.get(b + 1) - 1 : to;
            List<Integer> titles = titleLines(lines, s, e);
            if (titles.size() >= 2) {
                int a = titles.getFirst();
                int z = titles.getLast();
                candidates.stream()
                        .filter(c -> c > a && c <= z && c > s)
                        .findFirst()
                        .ifPresent(extra::add);
            }
        }
        bounds.addAll(extra);
        bounds.sort(null);
        int current = part;
        for (int b = 0; b < bounds.size(); b++) {
            int s = bounds.get(b);
            int e = b + 1 < bounds.size() ? bounds.get(b + 1) - 1 : to;
            Set<Integer> removed = new HashSet<>();
            String tag = null;
            for (int t : tags) {
                if (t >= s && t <= e) {
                    removed.add(t);
                    tag = lines.get(t - 1).strip();
                }
            }
            if (firstBlock && tag != null && style.tagParts().containsKey(tag)) {
                current = style.tagParts().get(tag);
            }
            List<String> context =
                    current >= 1 && current <= partNames.size() ? List.of(partNames.get(current - 1)) : List.of();
            List<Integer> titles = titleLines(lines, s, e);
            out.add(new SlidePage(s, e, false, context, removed, titles.isEmpty() ? 0 : titles.getFirst()));
        }
        return current;
    }

    private List<Integer> titleLines(List<String> lines, int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int no = from; no <= to; no++) {
            if (style.title().matcher(lines.get(no - 1)).matches()) {
                out.add(no);
            }
        }
        return out;
    }

    private Set<Integer> afterBlankRuns(List<String> lines, int from, int to) {
        Set<Integer> out = new HashSet<>();
        int blanks = 0;
        for (int no = from; no <= to; no++) {
            if (lines.get(no - 1).isBlank()) {
                blanks++;
            } else {
                if (blanks >= style.blankLinesBeforePage()) {
                    out.add(no);
                }
                blanks = 0;
            }
        }
        return out;
    }
}
