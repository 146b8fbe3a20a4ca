package jp.policysearch.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.policysearch.build.NamedComponentsWriter;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.IntSetting;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/**
 * The analyzers of {@code index-mappings/sections.json}, built from that file the way Elasticsearch builds them: each
 * component found by its registered name (the same scan that writes {@code named_components.json}), its settings
 * interface answered from the component's JSON with the annotations' defaults. No hand-written mirror to drift.
 */
final class MappingAnalyzers {

    private static final Path MAPPING = Path.of("index-mappings/sections.json");
    private static final Path CLASSES = Path.of("target/classes");

    private final JsonNode analysis;
    private final Map<String, Class<?>> components = new HashMap<>();

    private MappingAnalyzers(JsonNode analysis, Map<String, Map<String, String>> named) {
        this.analysis = analysis;
        try {
            for (Map<String, String> byName : named.values()) {
                for (var entry : byName.entrySet()) {
                    components.put(entry.getKey(), Class.forName(entry.getValue()));
                }
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    static MappingAnalyzers load() {
        try {
            JsonNode index = new ObjectMapper().readTree(MAPPING.toFile());
            return new MappingAnalyzers(
                    index.path("settings").path("index").path("analysis"), NamedComponentsWriter.scan(CLASSES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The analyzers the mapping defines. */
    Set<String> names() {
        Set<String> names = new TreeSet<>();
        analysis.path("analyzer").fieldNames().forEachRemaining(names::add);
        return names;
    }

    Analyzer analyzer(String name) {
        JsonNode definition = analysis.path("analyzer").path(name);
        if (!definition.path("type").asText().equals("custom")) {
            throw new IllegalArgumentException("no custom analyzer '" + name + "' in " + MAPPING);
        }
        List<CharFilterFactory> charFilters = new ArrayList<>();
        definition.path("char_filter").forEach(n -> charFilters.add(component("char_filter", n.asText())));
        String tokenizerName = definition.path("tokenizer").asText();
        TokenizerFactory tokenizer = tokenizerName.equals("standard") ? null : component("tokenizer", tokenizerName);
        List<TokenFilterFactory> filters = new ArrayList<>();
        definition.path("filter").forEach(n -> filters.add(component("filter", n.asText())));
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer == null ? new StandardTokenizer() : tokenizer.create();
                TokenStream stream = source;
                for (TokenFilterFactory filter : filters) {
                    stream = filter.create(stream);
                }
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return charFiltered(reader, charFilters);
            }
        };
    }

    /** {@code reader} through the char filters, first listed first, as Elasticsearch chains them. */
    static Reader charFiltered(Reader reader, List<? extends CharFilterFactory> charFilters) {
        Reader filtered = reader;
        for (CharFilterFactory charFilter : charFilters) {
            filtered = charFilter.create(filtered);
        }
        return filtered;
    }

    @SuppressWarnings("unchecked")
    private <T> T component(String group, String name) {
        JsonNode definition = analysis.path(group).path(name);
        String type = definition.path("type").asText();
        Class<?> componentClass = components.get(type);
        if (componentClass == null) {
            throw new IllegalArgumentException(group + " '" + name + "' has type '" + type + "', not one of ours");
        }
        try {
            Constructor<?> constructor = componentClass.getConstructors()[0];
            if (constructor.getParameterCount() == 0) {
                return (T) constructor.newInstance();
            }
            Class<?> settings = constructor.getParameterTypes()[0];
            return (T) constructor.newInstance(Proxy.newProxyInstance(
                    settings.getClassLoader(),
                    new Class<?>[] {settings},
                    (proxy, method, args) -> setting(method, definition)));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + group + " '" + name + "'", e);
        }
    }

    /** One settings method answered from the component's JSON, or the annotation's default. */
    private static Object setting(Method method, JsonNode definition) {
        if (method.getDeclaringClass() == Object.class) {
            throw new UnsupportedOperationException(method.getName());
        }
        if (method.getAnnotation(BooleanSetting.class) instanceof BooleanSetting b) {
            JsonNode v = definition.get(b.path());
            return v == null ? b.defaultValue() : v.asBoolean();
        }
        if (method.getAnnotation(IntSetting.class) instanceof IntSetting i) {
            JsonNode v = definition.get(i.path());
            return v == null ? i.defaultValue() : v.asInt();
        }
        if (method.getAnnotation(StringSetting.class) instanceof StringSetting s) {
            JsonNode v = definition.get(s.path());
            return v == null ? s.defaultValue() : v.asText();
        }
        if (method.getAnnotation(ListSetting.class) instanceof ListSetting l) {
            List<String> values = new ArrayList<>();
            definition.path(l.path()).forEach(v -> values.add(v.asText()));
            return List.copyOf(values);
        }
        throw new IllegalStateException(method + " has no setting annotation this helper knows");
    }
}
