package jp.policysearch.section;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.policysearch.corpus.DataFileReader;

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

    /** What {@code kinds/roadmap.json} holds, as written. */
    private record RulesFile(
            @JsonProperty(required = true) Pattern cardNumber,
            @JsonProperty(required = true) List<PartEntry> phases,
            @JsonProperty(required = true) List<PartEntry> summaries,
            String titleSeparator,
            @JsonProperty(required = true) Pattern sublevelHeading,
            @JsonProperty(required = true) Pattern itemHeading,
            @JsonProperty(required = true) Pattern labelHeading,
            Map<String, List<String>> sublevels,
            List<String> summaryLabels,
            List<Pattern> placeholders,
            List<Pattern> templateLines,
            @JsonProperty(required = true) Pattern noteLine) {

        RulesFile {
            if (phases.isEmpty() || summaries.isEmpty()) {
                throw new IllegalArgumentException("'phases' and 'summaries' must not be empty");
            }
            titleSeparator = titleSeparator == null ? " ― " : titleSeparator;
            sublevels = sublevels == null ? Map.of() : sublevels;
            summaryLabels = summaryLabels == null ? List.of() : summaryLabels;
            placeholders = placeholders == null ? List.of() : List.copyOf(placeholders);
            templateLines = templateLines == null ? List.of() : List.copyOf(templateLines);
        }
    }

    private record PartEntry(
            @JsonProperty(required = true) String key,
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) Pattern heading) {}

    private RoadmapRules(RulesFile rules) {
        cardNumber = rules.cardNumber();
        phases = parts(rules.phases(), false);
        summaries = parts(rules.summaries(), true);
        titleSeparator = rules.titleSeparator();
        sublevelHeading = rules.sublevelHeading();
        itemHeading = rules.itemHeading();
        labelHeading = rules.labelHeading();
        itemToSublevels = new HashMap<>();
        rules.sublevels()
                .forEach((sublevel, items) -> items.forEach(item -> itemToSublevels
                        .computeIfAbsent(normalise(item), k -> new ArrayList<>())
                        .add(normalise(sublevel))));
        summaryLabels =
                rules.summaryLabels().stream().map(RoadmapRules::normalise).toList();
        placeholders = rules.placeholders();
        templateLines = rules.templateLines();
        noteLine = rules.noteLine();
    }

    /** Reads the rules from {@code corpusDir/kinds/roadmap.json}; a bad entry is a problem naming file and line. */
    public static RoadmapRules load(Path corpusDir) {
        return new RoadmapRules(DataFileReader.read(corpusDir.resolve(FILE), FILE, RulesFile.class));
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

    private static List<Part> parts(List<PartEntry> entries, boolean summary) {
        return entries.stream()
                .map(p -> new Part(p.key(), p.name(), p.heading(), summary))
                .toList();
    }
}
