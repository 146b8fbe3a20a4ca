package jp.policysearch.section;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import jp.policysearch.corpus.CorpusException;
import jp.policysearch.corpus.CorpusProblem;
import jp.policysearch.corpus.DocumentInfo;

/**
 * Splits a roadmap (官民投資ロードマップ: cards of 目標/道筋/政策手段 plus a summary page) into one section per card
 * part; the patterns come from {@link RoadmapRules}, so any document of this kind parses without code changes.
 */
public final class RoadmapParser implements DocumentParser {

    private final RoadmapRules rules;
    private final AreaRules areas;
    private final RoadmapCleaner cleaner = new RoadmapCleaner();
    private final RoadmapBodyReader bodyReader;

    public RoadmapParser(RoadmapRules rules, AreaRules areas) {
        this.rules = rules;
        this.areas = areas;
        this.bodyReader = new RoadmapBodyReader(rules, cleaner);
    }

    /** A parser with the rules and areas of {@code corpusDir}. */
    public static RoadmapParser load(Path corpusDir) {
        return new RoadmapParser(RoadmapRules.load(corpusDir), AreaRules.load(corpusDir.resolve("areas.json")));
    }

    /** A heading of a card part at a 0-based line. */
    record PartHeading(int line, RoadmapRules.Part part) {}

    /** One card as found: its title, area and the headings of its parts, lines 0-based. */
    record Card(String number, String title, int titleLine, String area, int start, int end, List<PartHeading> parts) {}

    @Override
    public List<Section> parse(DocumentInfo doc, List<String> lines) {
        List<CorpusProblem> problems = new ArrayList<>();
        List<Card> cards = findCards(doc, lines, problems);
        if (cards.isEmpty() && problems.isEmpty()) {
            problems.add(new CorpusProblem(
                    doc.file(), 0, "no roadmap card found (no line matches the first phase heading)"));
        }
        if (!problems.isEmpty()) {
            throw new CorpusException(problems);
        }
        List<Section> sections = new ArrayList<>();
        for (Card card : cards) {
            for (int p = 0; p < card.parts().size(); p++) {
                PartHeading heading = card.parts().get(p);
                int end = p + 1 < card.parts().size() ? card.parts().get(p + 1).line() - 1 : card.end();
                sections.add(section(doc, lines, card, heading, end, sections.size()));
            }
        }
        return sections;
    }

    private Section section(DocumentInfo doc, List<String> lines, Card card, PartHeading heading, int end, int order) {
        RoadmapRules.Part part = heading.part();
        while (end > heading.line() && lines.get(end).isBlank()) {
            end--;
        }
        int bodyStart = heading.line() + 1;
        if (!part.summary()) {
            bodyStart = skipRunningHeader(doc, lines, bodyStart, end);
        }
        RoadmapBodyReader.Body body = bodyReader.read(lines, bodyStart, end, part.summary());
        String id = doc.id() + "/c" + card.number() + "/" + part.key();
        return Section.ofCard(
                doc,
                id,
                card.title() + rules.titleSeparator + part.name(),
                List.of(doc.title(), card.area(), card.title(), part.name()),
                List.of(card.area()),
                card.title(),
                cardKey(card.title()),
                part.name(),
                body.text(),
                body.passages(),
                body.notes(),
                new SourceRef(doc.file(), heading.line() + 1, end + 1),
                order);
    }

    /**
     * Drops the "area + card name" running header that some pages repeat right after a phase heading
     * (000:477-478 {@code デジタル・サイバーセキュリティ} / {@code クラウド・データセンター}).
     */
    private int skipRunningHeader(DocumentInfo doc, List<String> lines, int from, int end) {
        int i = from;
        while (i <= end && lines.get(i).isBlank()) {
            i++;
        }
        if (i > end || areaOf(doc, lines.get(i)).isEmpty()) {
            return from;
        }
        int j = i + 1;
        while (j <= end && j <= i + 3 && !lines.get(j).isBlank()) {
            j++;
        }
        return j;
    }

    private Optional<String> areaOf(DocumentInfo doc, String line) {
        String fixed = doc.parsing().get("area");
        Optional<String> area = areas.resolve(line.strip());
        if (fixed != null && area.isEmpty() && line.strip().equals(fixed)) {
            return Optional.of(fixed);
        }
        return area;
    }

    private List<Card> findCards(DocumentInfo doc, List<String> lines, List<CorpusProblem> problems) {
        List<PartHeading> headings = partHeadings(lines);
        Optional<String> fixedArea = fixedArea(doc, problems);
        if (doc.parsing().containsKey("area") && fixedArea.isEmpty()) {
            return List.of();
        }
        List<Integer> starts = cardStarts(doc, headings, problems);
        List<int[]> titles = new ArrayList<>();
        for (int h : starts) {
            titles.add(titleBlock(lines, headings.get(h).line()));
        }
        boolean numbered = !titles.isEmpty();
        for (int[] t : titles) {
            numbered &= t != null && rules.cardNumber.matcher(joined(lines, t)).matches();
        }
        List<Card> cards = new ArrayList<>();
        for (int c = 0; c < starts.size(); c++) {
            int nextStart =
                    c + 1 < starts.size() ? headings.get(starts.get(c + 1)).line() : lines.size();
            card(doc, lines, headings, starts.get(c), nextStart, titles.get(c), c, numbered, fixedArea, problems)
                    .ifPresent(cards::add);
        }
        List<Card> bounded = boundedByTheNextCard(cards, lines.size());
        checkUniqueNumbers(doc, bounded, problems);
        return bounded;
    }

    /** Every phase and summary heading, in line order. */
    private List<PartHeading> partHeadings(List<String> lines) {
        List<PartHeading> headings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            for (RoadmapRules.Part part : rules.phases) {
                if (part.heading().matcher(line).matches()) {
                    headings.add(new PartHeading(i, part));
                }
            }
            for (RoadmapRules.Part part : rules.summaries) {
                if (part.heading().matcher(line).matches()) {
                    headings.add(new PartHeading(i, part));
                }
            }
        }
        return headings;
    }

    /** The manifest's {@code parsing.area} for a document without area lines (001), resolved; a problem if unknown. */
    private Optional<String> fixedArea(DocumentInfo doc, List<CorpusProblem> problems) {
        if (!doc.parsing().containsKey("area")) {
            return Optional.empty();
        }
        Optional<String> fixed = areas.resolve(doc.parsing().get("area"));
        if (fixed.isEmpty()) {
            problems.add(new CorpusProblem(
                    "manifest.json",
                    0,
                    "entry '" + doc.id() + "': parsing.area '" + doc.parsing().get("area")
                            + "' is not an area or alias in " + "areas.json"));
        }
        return fixed;
    }

    /** The indices (into {@code headings}) of the first-phase headings, where cards start. */
    private List<Integer> cardStarts(DocumentInfo doc, List<PartHeading> headings, List<CorpusProblem> problems) {
        RoadmapRules.Part first = rules.phases.get(0);
        List<Integer> starts = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            if (headings.get(h).part() == first) {
                starts.add(h);
            } else if (starts.isEmpty()) {
                problems.add(new CorpusProblem(
                        doc.file(),
                        headings.get(h).line() + 1,
                        "'" + headings.get(h).part().name() + "' heading before the first card"));
            }
        }
        return starts;
    }

    /**
     * The card whose first phase heading is {@code headings[h]}: its title block {@code t}, number, area (the line
     * before the title, or the document's fixed area) and parts up to {@code nextStart}; empty, with a problem, when
     * one of them is missing.
     */
    private Optional<Card> card(
            DocumentInfo doc,
            List<String> lines,
            List<PartHeading> headings,
            int h,
            int nextStart,
            int[] t,
            int index,
            boolean numbered,
            Optional<String> fixedArea,
            List<CorpusProblem> problems) {
        int headingLine = headings.get(h).line();
        if (t == null) {
            problems.add(new CorpusProblem(
                    doc.file(), headingLine + 1, "no card title in the lines before this phase heading"));
            return Optional.empty();
        }
        String title = joined(lines, t);
        String number = String.format("%02d", index + 1);
        if (numbered) {
            Matcher m = rules.cardNumber.matcher(title);
            m.matches();
            number = String.format("%02d", Integer.parseInt(m.group(1)));
            title = m.group(2).strip();
        }
        String area;
        int start = t[0];
        if (fixedArea.isPresent()) {
            area = fixedArea.get();
        } else {
            int[] a = blockBefore(lines, t[0]);
            if (a == null || a[1] != a[0]) {
                problems.add(new CorpusProblem(doc.file(), t[0] + 1, "no area line before card '" + title + "'"));
                return Optional.empty();
            }
            String printed = lines.get(a[0]).strip();
            Optional<String> resolved = areas.resolve(printed);
            if (resolved.isEmpty()) {
                problems.add(new CorpusProblem(
                        doc.file(),
                        a[0] + 1,
                        "unknown area '" + printed + "' before card '" + title + "' (not an area or alias in corpus/"
                                + "areas.json" + ")"));
                return Optional.empty();
            }
            area = resolved.get();
            start = a[0];
        }
        List<PartHeading> parts = new ArrayList<>();
        for (int k = h; k < headings.size() && headings.get(k).line() < nextStart; k++) {
            parts.add(headings.get(k));
        }
        if (!checkParts(doc, title, headingLine, parts, problems)) {
            return Optional.empty();
        }
        return Optional.of(new Card(number, title, t[0], area, start, nextStart - 1, parts));
    }

    /** A card ends where the next card's area line or title begins. */
    private static List<Card> boundedByTheNextCard(List<Card> cards, int lineCount) {
        List<Card> bounded = new ArrayList<>();
        for (int c = 0; c < cards.size(); c++) {
            Card card = cards.get(c);
            int end = c + 1 < cards.size() ? cards.get(c + 1).start() - 1 : lineCount - 1;
            bounded.add(new Card(
                    card.number(),
                    card.title(),
                    card.titleLine(),
                    card.area(),
                    card.start(),
                    Math.min(end, card.end()),
                    card.parts()));
        }
        return bounded;
    }

    private boolean checkParts(
            DocumentInfo doc, String title, int headingLine, List<PartHeading> parts, List<CorpusProblem> problems) {
        List<String> seen = parts.stream().map(p -> p.part().name()).toList();
        boolean ok = parts.size() == rules.phases.size() + 1;
        for (int i = 0; ok && i < rules.phases.size(); i++) {
            ok = parts.get(i).part() == rules.phases.get(i);
        }
        ok = ok && parts.get(parts.size() - 1).part().summary();
        if (!ok) {
            List<String> expected = new ArrayList<>(
                    rules.phases.stream().map(RoadmapRules.Part::name).toList());
            expected.add(String.join(
                    "/", rules.summaries.stream().map(RoadmapRules.Part::name).toList()));
            problems.add(new CorpusProblem(
                    doc.file(),
                    headingLine + 1,
                    "card '" + title + "' has parts " + seen + " but a card needs " + expected + " in that order"));
        }
        return ok;
    }

    private static void checkUniqueNumbers(DocumentInfo doc, List<Card> cards, List<CorpusProblem> problems) {
        List<String> seen = new ArrayList<>();
        for (Card card : cards) {
            if (seen.contains(card.number())) {
                problems.add(new CorpusProblem(
                        doc.file(), card.titleLine() + 1, "card number " + card.number() + " occurs twice"));
            }
            seen.add(card.number());
        }
    }

    /** The card title: the non-blank lines right before the first phase heading (001:287-288 is on two lines). */
    private static int[] titleBlock(List<String> lines, int headingLine) {
        int[] block = blockBefore(lines, headingLine);
        return block == null || block[1] - block[0] > 2 ? null : block;
    }

    /** The run of non-blank lines ending right before {@code line} (blank lines skipped), as {first, last}. */
    private static int[] blockBefore(List<String> lines, int line) {
        int end = line - 1;
        while (end >= 0 && lines.get(end).isBlank()) {
            end--;
        }
        if (end < 0) {
            return null;
        }
        int start = end;
        while (start > 0 && !lines.get(start - 1).isBlank()) {
            start--;
        }
        return new int[] {start, end};
    }

    private static String joined(List<String> lines, int[] block) {
        StringBuilder sb = new StringBuilder();
        for (int i = block[0]; i <= block[1]; i++) {
            sb.append(lines.get(i).replace("**", "").strip());
        }
        return sb.toString();
    }

    /**
     * Groups one card across documents: width-folded title without spaces and without a trailing parenthetical,
     * so 000 {@code 自動運転技術} and 001 {@code 自動運転技術（車両、システム）} share a key.
     */
    static String cardKey(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        if (s.endsWith(")")) {
            int depth = 0;
            for (int i = s.length() - 1; i >= 0; i--) {
                char ch = s.charAt(i);
                depth += ch == ')' ? 1 : ch == '(' ? -1 : 0;
                if (depth == 0) {
                    if (i > 0) {
                        s = s.substring(0, i);
                    }
                    break;
                }
            }
        }
        return s;
    }
}
