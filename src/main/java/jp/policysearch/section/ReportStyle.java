package jp.policysearch.section;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import jp.policysearch.Json;
import jp.policysearch.corpus.CorpusException;

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
        List<Level> levels,
        Pattern softHeading,
        Pattern caption,
        Pattern footnoteBody,
        Pattern urlLine,
        int minSectionChars,
        int maxSectionChars,
        int targetChunkChars) {

    /**
     * One form of a heading level.
     *
     * @param level      depth, 1 = chapter
     * @param regex      the heading line; the first {@code numbers} groups are its numbers, the next group its text
     * @param token      how the last number becomes an id part: digits, kana, roman, circled or issue
     * @param numbers    how many number groups the regex has (levels 2 and 3 repeat their parents' numbers)
     * @param standalone the heading must stand between blank lines
     */
    public record Level(int level, Pattern regex, String token, int numbers, boolean standalone) {}

    public static ReportStyle load(Path path) {
        try {
            return parse(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CorpusException(path.toString(), 0, "cannot read report style: " + e.getMessage());
        }
    }

    public static ReportStyle parse(String file, String json) {
        try {
            JsonNode root = Json.mapper().readTree(json);
            List<Level> levels = new ArrayList<>();
            for (JsonNode n : root.path("levels")) {
                levels.add(new Level(
                        n.path("level").asInt(),
                        Pattern.compile(n.path("regex").asText()),
                        n.path("token").asText("digits"),
                        n.path("numbers").asInt(1),
                        n.path("standalone").asBoolean(false)));
            }
            return new ReportStyle(
                    levels,
                    Pattern.compile(root.path("soft_heading").asText()),
                    Pattern.compile(root.path("caption").asText()),
                    Pattern.compile(root.path("footnote_body").asText()),
                    Pattern.compile(root.path("url_line").asText()),
                    root.path("min_section_chars").asInt(300),
                    root.path("max_section_chars").asInt(3000),
                    root.path("target_chunk_chars").asInt(2500));
        } catch (IOException | PatternSyntaxException e) {
            throw new CorpusException(file, 0, "bad report style: " + e.getMessage());
        }
    }
}
