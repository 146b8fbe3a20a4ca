package jp.policysearch.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import jp.policysearch.analysis.TextNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Query-time variants from a dictionary file staff edit (no re-indexing): {@code a, b, c} makes the terms
 * equivalent; {@code a => b, c} makes a query for a also search b and c (for misprints in the corpus). The file is
 * re-read when it changes.
 */
public final class Synonyms {

    private static final Logger log = LoggerFactory.getLogger(Synonyms.class);
    static final int MIN_INNER_KEY = 3;
    /** Bounds the query a long term with many dictionary keys inside can grow to. */
    private static final int MAX_VARIANTS = 12;

    /** How long a read of the file is trusted before its modification time is looked at again. */
    static final long CHECK_EVERY_MILLIS = 1000;

    private final Path file;
    private final TextNormalizer normalizer;
    private final LongSupplier millis;
    private volatile Map<String, List<String>> variants = Map.of();
    /** Keys long enough to be looked for inside longer terms, longest first. */
    private volatile List<String> innerKeys = List.of();

    private volatile FileTime loadedAt;
    private volatile long checkedAt;
    /** Counts the loads: what was computed from the rules of one load holds until the next. */
    private volatile int generation;

    public Synonyms(Path file, TextNormalizer normalizer) {
        this(file, normalizer, System::currentTimeMillis);
    }

    /** @param millis the clock that spaces the checks for a changed file (tests pass their own) */
    Synonyms(Path file, TextNormalizer normalizer, LongSupplier millis) {
        this.file = file;
        this.normalizer = normalizer;
        this.millis = millis;
        reloadIfChanged();
    }

    /** The number of the rules' current load (checking the file as {@link #variantsOf} does). */
    int generation() {
        if (millis.getAsLong() - checkedAt > CHECK_EVERY_MILLIS) {
            reloadIfChanged();
        }
        return generation;
    }

    /**
     * The other spellings to search for {@code term} (normalized), in file order; empty when none. A dictionary key of
     * at least {@value #MIN_INNER_KEY} characters inside a longer term also counts: {@code バーティカルAI} yields
     * {@code パーティカルAI}, because the corpus's misprints sit inside compounds users type whole.
     */
    public List<String> variantsOf(String term) {
        if (millis.getAsLong() - checkedAt > CHECK_EVERY_MILLIS) {
            reloadIfChanged();
        }
        Map<String, List<String>> current = variants;
        String key = key(term);
        String base = key.length() == term.length() ? term : key;
        List<String> whole = current.getOrDefault(key, List.of());
        if (!whole.isEmpty()) {
            return whole;
        }
        Set<String> out = new LinkedHashSet<>();
        // a shorter key inside a longer one that already matched (サーバ in サーバー) would only produce nonsense
        boolean[] covered = new boolean[key.length()];
        for (String inner : innerKeys) {
            if (out.size() >= MAX_VARIANTS) {
                break;
            }
            if (inner.length() >= key.length()) {
                continue;
            }
            int at = innerIndex(key, inner);
            if (at < 0 || covered[at] || covered[at + inner.length() - 1]) {
                continue;
            }
            Arrays.fill(covered, at, at + inner.length(), true);
            for (String variant : current.getOrDefault(inner, List.of())) {
                String replaced = base.substring(0, at) + variant + base.substring(at + inner.length());
                if (!key(replaced).equals(key)) {
                    out.add(replaced);
                }
            }
        }
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    /**
     * Where {@code inner} stands inside {@code key} as a part of its own: a Latin key ({@code ICT}) must not be cut
     * out of a longer Latin word ({@code ICTS}); Japanese has no spaces, so Japanese keys match anywhere.
     */
    private static int innerIndex(String key, String inner) {
        boolean latin = inner.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
        for (int at = key.indexOf(inner); at >= 0; at = key.indexOf(inner, at + 1)) {
            if (!latin) {
                return at;
            }
            boolean before = at > 0 && isLatin(key.charAt(at - 1));
            int end = at + inner.length();
            boolean after = end < key.length() && isLatin(key.charAt(end));
            if (!before && !after) {
                return at;
            }
        }
        return -1;
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private synchronized void reloadIfChanged() {
        checkedAt = millis.getAsLong();
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (modified.equals(loadedAt)) {
                return;
            }
            Map<String, List<String>> parsed = parse(Files.readAllLines(file, StandardCharsets.UTF_8));
            innerKeys = parsed.keySet().stream()
                    .filter(k -> k.length() >= MIN_INNER_KEY)
                    .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                    .toList();
            variants = parsed;
            loadedAt = modified;
            generation++;
            log.info("Loaded {} synonym keys from {}", variants.size(), file);
        } catch (IOException e) {
            if (loadedAt != null) {
                log.warn("Could not re-read {}: {}; keeping the previous synonyms", file, e.getMessage());
            }
        } catch (IllegalArgumentException e) {
            log.error("{}; keeping the previous synonyms", e.getMessage());
        }
    }

    Map<String, List<String>> parse(List<String> lines) {
        Map<String, Set<String>> map = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.contains("=>")) {
                String[] parts = line.split("=>", 2);
                List<String> from = terms(parts[0], i);
                List<String> to = terms(parts[1], i);
                for (String f : from) {
                    map.computeIfAbsent(key(f), k -> new LinkedHashSet<>()).addAll(to);
                }
            } else {
                List<String> group = terms(line, i);
                for (String member : group) {
                    Set<String> others = map.computeIfAbsent(key(member), k -> new LinkedHashSet<>());
                    for (String other : group) {
                        if (!key(other).equals(key(member))) {
                            others.add(other);
                        }
                    }
                }
            }
        }
        Map<String, List<String>> result = new HashMap<>();
        map.forEach((k, v) -> result.put(k, List.copyOf(v)));
        return Map.copyOf(result);
    }

    private List<String> terms(String csv, int lineIndex) {
        List<String> out = new ArrayList<>();
        for (String part : csv.split("[,、]")) {
            String t = normalizer.normalize(part.strip());
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(file + ":" + (lineIndex + 1) + ": a synonym rule without terms");
        }
        return out;
    }

    private String key(String term) {
        return normalizer.normalize(term).toLowerCase(Locale.ROOT);
    }
}
