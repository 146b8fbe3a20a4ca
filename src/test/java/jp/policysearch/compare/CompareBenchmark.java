package jp.policysearch.compare;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import jp.policysearch.section.DocumentParsers;
import jp.policysearch.section.Passage;
import jp.policysearch.section.Section;

/**
 * Not a test: times {@link SectionComparer} on two versions of a section of about 5,000 characters (target: p99
 * ≤ 50 ms) and on the largest pair of real versions in the corpus. The first version is the growth roadmap's
 * passages in order up to the size; the second is it revised as drafts are, with a fixed seed: figures changed,
 * lines deleted, inserted (from another document) and moved, words edited. Prints p50 and p99 of each. Run with
 * {@code bin/policy-search bench compare [rounds] [chars]}.
 */
public final class CompareBenchmark {

    private static final String DOC = "growth-roadmap-2026";
    private static final int TARGET_MS = 50;
    private static final String OTHER = "ict-rd-trends-report-2025";
    /** Sentences and lines, each keeping its 。 or line break. */
    private static final Pattern SENTENCES = Pattern.compile("(?<=。)|(?<=\n)");

    private CompareBenchmark() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int chars = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        Path corpus =
                Path.of(System.getProperty("policysearch.project.dir", ".")).resolve("corpus");
        List<Section> sections =
                DocumentParsers.sectionParser(corpus).parse(corpus).sections();
        Version first = first(sections, chars);
        Version second = revised(first, lines(sections, OTHER), new Random(17));
        Comparison c = new SectionComparer().compare(first, second);
        System.out.printf(
                "compare: %d and %d characters, %d rows (%d changed, %d moved, %d added, %d removed), %d figures%n",
                length(first),
                length(second),
                c.rows().size(),
                c.count(Row.Kind.CHANGED),
                c.count(Row.Kind.MOVED),
                c.count(Row.Kind.ADDED),
                c.count(Row.Kind.REMOVED),
                c.figures().size());
        report(String.format("%,d-character pair", chars), first, second, rounds);
        Version[] real = largestRealPair(sections);
        report(
                "largest real pair " + real[0].id() + " / " + real[1].id() + " (" + length(real[0]) + "/"
                        + length(real[1]) + " chars)",
                real[0],
                real[1],
                rounds);
    }

    /**
     * Wall-clock p50/p99 (the target) and the thread's CPU time beside it: on a busy machine the difference is time
     * spent waiting for a core, not comparing.
     */
    private static void report(String what, Version a, Version b, int rounds) {
        SectionComparer comparer = new SectionComparer();
        for (int i = 0; i < Math.max(50, rounds / 5); i++) {
            comparer.compare(a, b); // warm-up: JIT
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[rounds];
        double[] cpu = new double[rounds];
        int collected = 0;
        long gcStart = gcMillis();
        for (int i = 0; i < rounds; i++) {
            long gcCount = gcCount();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            comparer.compare(a, b);
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            collected += gcCount() == gcCount ? 0 : 1;
        }
        System.out.printf(
                "%s: p50 %.2f ms, p99 %.2f ms, max %.2f ms over %d comparisons (CPU p50 %.2f ms, p99 %.2f ms;"
                        + " %d comparisons saw a GC, %d ms of GC in all; load average %.1f);"
                        + " target p99 ≤ %d ms: %s%n",
                what,
                percentile(wall, 50),
                percentile(wall, 99),
                percentile(wall, 100),
                rounds,
                percentile(cpu, 50),
                percentile(cpu, 99),
                collected,
                gcMillis() - gcStart,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                TARGET_MS,
                percentile(wall, 99) <= TARGET_MS ? "met" : "NOT met");
    }

    /**
     * Collections and their time so far: a wall-clock outlier with a low CPU time is either a GC pause (these
     * move) or waiting for a core (the load average is high).
     */
    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount)
                .sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
    }

    /** The growth roadmap's passages (headings and text) in order until {@code chars} characters (the last one cut). */
    static Version first(List<Section> sections, int chars) {
        List<Version.Part> parts = new ArrayList<>();
        int total = 0;
        for (Section s : sections) {
            if (!s.doc().equals(DOC)) {
                continue;
            }
            for (Passage p : s.passages()) {
                total += p.heading() == null ? 0 : p.heading().length();
                int room = Math.max(0, chars - total);
                String text = p.text().length() > room ? p.text().substring(0, room) : p.text();
                parts.add(new Version.Part(p.anchor(), p.heading(), text));
                total += text.length();
                if (total >= chars) {
                    return new Version("bench/first", parts, List.of());
                }
            }
        }
        throw new IllegalStateException(DOC + " has fewer than " + chars + " characters");
    }

    /**
     * A draft's revision: per sentence or line, 3 % deleted, 3 % followed by a new line, 5 % reworded, 37 % of those
     * with a number given another; two passages trade places.
     */
    static Version revised(Version v, List<String> foreign, Random random) {
        List<List<String>> passages = new ArrayList<>();
        for (Version.Part p : v.parts()) {
            List<String> lines = new ArrayList<>();
            for (String line : SENTENCES.split(p.text())) {
                double r = random.nextDouble();
                if (r < 0.03) {
                    continue;
                }
                if (r < 0.40 && line.matches("(?s).*[0-9].*")) {
                    line = line.replaceFirst("[0-9]+", String.valueOf(1 + random.nextInt(99)));
                } else if (r < 0.08 && line.length() > 10) {
                    int at = random.nextInt(line.length() - 5);
                    line = line.substring(0, at) + "（改定）" + line.substring(at + 3);
                }
                lines.add(line);
                if (random.nextDouble() < 0.03) {
                    lines.add(foreign.get(random.nextInt(foreign.size())) + "\n");
                }
            }
            passages.add(lines);
        }
        // two passages a quarter of the section apart trade places (their anchors stay with their text)
        int k = random.nextInt(passages.size() / 2);
        int far = k + passages.size() / 4;
        List<Version.Part> order = new ArrayList<>(v.parts());
        Collections.swap(order, k, far);
        Collections.swap(passages, k, far);
        List<Version.Part> parts = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            Version.Part p = order.get(i);
            parts.add(new Version.Part(p.anchor(), p.heading(), String.join("", passages.get(i))));
        }
        return new Version("bench/second", parts, v.notes());
    }

    private static List<String> lines(List<Section> sections, String doc) {
        List<String> out = new ArrayList<>();
        for (Section s : sections) {
            if (s.doc().equals(doc)) {
                for (Passage p : s.passages()) {
                    out.addAll(Arrays.asList(p.text().split("\n")));
                }
            }
        }
        return out.stream().filter(l -> l.length() > 20).toList();
    }

    /** The two versions (same group) with the most characters between them. */
    private static Version[] largestRealPair(List<Section> sections) {
        Version[] best = null;
        int size = -1;
        for (int i = 0; i < sections.size(); i++) {
            for (int j = i + 1; j < sections.size(); j++) {
                Section a = sections.get(i);
                Section b = sections.get(j);
                if (a.groupKey().equals(b.groupKey())
                        && a.text().length() + b.text().length() > size) {
                    size = a.text().length() + b.text().length();
                    best = new Version[] {VersionChanges.version(a), VersionChanges.version(b)};
                }
            }
        }
        return best;
    }

    private static int length(Version v) {
        int n = 0;
        for (Version.Part p : v.parts()) {
            n += p.text().length() + (p.heading() == null ? 0 : p.heading().length());
        }
        return n;
    }
}
