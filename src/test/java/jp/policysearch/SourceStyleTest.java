package jp.policysearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the formatter (spotless, palantir-java-format) leaves alone: it wraps code at 120 columns but not comments or
 * string literals, and it keeps a fully-qualified type name written in code. Both are checked here on every Java file
 * of src/main, src/test and src/build.
 */
class SourceStyleTest {

    private static final int MAX_COLUMNS = 120;
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.\"])((?:java|javax|jp|co|com|org|io|gg)\\.[a-z_]\\w*(?:\\.[a-z_]\\w*)*)\\.([A-Z]\\w*)");
    private static final Pattern IMPORT = Pattern.compile("^import ([\\w.]+)\\.([A-Z]\\w*);", Pattern.MULTILINE);
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|record|interface|enum)\\s+([A-Z]\\w*)");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");

    private static List<Path> sources() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java", "src/build/java")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    @Test
    void no_line_is_longer_than_120_characters() throws IOException {
        List<String> long_ = new ArrayList<>();
        for (Path file : sources()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                int columns = lines.get(i).codePointCount(0, lines.get(i).length());
                if (columns > MAX_COLUMNS) {
                    long_.add(file + ":" + (i + 1) + " (" + columns + ")");
                }
            }
        }
        assertThat(long_).isEmpty();
    }

    @Test
    void code_names_a_type_by_its_simple_name_unless_another_type_of_that_name_is_imported() throws IOException {
        List<String> qualified = new ArrayList<>();
        for (Path file : sources()) {
            qualified.addAll(qualifiedNames(file, Files.readString(file, StandardCharsets.UTF_8)));
        }
        assertThat(qualified).isEmpty();
    }

    @Test
    void the_check_finds_a_qualified_name_in_code_but_not_in_comments_strings_or_a_clash() {
        String source = String.join(
                "\n",
                "package jp.policysearch.demo;",
                "",
                "import co.elastic.clients.elasticsearch.indices.get_alias.IndexAliases;",
                "",
                "/** See {@link java.util.List}. */",
                "class Demo {",
                "    java.util.List<String> names = java.util.List.of(\"java.util.Map\", \"http://x\");",
                "    jp.policysearch.index.IndexAliases ours; // java.util.Set in a comment",
                "}");
        assertThat(qualifiedNames(Path.of("Demo.java"), source))
                .containsExactly("Demo.java:7 java.util.List", "Demo.java:7 java.util.List");
    }

    private static List<String> qualifiedNames(Path file, String source) {
        Matcher pkg = PACKAGE.matcher(source);
        String own = pkg.find() ? pkg.group(1) : "";
        Map<String, String> imported = new HashMap<>();
        Matcher imports = IMPORT.matcher(source);
        while (imports.find()) {
            imported.put(imports.group(2), imports.group(1));
        }
        Set<String> declared = new HashSet<>();
        Matcher types = DECLARED.matcher(source);
        while (types.find()) {
            declared.add(types.group(1));
        }
        List<String> out = new ArrayList<>();
        boolean inComment = false;
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("/*")) {
                inComment = true;
            }
            if (inComment) {
                inComment = !line.contains("*/");
                continue;
            }
            if (line.startsWith("import ") || line.startsWith("package ") || line.startsWith("//")) {
                continue;
            }
            String code = STRING.matcher(line).replaceAll("\"\"");
            int comment = code.indexOf("//");
            code = comment < 0 ? code : code.substring(0, comment);
            Matcher m = QUALIFIED.matcher(code);
            while (m.find()) {
                String name = m.group(2);
                String from = imported.get(name);
                boolean clash = (from != null && !from.equals(m.group(1)))
                        || (declared.contains(name) && !own.equals(m.group(1)));
                if (!clash) {
                    out.add(file + ":" + (i + 1) + " " + m.group());
                }
            }
        }
        return out;
    }
}
