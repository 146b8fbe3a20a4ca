package jp.policysearch.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.policysearch.analysis.TextNormalizer;

/**
 * Query-time variants from a dictionary file staff edit (no re-indexing): {@code a, b, c} makes the terms
 * equivalent; {@code a => b, c} makes a query for a also search b and c (for misprints in the corpus). The file is
 * re-read when it changes.
 */
public final class Synonyms {

    private static final Logger log = LoggerFactory.getLogger(Synonyms.class);

    private final Path file;
    private final TextNormalizer normalizer;
    private volatile Map<String, List<String>> variants = Map.of();
    private volatile FileTime loadedAt;
    private volatile long checkedAt;

    public Synonyms(Path file, TextNormalizer normalizer) {
        this.file = file;
        this.normalizer = normalizer;
        reloadIfChanged();
    }

    /** The other spellings to search for {@code term} (normalized), in file order; empty when none. */
    public List<String> variantsOf(String term) {
        if (System.currentTimeMillis() - checkedAt > 1000) {
            reloadIfChanged();
        }
        return variants.getOrDefault(key(term), List.of());
    }

    private synchronized void reloadIfChanged() {
        checkedAt = System.currentTimeMillis();
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (modified.equals(loadedAt)) {
                return;
            }
            variants = parse(Files.readAllLines(file, StandardCharsets.UTF_8));
            loadedAt = modified;
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
