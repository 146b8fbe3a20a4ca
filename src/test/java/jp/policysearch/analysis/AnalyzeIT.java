package jp.policysearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.List;
import jp.policysearch.Config;
import jp.policysearch.es.Cluster;
import jp.policysearch.testsupport.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our plugin's analyzers, as defined in index-mappings/sections.json, inside the real node. */
class AnalyzeIT {

    private static final String INDEX = "analyze-it";
    private static Cluster cluster;
    private static ElasticsearchClient client;

    @BeforeAll
    static void createIndex() throws Exception {
        Config config = TestCluster.config();
        cluster = TestCluster.cluster();
        client = cluster.indexingClient();
        String body = Files.readString(config.mappingsDir().resolve("sections.json"));
        client.indices().create(c -> c.index(INDEX).withJson(new StringReader(body)));
    }

    @AfterAll
    static void deleteIndex() throws Exception {
        client.indices().delete(d -> d.index(INDEX));
        cluster.close();
    }

    @Test
    void the_morphological_analyzer_keeps_the_content_words_of_a_policy_sentence() throws Exception {
        assertThat(tokens("ja_index", "量子暗号通信の社会実装を推進する")).containsExactly("量子", "暗号", "通信", "社会", "実装", "推進");
    }

    @Test
    void full_width_and_half_width_latin_analyze_alike() throws Exception {
        assertThat(tokens("ja_index", "ＡＩ・データセンター")).isEqualTo(tokens("ja_index", "AI・データセンター"));
        assertThat(tokens("ja_bigram", "ＡＩ・データセンター")).isEqualTo(tokens("ja_bigram", "AI・データセンター"));
    }

    @Test
    void a_trailing_long_vowel_does_not_change_the_token() throws Exception {
        assertThat(tokens("ja_index", "サーバー"))
                .isEqualTo(tokens("ja_index", "サーバ"))
                .containsExactly("サーバ");
    }

    @Test
    void a_kangxi_radical_matches_the_ordinary_kanji() throws Exception {
        assertThat(tokens("ja_index", "GX移⾏債")).isEqualTo(tokens("ja_index", "GX移行債"));
        assertThat(tokens("ja_bigram", "GX移⾏債")).isEqualTo(tokens("ja_bigram", "GX移行債"));
    }

    @Test
    void the_bigram_analyzer_finds_a_word_inside_a_compound() throws Exception {
        assertThat(tokens("ja_bigram", "半導体製造装置")).contains("半導", "導体", "製造", "装置");
    }

    @Test
    void numbers_counters_and_era_abbreviations_analyze_alike_in_both_analyzers() throws Exception {
        for (String analyzer : List.of("ja_index", "ja_bigram")) {
            assertThat(tokens(analyzer, "十兆円")).isEqualTo(tokens(analyzer, "10兆円"));
            assertThat(tokens(analyzer, "８千億円"))
                    .isEqualTo(tokens(analyzer, "8,000億円"))
                    .isEqualTo(tokens(analyzer, "8000億円"));
            assertThat(tokens(analyzer, "20ヶ国"))
                    .isEqualTo(tokens(analyzer, "20カ国"))
                    .isEqualTo(tokens(analyzer, "20箇国"))
                    .isEqualTo(tokens(analyzer, "20か国"));
            assertThat(tokens(analyzer, "R6補正")).isEqualTo(tokens(analyzer, "令和6年度補正"));
            assertThat(tokens(analyzer, "四国")).isNotEqualTo(tokens(analyzer, "4国"));
        }
    }

    @Test
    void the_reading_analyzer_joins_okurigana_variants_and_keeps_homophones_apart() throws Exception {
        assertThat(tokens("ja_reading", "取り組み"))
                .isEqualTo(tokens("ja_reading", "取組み"))
                .isEqualTo(tokens("ja_reading", "取組"))
                .containsExactly("取組トリクミ");
        assertThat(tokens("ja_reading", "機関")).isNotEqualTo(tokens("ja_reading", "期間"));
    }

    private static List<String> tokens(String analyzer, String text) throws Exception {
        return client.indices().analyze(a -> a.index(INDEX).analyzer(analyzer).text(text)).tokens().stream()
                .map(AnalyzeToken::token)
                .toList();
    }
}
