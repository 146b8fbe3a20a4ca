package jp.policysearch.section;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the body of one card part (a phase or a summary page) into anchored passages, clean text and notes.
 * Phases are split at the ①-level (and 【…】/＜…＞/○/● labels) under their (n) sub-levels; summary pages at their
 * labels (現状認識, 主な課題, 講じるべき施策, 目指すべき姿 …) and ① items.
 */
final class RoadmapBodyReader {

    /** What a part's body yields. */
    record Body(List<Passage> passages, String text, List<String> notes) {}

    // the second half of a split summary label: 主な課題 / (ボトルネック) (1653-1654)
    private static final Pattern LABEL_TAIL = Pattern.compile("^[(（][^()（）]{1,20}[)）]$");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:-|・|⇒|▶|✓|◎)");

    private final RoadmapRules rules;
    private final RoadmapCleaner cleaner;

    RoadmapBodyReader(RoadmapRules rules, RoadmapCleaner cleaner) {
        this.rules = rules;
        this.cleaner = cleaner;
    }

    private static final class Group {
        final String printed;
        final String key;
        final int run;
        final List<Block> blocks = new ArrayList<>();

        Group(String printed, String key, int run) {
            this.printed = printed;
            this.key = key;
            this.run = run;
        }
    }

    private static final class Block {
        final String heading;
        final List<String> lines = new ArrayList<>();

        Block(String heading) {
            this.heading = heading;
        }
    }

    /** Reads lines {@code from..to} (0-based, inclusive) of a part's body. */
    Body read(List<String> lines, int from, int to, boolean summary) {
        List<Group> groups = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        Group current = new Group(null, null, 0);
        groups.add(current);
        Block block = null;
        int run = 0;
        StringBuilder note = null;
        boolean noteWantsBody = false;
        boolean blank = false;
        for (int i = from; i <= to; i++) {
            String raw = lines.get(i).stripTrailing();
            if (raw.isBlank()) {
                blank = true;
                continue;
            }
            boolean plain = !BULLET.matcher(raw).find()
                    && !isStructural(raw, summary)
                    && !rules.noteLine.matcher(raw).lookingAt();
            if (note != null && plain && (!blank || noteWantsBody)) {
                // a footnote's second line, or the definition under a glossary term (5058-5059, 5557-5559)
                note.append(blank ? " " : "\n").append(cleaner.cleanNote(raw));
                noteWantsBody = false;
                blank = false;
                continue;
            }
            blank = false;
            flushNote(note, notes);
            note = null;
            if (rules.noteLine.matcher(raw).lookingAt()) {
                note = new StringBuilder(cleaner.cleanNote(raw));
                noteWantsBody = raw.endsWith(":") || raw.endsWith("：");
                continue;
            }
            if (isTemplate(raw)) {
                continue;
            }
            Matcher sub = summary ? null : rules.sublevelHeading.matcher(raw);
            if (sub != null && sub.matches()) {
                boolean adjacent = current.printed != null && current.blocks.isEmpty();
                if (!adjacent) {
                    run++;
                }
                current = new Group(cleaner.cleanHeading(raw), RoadmapRules.normalise(sub.group(2)), run);
                groups.add(current);
                block = null;
                continue;
            }
            Matcher item = rules.itemHeading.matcher(raw);
            boolean isItem = item.matches();
            String heading = null;
            if (isItem || rules.labelHeading.matcher(raw).matches()) {
                heading = cleaner.cleanHeading(raw);
            } else if (summary && isSummaryLabel(raw)) {
                heading = cleaner.cleanHeading(raw);
                if (i + 1 <= to && LABEL_TAIL.matcher(lines.get(i + 1).strip()).matches()) {
                    heading += lines.get(++i).strip();
                }
            }
            if (heading != null) {
                Group target = isItem ? place(groups, current, item.group(1), item.group(2)) : current;
                block = new Block(heading);
                target.blocks.add(block);
                current = target;
                continue;
            }
            if (block == null) {
                block = new Block(null);
                current.blocks.add(block);
            }
            String clean = cleaner.cleanLine(raw);
            if (!clean.isEmpty()) {
                block.lines.add(clean);
            }
        }
        flushNote(note, notes);
        return assemble(groups, List.copyOf(notes));
    }

    /**
     * The group an ① item belongs to. Position decides, except where (n) headings stand next to each other with
     * nothing between them (two-column slides flattened out of order, cards 6, 24, 27, 30 in 000): there the item's
     * label decides by the sub-level vocabulary, and an unknown ① label moves on to the next (n) of the run.
     */
    private Group place(List<Group> groups, Group current, String numeral, String label) {
        List<Group> runGroups = groups.stream()
                .filter(g -> g.run == current.run && g.printed != null)
                .toList();
        if (runGroups.size() < 2) {
            return current;
        }
        List<String> owners = rules.itemToSublevels.get(RoadmapRules.normalise(label));
        if (owners != null) {
            for (Group g : runGroups) {
                if (owners.contains(g.key)) {
                    return g;
                }
            }
            return current;
        }
        int at = runGroups.indexOf(current);
        if ("①".equals(numeral) && !current.blocks.isEmpty() && at >= 0 && at + 1 < runGroups.size()) {
            return runGroups.get(at + 1);
        }
        return current;
    }

    private Body assemble(List<Group> groups, List<String> notes) {
        List<Passage> passages = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        for (Group group : groups) {
            boolean headed = false;
            for (Block block : group.blocks) {
                String text = cleaner.removePlaceholders(String.join("\n", block.lines), rules.placeholders);
                if (text.isBlank()) {
                    continue;
                }
                if (group.printed != null && !headed) {
                    paragraphs.add(group.printed);
                    headed = true;
                }
                String heading = block.heading != null ? block.heading : group.printed;
                passages.add(new Passage("p" + (passages.size() + 1), heading, text));
                paragraphs.add(block.heading != null ? block.heading + "\n" + text : text);
            }
        }
        return new Body(List.copyOf(passages), String.join("\n\n", paragraphs), notes);
    }

    private boolean isStructural(String raw, boolean summary) {
        return (!summary && rules.sublevelHeading.matcher(raw).matches())
                || rules.itemHeading.matcher(raw).matches()
                || rules.labelHeading.matcher(raw).matches()
                || (summary && isSummaryLabel(raw));
    }

    private boolean isSummaryLabel(String raw) {
        String s = raw.strip();
        if (s.startsWith("- ")) {
            return false;
        }
        return rules.summaryLabels.contains(RoadmapRules.normalise(s.replace("**", "")));
    }

    private boolean isTemplate(String raw) {
        String s = cleaner.cleanHeading(raw);
        if (s.startsWith("・")) {
            s = s.substring(1).strip();
        }
        if (!s.isEmpty() && s.charAt(0) >= '①' && s.charAt(0) <= '⑩') {
            s = s.substring(1).strip();
        }
        for (Pattern p : rules.templateLines) {
            if (p.matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }

    private static void flushNote(StringBuilder note, Set<String> notes) {
        if (note != null && !note.isEmpty()) {
            notes.add(note.toString());
        }
    }
}
