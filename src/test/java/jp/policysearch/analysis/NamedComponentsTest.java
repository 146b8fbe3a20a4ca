package jp.policysearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.policysearch.build.NamedComponentsWriter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.junit.jupiter.api.Test;

class NamedComponentsTest {

    private static final List<Class<?>> COMPONENTS = List.of(
            NormalizeCharFilterFactory.class,
            NumbersCharFilterFactory.class,
            KuromojiTokenizerFactory.class,
            BaseFormFilterFactory.class,
            PartOfSpeechFilterFactory.class,
            JapaneseStopFilterFactory.class,
            KatakanaStemFilterFactory.class,
            LowercaseFilterFactory.class,
            CjkBigramFilterFactory.class,
            ReadingKeyFilterFactory.class);

    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void writer_finds_exactly_our_components_under_their_extensible_interfaces() throws Exception {
        Map<String, Map<String, String>> expected = Map.of(
                CharFilterFactory.class.getName(),
                        Map.of(
                                "policy_normalize", NormalizeCharFilterFactory.class.getName(),
                                "policy_numbers", NumbersCharFilterFactory.class.getName()),
                TokenizerFactory.class.getName(), Map.of("policy_kuromoji", KuromojiTokenizerFactory.class.getName()),
                TokenFilterFactory.class.getName(),
                        Map.of(
                                "policy_baseform", BaseFormFilterFactory.class.getName(),
                                "policy_part_of_speech", PartOfSpeechFilterFactory.class.getName(),
                                "policy_ja_stop", JapaneseStopFilterFactory.class.getName(),
                                "policy_katakana_stem", KatakanaStemFilterFactory.class.getName(),
                                "policy_lowercase", LowercaseFilterFactory.class.getName(),
                                "policy_cjk_bigram", CjkBigramFilterFactory.class.getName(),
                                "policy_reading_key", ReadingKeyFilterFactory.class.getName()));
        assertThat(NamedComponentsWriter.scan(CLASSES)).isEqualTo(expected);
    }

    @Test
    void generated_file_is_what_the_writer_produces_now() throws Exception {
        String generated = Files.readString(Path.of("target/plugin/named_components.json"), StandardCharsets.UTF_8);
        assertThat(generated).isEqualTo(NamedComponentsWriter.toJson(NamedComponentsWriter.scan(CLASSES)));
    }

    @Test
    void every_component_has_the_constructor_elasticsearch_can_call() {
        for (Class<?> component : COMPONENTS) {
            assertThat(component.getAnnotation(NamedComponent.class).value()).startsWith("policy_");
            Constructor<?>[] constructors = component.getConstructors();
            assertThat(constructors)
                    .as(component.getSimpleName() + " public constructors")
                    .hasSize(1);
            Constructor<?> constructor = constructors[0];
            if (constructor.getParameterCount() > 0) {
                assertThat(constructor.isAnnotationPresent(Inject.class))
                        .as(component.getSimpleName())
                        .isTrue();
                for (Class<?> parameter : constructor.getParameterTypes()) {
                    assertThat(parameter.isInterface() && Modifier.isPublic(parameter.getModifiers()))
                            .isTrue();
                    assertThat(parameter.isAnnotationPresent(AnalysisSettings.class))
                            .as(parameter.getName())
                            .isTrue();
                    for (var method : parameter.getDeclaredMethods()) {
                        assertThat(method.getAnnotations())
                                .as(method.toString())
                                .hasSize(1);
                    }
                }
            }
        }
    }
}
