package jp.policysearch.section;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import jp.policysearch.corpus.CorpusException;

/**
 * The roadmap kind's patterns and vocabularies, read from {@code corpus/kinds/roadmap.json}: what makes a line a
 * phase heading, a sub-level, a summary label, a placeholder or a footnote. Used by {@link RoadmapParser}.
 */
public final class RoadmapRules {

    /** The data file's path relative to the corpus directory. */
    public static final String FILE = "kinds/roadmap.json";

    /** A part of a card: a phase (目標, 道筋, 政策手段) or a summary page (方向性, 未来社会). */
    public record Part(String key, String name, Pattern heading, boolean summary) {}

    final Pattern cardNumber;
    final List<Part> phases;
    final List<Part> summaries;
    final String titleSeparator;
    final Pattern sublevelHeading;
    final Pattern itemHeading;
    final Pattern labelHeading;
    /** Normalised item label → the normalised sub-level labels it belongs to. */
    final Map<String, List<String>> itemToSublevels;

    final List<String> summaryLabels;
    final List<Pattern> placeholders;
    final List<Pattern> templateLines;
    final Pattern noteLine;

    private RoadmapRules(JsonNode root, String file) {
        cardNumber = pattern(root, "card_number", file);
        phases = parts(root, "phases", false, file);
        summaries = parts(root, "summaries", true, file);
        titleSeparator = root.path("title_separator").asText(" ― ");
        sublevelHeading = pattern(root, "sublevel_heading", file);
        itemHeading = pattern(root, "item_heading", file);
        labelHeading = pattern(root, "label_heading", file);
        itemToSublevels = new HashMap<>();
        root.path("sublevels")
                .properties()
                .forEach(e -> e.getValue()
                        .forEach(item -> itemToSublevels
                                .computeIfAbsent(normalise(item.asText()), k -> new ArrayList<>())
                                .add(normalise(e.getKey()))));
        summaryLabels = new ArrayList<>();
        root.path("summary_labels").forEach(l -> summaryLabels.add(normalise(l.asText())));
        placeholders = patterns(root, "placeholders", file);
        templateLines = patterns(root, "template_lines", file);
        noteLine = pattern(root, "note_line", file);
        if (phases.isEmpty() || summaries.isEmpty()) {
            throw new CorpusException(file, 0, "'phases' and 'summaries' must not be empty");
        }
    }

    /** Reads the rules from {@code corpusDir/kinds/roadmap.json}. */
    public static RoadmapRules load(Path corpusDir) {
        Path path = corpusDir.resolve(FILE);
        try {
            return new RoadmapRules(new ObjectMapper().readTree(path.toFile()), FILE);
        } catch (IOException e) {
            throw new CorpusException(FILE, 0, "cannot read roadmap rules: " + e.getMessage());
        }
    }

    /** Width and space folding for comparing labels: {@code 主な課題 (ボトルネック)} equals {@code 主な課題（ボトルネック）}. */
    static String normalise(String label) {
        StringBuilder sb = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            sb.append(
                    switch (c) {
                        case '（' -> '(';
                        case '）' -> ')';
                        case '＜' -> '<';
                        case '＞' -> '>';
                        case '：' -> ':';
                        default -> c;
                    });
        }
        return sb.toString();
    }

    private static List<Part> parts(JsonNode root, String field, boolean summary, String file) {
        List<Part> parts = new ArrayList<>();
        for (JsonNode p : root.path(field)) {
            parts.add(new Part(
                    p.path("key").asText(),
                    p.path("name").asText(),
                    compile(p.path("heading").asText(), field, file),
                    summary));
        }
        return List.copyOf(parts);
    }

    private static List<Pattern> patterns(JsonNode root, String field, String file) {
        List<Pattern> list = new ArrayList<>();
        root.path(field).forEach(p -> list.add(compile(p.asText(), field, file)));
        return List.copyOf(list);
    }

    private static Pattern pattern(JsonNode root, String field, String file) {
        JsonNode v = root.get(field);
        if (v == null || !v.isTextual()) {
            throw new CorpusException(file, 0, "missing pattern '" + field + "'");
        }
        return compile(v.asText(), field, file);
    }

    private static Pattern compile(String regex, String field, String file) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new CorpusException(file, 0, "bad pattern in '" + field + "': " + e.getDescription());
        }
    }
}
