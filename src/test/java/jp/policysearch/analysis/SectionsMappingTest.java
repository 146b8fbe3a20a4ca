package jp.policysearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.policysearch.Json;
import jp.policysearch.compare.VersionChanges;
import jp.policysearch.corpus.DocumentInfo;
import jp.policysearch.corpus.DocumentKind;
import jp.policysearch.index.IndexedSection;
import jp.policysearch.index.SectionDocuments;
import jp.policysearch.section.PageRange;
import jp.policysearch.section.Passage;
import jp.policysearch.section.Section;
import jp.policysearch.section.SourceRef;
import org.junit.jupiter.api.Test;

class SectionsMappingTest {

    private final JsonNode index = read();

    private static JsonNode read() {
        try {
            return Json.mapper()
                    .readTree(Path.of("index-mappings/sections.json").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void every_field_of_an_indexed_section_is_mapped_under_strict_dynamics_and_reads_back() throws IOException {
        Section section = new Section(
                "roadmap-2026/c08/policy",
                "000",
                "量子",
                List.of("素案", "量子"),
                List.of("量子"),
                "量子コンピュータ",
                "quantum-computer",
                "政策手段",
                List.of("記載なし"),
                2026,
                null,
                "本文",
                List.of(new Passage("p1", "① 国内投資支援", "本文")),
                List.of("※1 注"),
                new SourceRef("000_3143894dff5fad24.txt", 10, 20),
                3,
                "roadmap-2026/c08/policy",
                false,
                List.of(),
                new PageRange(4, 5, 6));
        DocumentInfo info = new DocumentInfo(
                "000",
                "000_3143894dff5fad24.txt",
                "官民投資ロードマップ素案",
                List.of("記載なし"),
                null,
                2026,
                DocumentKind.ROADMAP,
                null,
                Map.of(),
                Map.of("issuers", "表紙の記載から推定"));
        IndexedSection document = new SectionDocuments(List.of(info), id -> "000@0123456789ab")
                .withVersionChanges(Map.of(section.id(), new VersionChanges.Change("変更あり", 3)))
                .toDocument(section);
        ObjectNode json = Json.mapper().valueToTree(document);
        assertThat(json.has("mentioned"))
                .as("the bodies mentioned are not indexed")
                .isFalse();
        assertThat(json.path("page_first").asInt()).isEqualTo(4);
        assertThat(json.path("doc_inferred").path("issuers").asText()).isEqualTo("表紙の記載から推定");
        // what is written is what every reader gets back
        assertThat(Json.mapper().treeToValue(json, IndexedSection.class)).isEqualTo(document);
        JsonNode mappings = index.path("mappings");
        assertThat(mappings.path("dynamic").asText()).isEqualTo("strict");
        assertThat(unmapped(json, mappings.path("properties"), "")).isEmpty();
        assertThat(fieldNames(mappings.path("properties"))).hasSize(json.size());
    }

    @Test
    void analysis_uses_only_our_components_and_the_core_standard_tokenizer() {
        JsonNode analysis = index.path("settings").path("index").path("analysis");
        Set<String> types = new TreeSet<>();
        for (String group : List.of("char_filter", "tokenizer", "filter")) {
            analysis.path(group)
                    .forEach(component -> types.add(component.path("type").asText()));
        }
        assertThat(types)
                .containsExactly(
                        "policy_baseform",
                        "policy_cjk_bigram",
                        "policy_ja_stop",
                        "policy_katakana_stem",
                        "policy_kuromoji",
                        "policy_lowercase",
                        "policy_normalize",
                        "policy_numbers",
                        "policy_part_of_speech",
                        "policy_reading_key");
        JsonNode analyzers = analysis.path("analyzer");
        assertThat(fieldNames(analyzers))
                .containsExactlyInAnyOrder("ja_index", "ja_reading", "ja_bigram", "ja_bigram_unigrams");
        analyzers.forEach(analyzer -> {
            String tokenizer = analyzer.path("tokenizer").asText();
            assertThat(tokenizer.equals("standard")
                            || analysis.path("tokenizer").has(tokenizer))
                    .isTrue();
            analyzer.path("filter")
                    .forEach(f ->
                            assertThat(analysis.path("filter").has(f.asText())).isTrue());
            analyzer.path("char_filter")
                    .forEach(f -> assertThat(analysis.path("char_filter").has(f.asText()))
                            .isTrue());
        });
    }

    @Test
    void highlighted_text_fields_carry_offsets_in_both_analyses() {
        // Snippets come from the passages (fvh with matched_fields); the section's whole text is not highlighted, so
        // it carries no term vectors (they would double the indexing work).
        JsonNode properties = index.path("mappings").path("properties");
        assertThat(properties.path("text").has("term_vector")).isFalse();
        for (JsonNode text :
                List.of(properties.path("passages").path("properties").path("text"))) {
            assertThat(text.path("term_vector").asText()).isEqualTo("with_positions_offsets");
            assertThat(text.path("fields").path("bg").path("term_vector").asText())
                    .isEqualTo("with_positions_offsets");
            assertThat(text.path("fields").path("bg").path("analyzer").asText()).isEqualTo("ja_bigram");
        }
    }

    private static List<String> unmapped(JsonNode value, JsonNode properties, String prefix) {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            JsonNode mapping = properties.path(field.getKey());
            if (mapping.isMissingNode()) {
                missing.add(prefix + field.getKey());
                continue;
            }
            JsonNode child = field.getValue().isArray() && !field.getValue().isEmpty()
                    ? field.getValue().get(0)
                    : field.getValue();
            if (child.isObject() && mapping.path("enabled").asBoolean(true)) {
                missing.addAll(unmapped(child, mapping.path("properties"), prefix + field.getKey() + "."));
            }
        }
        return missing;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
