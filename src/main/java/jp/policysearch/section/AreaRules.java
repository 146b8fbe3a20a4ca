package jp.policysearch.section;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import jp.policysearch.corpus.CorpusException;
import jp.policysearch.corpus.CorpusProblem;
import jp.policysearch.corpus.DataFileReader;

/**
 * The area facet's vocabulary and rules, loaded from {@code corpus/areas.json}: names aliases to the 17 strategic
 * fields, maps explicit structure (breadcrumbs, parts) to areas, and assigns areas by keyword elsewhere.
 */
public final class AreaRules {

    // 004 writes `A I`, `A I・R P A` (L1006, L3872): close up single spaced capitals before matching
    private static final Pattern SPACED_CAPITALS = Pattern.compile("(?<=(?<![A-Za-z])[A-Z]) (?=[A-Z](?![a-z]))");

    private final String file;
    private final List<String> areas;
    private final String crossCutting;
    private final List<String> crossCuttingMatches;
    private final String unclassified;
    private final List<String> unclassifiedMatches;
    private final Map<String, String> aliases;
    private final List<StructureRule> structureRules;
    private final List<KeywordRule> keywordRules;
    private final int minHits;
    private final int minTitleHits;
    private final int maxAreas;
    private final double secondaryShare;
    private final int overviewMinAreas;
    private final double overviewMaxShare;

    // one area (the chapter names a field) or several (the chapter spans fields: 002 ②情報処理分野 covers AI,
    // cloud and quantum computing); then the one the section's keywords name most comes first, the first listed on a
    // tie
    private record StructureRule(String match, List<String> areas) {}

    private record KeywordRule(String area, List<Keyword> keywords, int minHits) {}

    // plain and word-bounded literals are counted with indexOf, which is many times faster than a regex scan
    private static final Pattern BOUNDED_LITERAL =
            Pattern.compile("\\(\\?<!\\[A-Za-z]\\)([A-Za-z0-9]+)\\(\\?!\\[A-Za-z]\\)");
    private static final Pattern REGEX_META = Pattern.compile("[\\\\\\[\\](){}.*+?^$|]");

    // a regex keyword is scanned only in texts that hold the literal every match of it holds (`通信` of
    // `(?<!量子)通信(?!業)`): most sections hold none, and a scan that starts with a lookbehind tries every position
    private record Keyword(String literal, boolean bounded, Pattern pattern) {

        static Keyword of(String source) {
            Matcher m = BOUNDED_LITERAL.matcher(source);
            if (m.matches()) {
                return new Keyword(m.group(1), true, null);
            }
            if (!REGEX_META.matcher(source).find()) {
                return new Keyword(source, false, null);
            }
            return new Keyword(RequiredLiteral.of(source), false, Pattern.compile(source));
        }

        int count(String text) {
            int n = 0;
            if (pattern != null) {
                if (literal != null && !text.contains(literal)) {
                    return 0;
                }
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    n++;
                }
                return n;
            }
            for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + literal.length())) {
                if (!bounded || (!latinAt(text, at - 1) && !latinAt(text, at + literal.length()))) {
                    n++;
                }
            }
            return n;
        }

        private static boolean latinAt(String text, int i) {
            if (i < 0 || i >= text.length()) {
                return false;
            }
            char c = text.charAt(i);
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }
    }

    private AreaRules(String file, String json) {
        this.file = file;
        AreaRulesFile read = DataFileReader.parse(file, json, AreaRulesFile.class);
        areas = List.copyOf(read.areas());
        crossCutting = read.crossCutting();
        crossCuttingMatches =
                read.crossCuttingMatch().stream().map(AreaRules::normalise).toList();
        unclassified = read.unclassified();
        unclassifiedMatches =
                read.unclassifiedMatch().stream().map(AreaRules::compact).toList();
        aliases = read.aliases();
        List<CorpusProblem> problems = new ArrayList<>();
        aliases.forEach((alias, area) -> {
            if (!areas.contains(area)) {
                problems.add(problem(json, alias, "alias '" + alias + "' names unknown area '" + area + "'"));
            }
        });
        structureRules = new ArrayList<>();
        for (AreaRulesFile.StructureArea rule : read.structureAreas()) {
            for (String area : rule.areas()) {
                if (!areas.contains(area)) {
                    problems.add(problem(json, rule.match(), "structure rule names unknown area '" + area + "'"));
                }
            }
            structureRules.add(new StructureRule(compact(rule.match()), rule.areas()));
        }
        minHits = read.keywordThreshold().minHits();
        minTitleHits = read.keywordThreshold().minTitleHits();
        maxAreas = read.keywordThreshold().maxAreas();
        secondaryShare = read.keywordThreshold().secondaryShare();
        overviewMinAreas = read.overview().minAreas();
        overviewMaxShare = read.overview().maxTopShare();
        keywordRules = new ArrayList<>();
        for (AreaRulesFile.KeywordRule rule : read.keywordRules()) {
            if (!areas.contains(rule.area())) {
                problems.add(problem(json, rule.area(), "keyword rule names unknown area '" + rule.area() + "'"));
            }
            List<Keyword> patterns = new ArrayList<>();
            for (String k : rule.keywords()) {
                try {
                    patterns.add(Keyword.of(normalise(k)));
                } catch (PatternSyntaxException e) {
                    problems.add(problem(json, k, "bad keyword regex '" + k + "': " + e.getDescription()));
                }
            }
            keywordRules.add(new KeywordRule(rule.area(), patterns, rule.minHits() == null ? minHits : rule.minHits()));
        }
        if (!problems.isEmpty()) {
            throw new CorpusException(problems);
        }
    }

    /** Loads the rules from a JSON file such as {@code corpus/areas.json}. */
    public static AreaRules load(Path path) {
        try {
            return new AreaRules(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CorpusException(path.toString(), 0, "cannot read area rules: " + e.getMessage());
        }
    }

    /** Parses rules from JSON text; {@code file} names it in errors. */
    public static AreaRules parse(String file, String json) {
        return new AreaRules(file, json);
    }

    /** The value for sections the source itself calls cross-cutting and that name no field ({@code 分野横断}). */
    public String crossCutting() {
        return crossCutting;
    }

    /** The value for sections about none of the areas ({@code 未分類}). */
    public String unclassified() {
        return unclassified;
    }

    /** The 17 area names in their listed order. */
    public List<String> areas() {
        return List.copyOf(areas);
    }

    /**
     * The exact area name for a name or alias read at {@code docFile}:{@code line} ({@code 航空宇宙},
     * {@code (AI・半導体分野)}); the error names both places.
     */
    public String canonical(String nameOrAlias, String docFile, int line) {
        String found = lookup(nameOrAlias);
        if (found == null) {
            throw new CorpusException(
                    docFile,
                    line,
                    "unknown area or alias '" + nameOrAlias + "' (not among the areas or aliases in " + file + ")");
        }
        return found;
    }

    /** The exact area name for a printed name or alias, or empty when it is neither. */
    public Optional<String> resolve(String printed) {
        return Optional.ofNullable(lookup(printed));
    }

    private String lookup(String nameOrAlias) {
        String s = nameOrAlias.strip();
        for (int pass = 0; pass < 2; pass++) {
            if (areas.contains(s)) {
                return s;
            }
            if (aliases.containsKey(s)) {
                return aliases.get(s);
            }
            // TOC form `(AI・半導体分野)`, `(マテリアル (重要鉱物・部素材) 分野)` (000:7, 000:57)
            s = s.replaceAll("^[(（]|[)）]$", "")
                    .strip()
                    .replaceAll("\\s*分野$", "")
                    .replace(" (", "（")
                    .replace("(", "（")
                    .replace(")", "）")
                    .replace(" ", "");
        }
        return null;
    }

    /**
     * Areas for a section: those its structure gives (breadcrumb parts, most specific last), then those the keyword
     * rules give for its title and body, at most max_areas in all. With none: [分野横断] where the structure says the
     * section is cross-cutting (002 `６．横断的政策`), else [未分類].
     */
    public List<String> classify(String title, String body, List<String> structure) {
        if (structure.stream()
                .map(AreaRules::compact)
                .anyMatch(p -> unclassifiedMatches.stream().anyMatch(p::contains))) {
            return List.of(unclassified);
        }
        Map<String, int[]> raw = keywordHits(title, body);
        List<String> named = structuralAreas(structure);
        if (named.isEmpty() && isOverview(raw)) {
            return List.of(unclassified);
        }
        Map<String, Integer> hits = new LinkedHashMap<>();
        raw.forEach((area, h) -> {
            if (h[1] >= minHitsOf(area) || h[0] >= minTitleHits) {
                hits.put(area, h[1]);
            }
        });
        int top = hits.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Set<String> result = new LinkedHashSet<>();
        if (!named.isEmpty()) {
            // of the fields a chapter spans, the one the section names most (a quantum slide in 情報処理 is 量子)
            String first = named.getFirst();
            for (String area : named) {
                if (rawHits(raw, area) > rawHits(raw, first)) {
                    first = area;
                }
            }
            result.add(first);
        }
        hits.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                        .thenComparingInt(e -> areas.indexOf(e.getKey())))
                .forEach(e -> {
                    // a second field must be a real share of the section, not a passing mention beside its main one
                    if (result.size() < maxAreas && e.getValue() >= secondaryShare * top) {
                        result.add(e.getKey());
                    }
                });
        if (!result.isEmpty()) {
            return List.copyOf(result);
        }
        boolean saysCrossCutting = structure.stream()
                .map(AreaRules::normalise)
                .anyMatch(part -> crossCuttingMatches.stream().anyMatch(part::contains));
        return List.of(saysCrossCutting ? crossCutting : unclassified);
    }

    // a list of fields that dwells on none (004's table of the 骨太 policy, a plan quoted for its list of fields)
    private boolean isOverview(Map<String, int[]> raw) {
        int total = raw.values().stream().mapToInt(h -> h[1]).sum();
        int top = raw.values().stream().mapToInt(h -> h[1]).max().orElse(0);
        return raw.size() >= overviewMinAreas && top <= overviewMaxShare * total;
    }

    private static int rawHits(Map<String, int[]> raw, String area) {
        return raw.containsKey(area) ? raw.get(area)[1] : 0;
    }

    /** Keyword hits per area with any: {hits in the title, hits in title and body}. */
    Map<String, int[]> keywordHits(String title, String body) {
        String t = normalise(title);
        String b = normalise(body);
        Map<String, int[]> hits = new LinkedHashMap<>();
        for (KeywordRule rule : keywordRules) {
            int inTitle = count(rule.keywords, t);
            int total = inTitle + count(rule.keywords, b);
            if (total > 0) {
                hits.merge(rule.area, new int[] {inTitle, total}, (x, y) -> new int[] {x[0] + y[0], x[1] + y[1]});
            }
        }
        return hits;
    }

    private int minHitsOf(String area) {
        return keywordRules.stream()
                .filter(r -> r.area.equals(area))
                .mapToInt(KeywordRule::minHits)
                .min()
                .orElse(minHits);
    }

    /**
     * The areas the structure names: for each breadcrumb part from the most specific, the first rule whose match the
     * part contains (compared after NFKC with spaces removed, so `(ア) AI 活用` matches `AI活用`); empty when none.
     */
    List<String> structuralAreas(List<String> structure) {
        for (int i = structure.size() - 1; i >= 0; i--) {
            String part = compact(structure.get(i));
            for (StructureRule rule : structureRules) {
                if (part.contains(rule.match)) {
                    return rule.areas;
                }
            }
        }
        return List.of();
    }

    private static String compact(String text) {
        return normalise(text).replaceAll("\\s+", "");
    }

    private static int count(List<Keyword> keywords, String text) {
        int n = 0;
        for (Keyword k : keywords) {
            n += k.count(text);
        }
        return n;
    }

    static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return s.indexOf(' ') < 0 ? s : SPACED_CAPITALS.matcher(s).replaceAll("");
    }

    private CorpusProblem problem(String json, String needle, String message) {
        return new CorpusProblem(file, DataFileReader.lineOf(json, needle), message);
    }
}
