package jp.policysearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import jp.policysearch.analysis.TextNormalizer;
import org.junit.jupiter.api.Test;

class HeavySearchesTest {

    private static final int HEAVY = HeavySearches.HEAVY_CLAUSES + 1;

    @Test
    void a_client_runs_one_heavy_search_at_once_and_the_service_two() {
        HeavySearches gate = new HeavySearches(2, () -> 0L); // a clock that stands still: no rest
        HeavySearches.Permit a = gate.enter(HEAVY, "10.0.0.1");
        assertThatThrownBy(() -> gate.enter(HEAVY, "10.0.0.1"))
                .isInstanceOf(SearchBusyException.class)
                .hasMessageContaining("混み合っています")
                .hasMessageContaining(HEAVY + "個の条件");
        HeavySearches.Permit b = gate.enter(HEAVY, "10.0.0.2");
        assertThat(gate.running()).isEqualTo(2);
        assertThatThrownBy(() -> gate.enter(HEAVY, "10.0.0.3")).isInstanceOf(SearchBusyException.class);
        b.close();
        gate.enter(HEAVY, "10.0.0.3").close();
        a.close();
        a.close(); // a second close frees nothing more
        assertThat(gate.running()).isZero();
        gate.enter(HEAVY, "10.0.0.1").close();
    }

    @Test
    void after_a_heavy_search_the_slot_rests_as_long_as_the_search_ran() {
        AtomicLong clock = new AtomicLong(1_000);
        HeavySearches gate = new HeavySearches(1, clock::get);
        HeavySearches.Permit first = gate.enter(HEAVY, "10.0.0.1");
        clock.addAndGet(400);
        first.close();
        assertThatThrownBy(() -> gate.enter(HEAVY, "10.0.0.2")).isInstanceOf(SearchBusyException.class);
        HeavySearches.Permit light = gate.enter(HeavySearches.HEAVY_CLAUSES, "10.0.0.2");
        light.close();
        clock.addAndGet(399);
        assertThatThrownBy(() -> gate.enter(HEAVY, "10.0.0.2")).isInstanceOf(SearchBusyException.class);
        clock.addAndGet(1);
        HeavySearches.Permit second = gate.enter(HEAVY, "10.0.0.2"); // rested 400 after running 400
        second.close(); // ran 0: no rest
        gate.enter(HEAVY, "10.0.0.1").close();
    }

    @Test
    void light_searches_are_never_refused_nor_counted() {
        HeavySearches gate = new HeavySearches(1, () -> 0L);
        HeavySearches.Permit held = gate.enter(HEAVY, "10.0.0.1");
        for (int i = 0; i < 100; i++) {
            gate.enter(HeavySearches.HEAVY_CLAUSES, "10.0.0.1"); // never closed: light permits hold nothing
        }
        assertThat(gate.running()).isEqualTo(1);
        held.close();
        assertThat(gate.running()).isZero();
    }

    @Test
    void ordinary_queries_are_light_and_the_or_attack_under_the_budget_is_heavy() throws Exception {
        TextNormalizer normalizer = TextNormalizer.withDefaultVariants();
        QueryParser parser = new QueryParser(normalizer);
        QueryBuilder builder =
                new QueryBuilder(new Synonyms(Path.of("index-mappings/dictionaries/synonyms.txt"), normalizer));
        for (String q : List.of("量子暗号", "AI 半導体 人材育成", "GX 投資", "5G 基地局", "(GX OR DX) 投資 2030年")) {
            assertThat(QueryBudget.clauses(builder.build(parser.parse(q), true)))
                    .as(q)
                    .isLessThanOrEqualTo(HeavySearches.HEAVY_CLAUSES);
        }
        String attack = QueryBudgetTest.attack().substring(0, 150); // 15 synonym pairs joined by OR
        int clauses = QueryBudget.clauses(builder.build(parser.parse(attack), false));
        assertThat(clauses).isGreaterThan(HeavySearches.HEAVY_CLAUSES).isLessThanOrEqualTo(QueryBudget.MAX_CLAUSES);
    }
}
