package jp.policysearch.section;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import jp.policysearch.Json;
import jp.policysearch.corpus.CorpusException;

/**
 * One style of slide deck as {@code corpus/kinds/slide-deck.json} describes it: how slides start, what the anchor
 * line on every slide looks like (breadcrumb or tag), and which pages are dividers; patterns precompiled.
 *
 * @param name                  style name
 * @param detect                a line typical of the style; the style matching most lines of a deck is used
 * @param minDetectLines        fewest matching lines for the style to apply
 * @param anchor                {@code breadcrumb} or {@code tag}
 * @param pageStart             a line that starts a page
 * @param blankLinesBeforePage  this many blank lines also start a page
 * @param chapterTitles         chapter titles by number (breadcrumb style)
 * @param chapterNumber         the chapter number form, e.g. {@code [１-９]．}
 * @param breadcrumbParts       sub-levels of a breadcrumb after the chapter title, in order
 * @param dividerLines          lines a divider page consists of
 * @param tags                  the tag vocabulary (tag style)
 * @param tagParts              part number given by a tag before the first divider (tag style)
 * @param dividerStart          the first line of a divider page (tag style)
 * @param title                 a slide-title line, e.g. {@code topic：subject} (tag style), {@code X 今後の道行}
 * @param minSlideChars         a page with less clean text joins the slide before it
 * @param reprintMarker         marks a repeated slide in its title
 */
public record SlideDeckStyle(
        String name,
        Pattern detect,
        int minDetectLines,
        String anchor,
        Pattern pageStart,
        int blankLinesBeforePage,
        List<String> chapterTitles,
        Pattern chapterNumber,
        List<Pattern> breadcrumbParts,
        List<Pattern> dividerLines,
        List<String> tags,
        Map<String, Integer> tagParts,
        Pattern dividerStart,
        Pattern title,
        int minSlideChars,
        Pattern reprintMarker) {

    /** Loads all styles from a file such as {@code corpus/kinds/slide-deck.json}. */
    public static List<SlideDeckStyle> load(Path path) {
        String json;
        try {
            json = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CorpusException(path.toString(), 0, "cannot read slide-deck styles: " + e.getMessage());
        }
        return parse(path.toString(), json);
    }

    public static List<SlideDeckStyle> parse(String file, String json) {
        try {
            JsonNode root = Json.mapper().readTree(json);
            List<SlideDeckStyle> styles = new ArrayList<>();
            for (JsonNode n : root.path("styles")) {
                Map<String, Integer> tagParts = new LinkedHashMap<>();
                n.path("tag_parts")
                        .properties()
                        .forEach(e -> tagParts.put(e.getKey(), e.getValue().asInt()));
                styles.add(new SlideDeckStyle(
                        n.path("name").asText(),
                        pattern(n, "detect"),
                        n.path("min_detect_lines").asInt(10),
                        n.path("anchor").asText(),
                        pattern(n, "page_start"),
                        n.path("blank_lines_before_page").asInt(3),
                        strings(n.path("chapter_titles")),
                        pattern(n, "chapter_number"),
                        patterns(n.path("breadcrumb_parts")),
                        patterns(n.path("divider_lines")),
                        strings(n.path("tags")),
                        tagParts,
                        pattern(n, "divider_start"),
                        pattern(n, "title"),
                        n.path("min_slide_chars").asInt(0),
                        pattern(n, "reprint_marker")));
            }
            return styles;
        } catch (IOException | PatternSyntaxException e) {
            throw new CorpusException(file, 0, "bad slide-deck styles: " + e.getMessage());
        }
    }

    private static Pattern pattern(JsonNode n, String field) {
        return n.hasNonNull(field) ? Pattern.compile(n.get(field).asText()) : null;
    }

    private static List<Pattern> patterns(JsonNode array) {
        List<Pattern> out = new ArrayList<>();
        array.forEach(v -> out.add(Pattern.compile(v.asText())));
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
