package jp.policysearch.build;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.elasticsearch.plugin.Extensible;
import org.elasticsearch.plugin.NamedComponent;

/**
 * Build step (process-test-classes; compiled with the tests, never shipped): writes the plugin's
 * {@code named_components.json} from the compiled {@link NamedComponent} classes. Without that file Elasticsearch
 * loads a stable plugin and silently registers nothing; generating it from the classes means it cannot drift from
 * them.
 */
public final class NamedComponentsWriter {

    /** The package whose classes become the plugin jar. */
    static final String PLUGIN_PACKAGE = "jp.policysearch.analysis";

    private NamedComponentsWriter() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: NamedComponentsWriter <classes-dir> <output-json>");
            System.exit(2);
        }
        Path classes = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Map<String, Map<String, String>> components = scan(classes);
        if (components.isEmpty()) {
            throw new IllegalStateException("no @NamedComponent classes found under " + classes);
        }
        Files.createDirectories(out.getParent());
        Files.writeString(out, toJson(components), StandardCharsets.UTF_8);
    }

    /** Extensible interface name → component name → class name, for every named component under the package. */
    public static Map<String, Map<String, String>> scan(Path classes) throws IOException, ReflectiveOperationException {
        Path packageDir = classes.resolve(PLUGIN_PACKAGE.replace('.', '/'));
        Map<String, Map<String, String>> result = new TreeMap<>();
        try (URLClassLoader loader = new URLClassLoader(
                        new URL[] {classes.toUri().toURL()}, NamedComponentsWriter.class.getClassLoader());
                Stream<Path> files = Files.walk(packageDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, loader);
                NamedComponent named = type.getAnnotation(NamedComponent.class);
                if (named == null) {
                    continue;
                }
                Class<?> extensible = extensibleInterface(type);
                if (extensible == null) {
                    throw new IllegalStateException(
                            name + " is a @NamedComponent but implements no @Extensible interface");
                }
                String previous = result.computeIfAbsent(extensible.getName(), k -> new TreeMap<>())
                        .put(named.value(), name);
                if (previous != null) {
                    throw new IllegalStateException(
                            "component name '" + named.value() + "' used by both " + previous + " and " + name);
                }
            }
        }
        return result;
    }

    private static Class<?> extensibleInterface(Class<?> type) {
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(type);
        while (!todo.isEmpty()) {
            Class<?> current = todo.poll();
            for (Class<?> iface : current.getInterfaces()) {
                if (hasAnnotation(iface, Extensible.class)) {
                    return iface;
                }
                todo.add(iface);
            }
            if (current.getSuperclass() != null) {
                todo.add(current.getSuperclass());
            }
        }
        return null;
    }

    private static boolean hasAnnotation(Class<?> type, Class<? extends Annotation> annotation) {
        return type.getAnnotation(annotation) != null;
    }

    public static String toJson(Map<String, Map<String, String>> components) {
        StringBuilder json = new StringBuilder("{\n");
        int i = 0;
        for (var entry : components.entrySet()) {
            json.append("  \"").append(entry.getKey()).append("\": {\n");
            int j = 0;
            for (var component : entry.getValue().entrySet()) {
                json.append("    \"")
                        .append(component.getKey())
                        .append("\": \"")
                        .append(component.getValue())
                        .append('"')
                        .append(++j < entry.getValue().size() ? ",\n" : "\n");
            }
            json.append("  }").append(++i < components.size() ? ",\n" : "\n");
        }
        return json.append("}\n").toString();
    }
}
