package jp.policysearch.section;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.policysearch.corpus.CorpusException;

/**
 * The area vocabulary and aliases of {@code corpus/areas.json}, as the roadmap parser needs them to read area lines
 * (only names and aliases; the keyword rules are the slide and report parsers' business).
 */
public final class RoadmapAreaNames {

    /** The data file's path relative to the corpus directory. */
    public static final String FILE = "areas.json";

    private final Set<String> areas = new LinkedHashSet<>();
    private final Map<String, String> aliases = new HashMap<>();

    RoadmapAreaNames(Set<String> areas, Map<String, String> aliases) {
        this.areas.addAll(areas);
        this.aliases.putAll(aliases);
    }

    public static RoadmapAreaNames load(Path corpusDir) {
        try {
            JsonNode root = new ObjectMapper().readTree(corpusDir.resolve(FILE).toFile());
            Set<String> areas = new LinkedHashSet<>();
            root.path("areas").forEach(a -> areas.add(a.asText()));
            Map<String, String> aliases = new HashMap<>();
            root.path("aliases").properties().forEach(e -> aliases.put(e.getKey(), e.getValue().asText()));
            if (areas.isEmpty()) {
                throw new CorpusException(FILE, 0, "no \"areas\" listed");
            }
            for (Map.Entry<String, String> alias : aliases.entrySet()) {
                if (!areas.contains(alias.getValue())) {
                    throw new CorpusException(FILE, 0, "alias '" + alias.getKey() + "' names unknown area '"
                            + alias.getValue() + "'");
                }
            }
            return new RoadmapAreaNames(areas, aliases);
        } catch (IOException e) {
            throw new CorpusException(FILE, 0, "cannot read areas: " + e.getMessage());
        }
    }

    /**
     * The canonical area a printed name stands for: the name itself, its alias, or the TOC form
     * {@code (航空宇宙分野)} with parentheses and 分野 dropped.
     */
    public Optional<String> resolve(String printed) {
        String name = printed.strip();
        if ((name.startsWith("(") && name.endsWith(")")) || (name.startsWith("（") && name.endsWith("）"))) {
            name = name.substring(1, name.length() - 1).strip();
        }
        for (String candidate : new String[] {name, name.endsWith("分野") ? name.substring(0, name.length() - 2).strip() : name}) {
            if (areas.contains(candidate)) {
                return Optional.of(candidate);
            }
            if (aliases.containsKey(candidate)) {
                return Optional.of(aliases.get(candidate));
            }
        }
        return Optional.empty();
    }
}
