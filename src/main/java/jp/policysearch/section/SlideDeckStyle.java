package jp.policysearch.section;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.policysearch.corpus.DataFileReader;

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
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) Pattern detect,
        @JsonProperty(required = true) int minDetectLines,
        @JsonProperty(required = true) String anchor,
        @JsonProperty(required = true) Pattern pageStart,
        @JsonProperty(required = true) int blankLinesBeforePage,
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

    /** The anchor lines a style can have. */
    static final List<String> ANCHORS = List.of("breadcrumb", "tag");

    public SlideDeckStyle {
        if (!ANCHORS.contains(anchor)) {
            throw new IllegalArgumentException("anchor '" + anchor + "' is not one of " + String.join(", ", ANCHORS));
        }
        chapterTitles = chapterTitles == null ? List.of() : List.copyOf(chapterTitles);
        breadcrumbParts = breadcrumbParts == null ? List.of() : List.copyOf(breadcrumbParts);
        dividerLines = dividerLines == null ? List.of() : List.copyOf(dividerLines);
        tags = tags == null ? List.of() : List.copyOf(tags);
        tagParts = tagParts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tagParts));
    }

    /** What {@code corpus/kinds/slide-deck.json} holds: the styles, tried in order. */
    private record StylesFile(@JsonProperty(required = true) List<SlideDeckStyle> styles) {}

    /** Loads all styles from a file such as {@code corpus/kinds/slide-deck.json}. */
    public static List<SlideDeckStyle> load(Path path) {
        return DataFileReader.read(path, path.toString(), StylesFile.class).styles();
    }

    public static List<SlideDeckStyle> parse(String file, String json) {
        return DataFileReader.parse(file, json, StylesFile.class).styles();
    }
}
