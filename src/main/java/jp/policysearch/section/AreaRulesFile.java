package jp.policysearch.section;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code corpus/areas.json} holds, as written (read by {@link AreaRules}, which normalises and compiles it);
 * keys left out get the defaults below.
 *
 * @param areas             the area facet's values, in their listed order (required, not empty)
 * @param unclassified      for sections about no area ({@code 未分類})
 * @param crossCutting      for sections the source calls cross-cutting ({@code 分野横断})
 * @param crossCuttingMatch breadcrumb parts that say so ({@code 横断的政策})
 * @param unclassifiedMatch breadcrumb parts about the document's own method, never an area ({@code 調査研究手法})
 * @param aliases           other names of areas, as printed
 * @param structureAreas    breadcrumb parts that name areas
 * @param keywordThreshold  when keyword hits assign an area
 * @param overview          when a section lists fields without dwelling on any
 * @param keywordRules      keywords per area
 */
record AreaRulesFile(
        @JsonProperty(required = true) List<String> areas,
        String unclassified,
        String crossCutting,
        List<String> crossCuttingMatch,
        List<String> unclassifiedMatch,
        Map<String, String> aliases,
        List<StructureArea> structureAreas,
        KeywordThreshold keywordThreshold,
        Overview overview,
        List<KeywordRule> keywordRules) {

    AreaRulesFile {
        if (areas.isEmpty()) {
            throw new IllegalArgumentException("no 'areas' listed");
        }
        unclassified = unclassified == null ? "未分類" : unclassified;
        crossCutting = crossCutting == null ? "分野横断" : crossCutting;
        crossCuttingMatch = crossCuttingMatch == null ? List.of() : crossCuttingMatch;
        unclassifiedMatch = unclassifiedMatch == null ? List.of() : unclassifiedMatch;
        aliases = aliases == null ? Map.of() : new LinkedHashMap<>(aliases);
        structureAreas = structureAreas == null ? List.of() : structureAreas;
        keywordThreshold = keywordThreshold == null ? new KeywordThreshold(null, null, null, null) : keywordThreshold;
        overview = overview == null ? new Overview(null, null) : overview;
        keywordRules = keywordRules == null ? List.of() : keywordRules;
    }

    /** A breadcrumb part naming one area ({@code area}) or, for a chapter spanning fields, several ({@code areas}). */
    record StructureArea(@JsonProperty(required = true) String match, String area, List<String> areas) {

        StructureArea {
            if ((area == null) == (areas == null)) {
                throw new IllegalArgumentException("structure rule '" + match + "' needs 'area' or 'areas', not both");
            }
            areas = areas == null ? List.of(area) : List.copyOf(areas);
        }
    }

    /**
     * @param minHits        hits in title and body that assign an area (3)
     * @param minTitleHits   hits in the title alone that do (1)
     * @param maxAreas       areas a section gets at most (3)
     * @param secondaryShare a further area needs this share of the top area's hits (0)
     */
    record KeywordThreshold(Integer minHits, Integer minTitleHits, Integer maxAreas, Double secondaryShare) {

        KeywordThreshold {
            minHits = minHits == null ? 3 : minHits;
            minTitleHits = minTitleHits == null ? 1 : minTitleHits;
            maxAreas = maxAreas == null ? 3 : maxAreas;
            secondaryShare = secondaryShare == null ? 0 : secondaryShare;
        }
    }

    /**
     * @param minAreas    a section whose keywords hit this many areas (never, when left out) …
     * @param maxTopShare … none with more than this share of all hits, lists fields and is unclassified
     */
    record Overview(Integer minAreas, Double maxTopShare) {

        Overview {
            minAreas = minAreas == null ? Integer.MAX_VALUE : minAreas;
            maxTopShare = maxTopShare == null ? 0 : maxTopShare;
        }
    }

    /** @param minHits this area's own threshold; null: the file's {@code min_hits} */
    record KeywordRule(
            @JsonProperty(required = true) String area,
            @JsonProperty(required = true) List<String> keywords,
            Integer minHits) {}
}
