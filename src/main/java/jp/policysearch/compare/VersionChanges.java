package jp.policysearch.compare;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
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

    /**
     * For every member whose group has another member. Members with the same passages and notes are compared once
     * (a group of a hundred copies of two versions is one comparison, not 4,950): identical versions differ in
     * nothing, so a member's fields are those of its distinct version against the group's other distinct versions.
     */
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
            Map<Content, Version> distinct = new LinkedHashMap<>();
            for (Member m : group) {
                distinct.putIfAbsent(Content.of(m.version()), m.version());
            }
            Map<Content, Change> byContent = changes(distinct);
            for (Member m : group) {
                out.put(m.id(), byContent.get(Content.of(m.version())));
            }
        }
        return out;
    }

    /** Each distinct version's fields against the other distinct versions of its group. */
    public Map<Content, Change> changes(Map<Content, Version> distinct) {
        List<Content> keys = new ArrayList<>(distinct.keySet());
        boolean[] changed = new boolean[keys.size()];
        int[] figures = new int[keys.size()];
        for (int x = 0; x < keys.size(); x++) {
            for (int y = x + 1; y < keys.size(); y++) {
                Comparison c = comparer.compare(distinct.get(keys.get(x)), distinct.get(keys.get(y)));
                if (c.changed()) {
                    changed[x] = changed[y] = true;
                }
                int n = c.figures().size();
                figures[x] = Math.max(figures[x], n);
                figures[y] = Math.max(figures[y], n);
            }
        }
        Map<Content, Change> out = new HashMap<>();
        for (int x = 0; x < keys.size(); x++) {
            out.put(keys.get(x), new Change(changed[x] ? CHANGED : SAME, figures[x]));
        }
        return out;
    }

    /** What a comparison reads of a version: its passages and notes, not its id. */
    public record Content(List<Version.Part> parts, List<String> notes) {
        public static Content of(Version v) {
            return new Content(v.parts(), v.notes());
        }

        /**
         * A stable key of this content (SHA-256 over every anchor, heading, text and note, each length-prefixed, and
         * the counts; 128 bits in hex), equal exactly for equal content: the index's {@code version_key}, by which
         * one member per distinct version of a group is read instead of every copy.
         */
        public String key() {
            MessageDigest digest = sha256();
            digest.update(ByteBuffer.allocate(4).putInt(parts.size()).array());
            for (Version.Part p : parts) {
                update(digest, p.anchor());
                update(digest, p.heading());
                update(digest, p.text());
            }
            digest.update(ByteBuffer.allocate(4).putInt(notes.size()).array());
            for (String n : notes) {
                update(digest, n);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        }

        private static void update(MessageDigest digest, String value) {
            if (value == null) {
                digest.update(new byte[] {-1, -1, -1, -1}); // -1: no string's length
                return;
            }
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            digest.update(bytes);
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
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

    /** Collects the versions of a corpus one section at a time, for {@link Collector#compute} once grouped. */
    public Collector collector() {
        return new Collector();
    }

    /**
     * Per section only the number of its distinct content (passages and notes); each distinct content is kept once,
     * so copies of a document cost nothing but that number.
     */
    public final class Collector {

        private final Map<Content, Integer> ids = new HashMap<>();
        private final List<Version> distinct = new ArrayList<>();
        private int[] contentOf = new int[1024];
        private int size;
        private String[] change;
        private int[] figures;

        private Collector() {}

        /** The next section, in the order the grouping saw them. */
        public void add(Section s) {
            Version v = version(s);
            if (size == contentOf.length) {
                contentOf = Arrays.copyOf(contentOf, 2 * size);
            }
            contentOf[size++] = ids.computeIfAbsent(Content.of(v), k -> {
                distinct.add(v);
                return distinct.size() - 1;
            });
        }

        /** @param root the group of each section by position (equal for the members of one group) */
        public void compute(IntUnaryOperator root) {
            change = new String[size];
            figures = new int[size];
            Map<Integer, List<Integer>> groups = new HashMap<>();
            for (int i = 0; i < size; i++) {
                groups.computeIfAbsent(root.applyAsInt(i), k -> new ArrayList<>(1))
                        .add(i);
            }
            for (List<Integer> group : groups.values()) {
                if (group.size() < 2) {
                    continue;
                }
                Map<Content, Version> versions = new LinkedHashMap<>();
                for (int i : group) {
                    Version v = distinct.get(contentOf[i]);
                    versions.putIfAbsent(Content.of(v), v);
                }
                Map<Content, Change> byContent = changes(versions);
                for (int i : group) {
                    Change c = byContent.get(Content.of(distinct.get(contentOf[i])));
                    change[i] = c.versionChange();
                    figures[i] = c.changedFigures();
                }
            }
        }

        /** The fields of the section at this position, or null when its group has no other member. */
        public Change change(int i) {
            return change[i] == null ? null : new Change(change[i], figures[i]);
        }
    }

    public static Version version(Section s) {
        List<Version.Part> parts = new ArrayList<>();
        for (Passage p : s.passages()) {
            parts.add(new Version.Part(p.anchor(), p.heading(), p.text()));
        }
        return new Version(s.id(), parts, s.notes());
    }
}
