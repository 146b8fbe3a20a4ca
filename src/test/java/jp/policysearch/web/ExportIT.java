package jp.policysearch.web;

import static jp.policysearch.testsupport.Http.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.policysearch.analysis.TextNormalizer;
import jp.policysearch.search.SearchQuery;
import jp.policysearch.search.SectionExporter;
import jp.policysearch.search.Sort;
import jp.policysearch.search.Synonyms;
import jp.policysearch.testsupport.CorpusServer;
import jp.policysearch.testsupport.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExportIT {

    private static CorpusServer server;

    @BeforeAll
    static void start() {
        server = CorpusServer.start("export-it");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Http.Response export(String query) {
        return Http.get(server.base() + "/api/export?" + query);
    }

    @Test
    void csv_has_a_bom_a_header_and_every_section_without_grouping() {
        Http.Response r = export("");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/csv");
        assertThat(r.header("Content-Disposition")).isEqualTo("attachment; filename=\"policy-search-export.csv\"");
        assertThat(r.body())
                .startsWith("\uFEFFid,title,document,year,ministries,areas,card,phase,url,citation,"
                        + "match,missing_terms\r\n");
        // 605 sections, including both versions of the 17 cards the search shows once
        assertThat(r.body().split("\r\n", -1)).hasSize(1 + 605 + 1);
    }

    @Test
    void ndjson_rows_carry_absolute_urls_and_citations() throws Exception {
        Http.Response r = export("format=ndjson&q=" + enc("クラウド") + "&doc=growth-roadmap-2026");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/x-ndjson");
        List<JsonNode> rows = lines(r.body());
        JsonNode goal = rows.stream()
                .filter(n -> n.path("id").asText().equals("growth-roadmap-2026/c03/goal"))
                .findFirst()
                .orElseThrow();
        String url = "http://localhost:" + server.port() + "/s/growth-roadmap-2026/c03/goal";
        assertThat(goal.path("url").asText()).isEqualTo(url);
        assertThat(goal.path("citation").asText())
                .isEqualTo("『主要な製品・技術等の官民投資ロードマップ素案（先行検討分を除く）』（内閣官房（推定）、2026年（推定））" + "クラウド・データセンター・目標 " + url);
        assertThat(goal.path("ministries")).extracting(JsonNode::asText).containsExactly("内閣官房");
        // document order
        List<String> ids = rows.stream().map(n -> n.path("id").asText()).toList();
        assertThat(ids.indexOf("growth-roadmap-2026/c03/goal")).isLessThan(ids.indexOf("growth-roadmap-2026/c03/path"));
    }

    @Test
    void the_export_has_the_search_hits_and_dated_documents_cite_their_date() {
        List<JsonNode> rows = lines(export("format=ndjson&q=" + enc("量子 暗号") + "&doc=ict-rd-trends-report-2025")
                .body());
        long searched = Http.get(server.base() + "/api/search?q=" + enc("量子 暗号") + "&doc=ict-rd-trends-report-2025")
                .json()
                .path("total")
                .asLong();
        assertThat(rows).hasSize((int) searched);
        assertThat(rows.get(0).path("citation").asText())
                .startsWith("『国内外における最新の情報通信技術の研究開発及びデジタル活用の動向に関する調査研究の請負 成果報告書』（総務省、2025年3月）");
    }

    /** Every hit of every page of a search (size 100), in order. */
    private static List<JsonNode> searchHits(String query) {
        List<JsonNode> hits = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode r = Http.get(server.base() + "/api/search?size=100&page=" + page + "&" + query)
                    .json();
            r.path("hits").forEach(hits::add);
            if (r.path("hits").size() < 100) {
                return hits;
            }
        }
    }

    @Test
    void an_export_with_partial_matches_has_exactly_the_search_hits_strict_first() {
        // few strict matches inside one document (ungrouped), so the search lists looser ones below them
        String query = "q=" + enc("地熱 タービン 世界シェア") + "&doc=growth-roadmap-2026";
        List<JsonNode> hits = searchHits(query);
        List<JsonNode> rows = lines(export("format=ndjson&size=100&" + query).body());
        assertThat(hits).anyMatch(h -> h.path("match").asText().equals("strict"));
        assertThat(hits).anyMatch(h -> h.path("match").asText().equals("partial"));
        assertThat(rows.stream().map(n -> n.path("id").asText()))
                .containsExactlyInAnyOrderElementsOf(
                        hits.stream().map(h -> h.path("id").asText()).toList());
        // each row marked as the search marks the hit, with the same missing terms
        for (JsonNode h : hits) {
            JsonNode row = rows.stream()
                    .filter(n -> n.path("id").asText().equals(h.path("id").asText()))
                    .findFirst()
                    .orElseThrow();
            assertThat(row.path("match")).isEqualTo(h.path("match"));
            assertThat(row.path("missing_terms")).isEqualTo(h.path("missing_terms"));
        }
        List<String> matches = rows.stream().map(n -> n.path("match").asText()).toList();
        assertThat(matches.lastIndexOf("strict")).isLessThan(matches.indexOf("partial"));
        // with many strict matches (a page's worth) neither lists looser ones
        String broad = "q=" + enc("地熱 タービン 世界シェア") + "&doc=growth-roadmap-2026&size=1";
        assertThat(lines(export("format=ndjson&" + broad).body()))
                .allMatch(n -> n.path("match").asText().equals("strict"))
                .hasSize((int) Http.get(server.base() + "/api/search?" + broad)
                        .json()
                        .path("total")
                        .asLong());
    }

    @Test
    void a_grouped_search_shows_no_hit_its_export_lacks() {
        // versions grouped in the search, every version in the export: the export holds each hit shown
        String query = "q=" + enc("量子暗号 国産装置 ロボット");
        List<JsonNode> hits = searchHits(query);
        assertThat(hits).anyMatch(h -> h.path("match").asText().equals("partial"));
        List<String> rows = lines(export("format=ndjson&size=100&" + query).body()).stream()
                .map(n -> n.path("id").asText())
                .toList();
        assertThat(rows)
                .containsAll(hits.stream().map(h -> h.path("id").asText()).toList());
    }

    @Test
    void paging_with_a_point_in_time_returns_every_section_once_in_order() throws Exception {
        SectionExporter small = new SectionExporter(
                server.cluster().client(),
                "export-it",
                new Synonyms(
                        server.config().mappingsDir().resolve("dictionaries/synonyms.txt"),
                        TextNormalizer.withDefaultVariants()),
                TextNormalizer.withDefaultVariants(),
                7);
        List<String> ids = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        long n = small.export(new SearchQuery("", Map.of(), Sort.NEWEST, 1, 10), new SectionExporter.RowSink() {
            @Override
            public void begin() {}

            @Override
            public void row(SectionExporter.Row row) {
                ids.add(row.id());
                years.add(row.year());
            }
        });
        assertThat(n).isEqualTo(605);
        Set<String> unique = new HashSet<>(ids);
        assertThat(unique).hasSize(605);
        assertThat(years).isSortedAccordingTo((a, b) -> b - a);
        // the point in time is closed at the end
        assertThat(server.cluster()
                        .client()
                        .indices()
                        .stats(s -> s.index("export-it"))
                        .all()
                        .total()
                        .search()
                        .openContexts())
                .isZero();
    }

    @Test
    void bad_parameters_are_a_400_in_json() {
        Http.Response bad = export("format=xlsx");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/json");
        assertThat(bad.header("Content-Disposition")).isNull();
        assertThat(bad.json().path("error").path("code").asText()).isEqualTo("invalid_format");
        assertThat(export("sort=sideways").json().path("error").path("code").asText())
                .isEqualTo("invalid_sort");
        assertThat(export("q=" + "x".repeat(501)).status()).isEqualTo(400);
        // the export has no 10,000 window: page and size do not limit it
        assertThat(export("page=500&size=100").status()).isEqualTo(200);
    }

    private static List<JsonNode> lines(String body) {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (!line.isBlank()) {
                try {
                    out.add(mapper.readTree(line));
                } catch (Exception e) {
                    throw new AssertionError("not JSON: " + line, e);
                }
            }
        }
        return out;
    }
}
