package jp.policysearch.section;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import jp.policysearch.corpus.DataFileReader;

/**
 * The heading grammar and section-size limits of numbered reports, loaded from {@code corpus/kinds/report.json}.
 *
 * @param levels           heading levels, shallow to deep (a level may have several forms)
 * @param softHeading      extra cut points for splitting long sections (004:491 `- 経済財政運営と改革の基本方針 2024（内閣府）`)
 * @param caption          figure captions (004:495 `図表 3-1 …`)
 * @param footnoteBody     footnote bodies placed mid-text (004:1171 `⁵¹ 国立研究開発法人…`)
 * @param urlLine          URL lines of footnotes (004:573)
 * @param minSectionChars  a smaller block merges into the next of its chapter
 * @param maxSectionChars  a larger block is split
 * @param targetChunkChars the size split parts aim at
 */
public record ReportStyle(
        @JsonProperty(required = true) List<Level> levels,
        @JsonProperty(required = true) Pattern softHeading,
        @JsonProperty(required = true) Pattern caption,
        @JsonProperty(required = true) Pattern footnoteBody,
        @JsonProperty(required = true) Pattern urlLine,
        @JsonProperty(required = true) int minSectionChars,
        @JsonProperty(required = true) int maxSectionChars,
        @JsonProperty(required = true) int targetChunkChars) {

    /** The ways a heading number becomes part of a section id ({@link ReportHeadings}). */
    static final List<String> TOKENS = List.of("digits", "kana", "roman", "circled", "issue");

    public ReportStyle {
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("'levels' lists no heading level");
        }
        levels = List.copyOf(levels);
    }

    /**
     * One form of a heading level.
     *
     * @param level      depth, 1 = chapter
     * @param regex      the heading line; the first {@code numbers} groups are its numbers, the next group its text
     * @param token      how the last number becomes an id part: digits, kana, roman, circled or issue
     * @param numbers    how many number groups the regex has (levels 2 and 3 repeat their parents' numbers)
     * @param standalone the heading must stand between blank lines
     */
    public record Level(
            @JsonProperty(required = true) int level,
            @JsonProperty(required = true) Pattern regex,
            @JsonProperty(required = true) String token,
            @JsonProperty(required = true) int numbers,
            boolean standalone) {

        public Level {
            if (!TOKENS.contains(token)) {
                throw new IllegalArgumentException("token '" + token + "' is not one of " + String.join(", ", TOKENS));
            }
            int groups = regex.matcher("").groupCount();
            if (numbers < 1 || numbers > groups) {
                throw new IllegalArgumentException("numbers " + numbers + ": the regex has " + groups
                        + " groups, the last number is group " + numbers);
            }
        }
    }

    /** Reads {@code corpus/kinds/report.json}; a bad entry is a problem naming the file and line. */
    public static ReportStyle load(Path path) {
        return DataFileReader.read(path, path.toString(), ReportStyle.class);
    }

    public static ReportStyle parse(String file, String json) {
        return DataFileReader.parse(file, json, ReportStyle.class);
    }
}
