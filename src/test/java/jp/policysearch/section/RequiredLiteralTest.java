package jp.policysearch.section;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.policysearch.Json;
import org.junit.jupiter.api.Test;

class RequiredLiteralTest {

    @Test
    void the_literal_skips_lookarounds_classes_and_optional_characters() {
        assertThat(RequiredLiteral.of("(?<!量子)(?<!量子暗号)通信(?!業)")).isEqualTo("通信");
        assertThat(RequiredLiteral.of("(?<![A-Za-z0-9])[456]G(?![A-Za-z])")).isEqualTo("G");
        assertThat(RequiredLiteral.of("トラ[ヒフ]ィ?ック")).isEqualTo("トラ"); // the first of two as long
        assertThat(RequiredLiteral.of("デジタル・?ガバメント")).isEqualTo("ガバメント");
        assertThat(RequiredLiteral.of("Beyond ?5G")).isEqualTo("Beyond");
        assertThat(RequiredLiteral.of("打ち?上げ")).isEqualTo("上げ");
        assertThat(RequiredLiteral.of("ab+c")).isEqualTo("ab");
        assertThat(RequiredLiteral.of("abc{0,2}d")).isEqualTo("ab");
    }

    @Test
    void forms_it_does_not_read_have_no_literal() {
        assertThat(RequiredLiteral.of("(量子)?通信")).isNull();
        assertThat(RequiredLiteral.of("通信|放送")).isNull();
        assertThat(RequiredLiteral.of("通\\s*信")).isNull();
        assertThat(RequiredLiteral.of("[ab]")).isNull();
        assertThat(RequiredLiteral.of("a.b")).isNull();
    }

    /** Every match of every keyword regex in areas.json, over every line of the corpus, holds the literal. */
    @Test
    void every_match_of_the_corpus_keywords_holds_its_literal() throws IOException {
        JsonNode rules = Json.mapper()
                .readTree(CorpusFixtures.CORPUS.resolve("areas.json").toFile());
        List<String> regexes = new ArrayList<>();
        rules.path("keyword_rules")
                .forEach(r -> r.path("keywords").forEach(k -> regexes.add(AreaRules.normalise(k.asText()))));
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(CorpusFixtures.CORPUS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.readAllLines(f).forEach(l -> lines.add(AreaRules.normalise(l)));
            }
        }
        int checked = 0;
        for (String regex : regexes) {
            String literal = RequiredLiteral.of(regex);
            if (literal == null) {
                continue;
            }
            Pattern pattern = Pattern.compile(regex);
            for (String line : lines) {
                Matcher m = pattern.matcher(line);
                while (m.find()) {
                    assertThat(m.group()).as(regex).contains(literal);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }
}
