package jp.policysearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jp.policysearch.search.HeavySearches;
import jp.policysearch.testsupport.CorpusServer;
import jp.policysearch.testsupport.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Heavy searches on the real node, without a clock: the test itself holds the service's only heavy slot (as a heavy
 * search of another client would), so a heavy search is a 429 with Retry-After at once while an ordinary one is
 * answered; once the slot is free, the same heavy search is answered again.
 */
class HeavySearchIT {

    /** Fifteen synonym pairs joined by OR: within the clause budget, past the heavy threshold. */
    private static final String HEAVY = "GX OR グリーントランスフォーメーション OR DX OR デジタルトランスフォーメーション OR AI OR 人工知能"
            + " OR QKD OR 量子鍵配送 OR NTN OR 非地上系ネットワーク OR HAPS OR 高高度プラットフォーム OR IoT OR モノのインターネット OR ICT";

    /** One slot, timed by a clock that stands still: no rest after a heavy search (HeavySearchesTest covers it). */
    private static final HeavySearches GATE = new HeavySearches(1, () -> 0L);

    private static CorpusServer server;

    @BeforeAll
    static void start() {
        server = CorpusServer.start("heavy-it", GATE);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String search(String path, String q) {
        return server.base() + path + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    @Test
    void a_heavy_search_past_the_slots_is_a_429_and_an_ordinary_one_is_answered() {
        Http.Response alone = Http.get(search("/api/search", HEAVY));
        assertThat(alone.status()).as(alone.body()).isEqualTo(200);
        assertThat(alone.json().path("total").asLong()).isPositive();
        // succeeds only if the heavy search gave its slot back; then holds the only slot until closed below
        HeavySearches.Permit held = GATE.enter(HeavySearches.HEAVY_CLAUSES + 1, "someone-else");
        try {
            Http.Response refused = Http.get(search("/api/search", HEAVY));
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("Retry-After")).isEqualTo("1");
            assertThat(refused.json().path("error").path("code").asText()).isEqualTo("too_many_requests");
            assertThat(refused.json().path("error").path("message").asText())
                    .contains("複雑な検索")
                    .contains("混み合っています");
            // a heavy query never seen before (its cost is learnt by building it) is refused the same way
            Http.Response unseen = Http.get(search("/api/search", HEAVY + " OR 耐量子計算機暗号"));
            assertThat(unseen.status()).as(unseen.body()).isEqualTo(429);
            Http.Response page = Http.get(search("/search", HEAVY));
            assertThat(page.status()).isEqualTo(429);
            assertThat(page.body()).contains("混み合っています");
            Http.Response feed = Http.get(search("/search.atom", HEAVY));
            assertThat(feed.status()).isEqualTo(429);
            Http.Response ordinary = Http.get(search("/api/search", "量子暗号"));
            assertThat(ordinary.status()).as(ordinary.body()).isEqualTo(200);
            assertThat(ordinary.json().path("total").asLong()).isPositive();
        } finally {
            held.close();
        }
        String overBudget = HEAVY + " OR 情報通信技術 OR PQC OR 耐量子計算機暗号 OR SBOM OR ソフトウェア部品表 OR LLM OR 大規模言語モデル"
                + " OR 6G OR 5G OR 第5世代移動通信システム OR EV OR 電気自動車 OR SMR OR 小型モジュール炉 OR CCS OR SAF OR LNG"
                + " OR 液化天然ガス OR JAXA OR 宇宙航空研究開発機構 OR NICT OR 情報通信研究機構";
        for (int i = 0; i < 2; i++) { // the second time from the remembered cost, without building the query
            Http.Response tooComplex = Http.get(search("/api/search", overBudget));
            assertThat(tooComplex.status()).as(tooComplex.body()).isEqualTo(400);
            assertThat(tooComplex.json().path("error").path("code").asText()).isEqualTo("query_too_complex");
        }
        Http.Response after = Http.get(search("/api/search", HEAVY));
        assertThat(after.status()).as(after.body()).isEqualTo(200);
        assertThat(after.json().path("total").asLong())
                .isEqualTo(alone.json().path("total").asLong());
    }
}
