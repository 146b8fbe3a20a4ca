package jp.policysearch.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.policysearch.section.Passage;
import jp.policysearch.section.Section;

/**
 * What the index records about versions (docs/compare.md): for every section that has other versions (same
 * {@code group_key}), whether one of them differs ({@code version_change}: 変更あり or 変更なし) and the largest
 * number of changed figures against one of them ({@code changed_figures}). Sections without versions get nothing.
 */
public final class VersionChanges {

    /** The value of {@code version_change} when another version differs. */
    public static final String CHANGED = "変更あり";
    /** The value of {@code version_change} when every other version has the same text. */
    public static final String SAME = "変更なし";

    /** A section of a version group. */
    public record Member(String id, String groupKey, Version version) {}

    /** The indexed fields of one section. */
    public record Change(String versionChange, int changedFigures) {}

    private final SectionComparer comparer = new SectionComparer();

    /** For every member whose group has another member. */
    public Map<String, Change> compute(List<Member> members) {
        Map<String, List<Member>> groups = new LinkedHashMap<>();
        for (Member m : members) {
            groups.computeIfAbsent(m.groupKey(), k -> new ArrayList<>()).add(m);
        }
        Map<String, Change> out = new HashMap<>();
        for (List<Member> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            boolean[] changed = new boolean[group.size()];
            int[] figures = new int[group.size()];
            for (int x = 0; x < group.size(); x++) {
                for (int y = x + 1; y < group.size(); y++) {
                    Comparison c = comparer.compare(
                            group.get(x).version(), group.get(y).version());
                    if (c.changed()) {
                        changed[x] = changed[y] = true;
                    }
                    int n = c.figures().size();
                    figures[x] = Math.max(figures[x], n);
                    figures[y] = Math.max(figures[y], n);
                }
            }
            for (int x = 0; x < group.size(); x++) {
                out.put(group.get(x).id(), new Change(changed[x] ? CHANGED : SAME, figures[x]));
            }
        }
        return out;
    }

    /** The index's values for a whole parsed corpus (sections grouped already). */
    public Map<String, Change> ofSections(List<Section> sections) {
        List<Member> members = new ArrayList<>(sections.size());
        Map<String, Integer> sizes = new HashMap<>();
        sections.forEach(s -> sizes.merge(s.groupKey(), 1, Integer::sum));
        for (Section s : sections) {
            if (sizes.get(s.groupKey()) > 1) {
                members.add(new Member(s.id(), s.groupKey(), version(s)));
            }
        }
        return compute(members);
    }

    public static Version version(Section s) {
        List<Version.Part> parts = new ArrayList<>();
        for (Passage p : s.passages()) {
            parts.add(new Version.Part(p.anchor(), p.heading(), p.text()));
        }
        return new Version(s.id(), parts, s.notes());
    }
}
