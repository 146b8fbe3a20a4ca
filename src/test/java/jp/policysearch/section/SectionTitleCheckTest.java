package jp.policysearch.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every section title of every document, checked with rules written from the debris seen in the corpus (chart axes
 * `～2025 ～2030 2030年代`, company and country labels `インフィニオン`, `アルゼンチン`, label rows, titles shared by
 * five sections), plus a hand-checked list of slide titles. The rules are this test's own, not the parser's.
 */
class SectionTitleCheckTest {

    private static final Pattern PART = Pattern.compile("（\\d+/\\d+）$");
    private static final Pattern NUMBER =
            Pattern.compile("^(?:\\d+(?:\\.\\d+)*\\.?|[(（][0-9ア-ン][)）]|\\d+\\)|[ivx]+\\)?|[①-⑳]|【課題[①-⑳]】)\\s*");
    private static final Pattern QUALIFIER = Pattern.compile("[【（(][^】）)]{0,20}[】）)]");
    private static final Pattern UNIT_CHARS = Pattern.compile("[0-9年月日度%～~\\-/.,:万億兆円$倍件人台()・、 ]");
    private static final Pattern KATAKANA = Pattern.compile("[\\p{IsKatakana}ー・]+");
    private static final Pattern HIRAGANA = Pattern.compile("\\p{IsHiragana}");
    private static final Set<String> PLACES =
            Set.of("日本", "米国", "中国", "欧州", "英国", "韓国", "台湾", "豪州", "インド", "ドイツ", "チリ", "アルゼンチン", "ロシア", "世界");
    private static final String BULLETS = "⚫•➢✓◆■□○●◎・※⇒➡→▶、。";

    static List<Section> sections;

    @BeforeAll
    static void parse() {
        ParsedCorpus corpus = DocumentParsers.sectionParser(Path.of("corpus")).parse(Path.of("corpus"));
        assertThat(corpus.problems()).isEmpty();
        sections = corpus.sections();
    }

    /** Why a title is not one a reader can cite, or null when it is. */
    static String problem(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFKC).strip();
        if (s.isEmpty()) {
            return "empty";
        }
        if (BULLETS.indexOf(s.charAt(0)) >= 0) {
            return "opens with a bullet or punctuation";
        }
        // each `／`-joined heading (`/` after NFKC) on its own, without its number, part counter and bracketed
        // qualifiers
        for (String part : PART.matcher(s).replaceFirst("").split(" / ")) {
            String bare = NUMBER.matcher(part.strip()).replaceFirst("").strip();
            String plain = QUALIFIER.matcher(bare).replaceAll("").strip();
            String compact = (plain.isEmpty() ? bare : plain).replace(" ", "");
            if (compact.isEmpty()) {
                continue;
            }
            long units = compact.codePoints()
                    .filter(c -> UNIT_CHARS.matcher(Character.toString(c)).matches())
                    .count();
            if (units * 2 >= compact.length()) {
                return "mostly digits, years or units";
            }
            if (PLACES.contains(compact)) {
                return "a place name alone";
            }
            if (compact.length() <= 8 && KATAKANA.matcher(compact).matches()) {
                return "a lone katakana name";
            }
            // `card ― phase` is one heading and its phase, not a row; 004 spaces Latin words (`自治体 DX 推進計画`)
            List<String> tokens = List.of(bare.replace(" ― ", "―").split(" +"));
            if (tokens.size() >= 3
                    && tokens.stream().allMatch(t -> t.length() <= 6)
                    && !HIRAGANA.matcher(bare).find()
                    && tokens.stream().noneMatch(t -> t.matches("[A-Za-z]+"))) {
                return "a row of short labels";
            }
        }
        return null;
    }

    @Test
    void the_rules_reject_the_debris_seen_in_the_corpus() {
        assertThat(problem("～2025 ～2030 2030年代")).isNotNull();
        assertThat(problem("インフィニオン")).isNotNull();
        assertThat(problem("アルゼンチン")).isNotNull();
        assertThat(problem("フィジカル")).isNotNull();
        assertThat(problem("北海道・東北 関東 中部 近畿 中国・四国 九州 合計")).isNotNull();
        assertThat(problem("⚫ 半導体部素材市場は半導体市場と合わせて")).isNotNull();
        assertThat(problem("1) 日本（3/6）")).isNotNull();
        assertThat(problem("1) 日本（(1) 政策動向）（3/6）")).isNull();
        assertThat(problem("先端ロジック半導体 今後の道行")).isNull();
        assertThat(problem("i 政策・方針（(イ) 欧州）")).isNull();
        assertThat(problem("④その他【第3.0版（R6.●）】")).isNull();
    }

    @Test
    void no_section_title_is_debris() {
        List<String> bad = new ArrayList<>();
        for (Section s : sections) {
            String why = problem(s.title());
            if (why != null) {
                bad.add(s.id() + " 「" + s.title() + "」: " + why);
            }
        }
        System.out.println("[titles] " + sections.size() + " section titles checked, " + bad.size() + " debris");
        assertThat(bad).isEmpty();
    }

    @Test
    void no_two_sections_of_a_document_share_a_title() {
        Map<String, List<String>> seen = new LinkedHashMap<>();
        for (Section s : sections) {
            seen.computeIfAbsent(s.doc() + " 「" + s.title() + "」", k -> new ArrayList<>())
                    .add(s.id());
        }
        List<String> shared = seen.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " " + e.getValue())
                .toList();
        System.out.println("[titles] " + shared.size() + " titles shared within a document");
        assertThat(shared).isEmpty();
    }

    @Test
    void slide_titles_match_the_hand_checked_list() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/slide-titles.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cols = line.split("\t");
                expected.put(cols[0], cols[1]);
            }
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(60);
        Map<String, String> actual = new HashMap<>();
        sections.forEach(s -> actual.put(s.id(), s.title()));
        Map<String, String> wrong = new LinkedHashMap<>();
        expected.forEach((id, title) -> {
            if (!title.equals(actual.get(id))) {
                wrong.put(id, "expected 「" + title + "」, got 「" + actual.get(id) + "」");
            }
        });
        assertThat(wrong).isEmpty();
    }
}
