package jp.policysearch.web;

import static jp.policysearch.testsupport.Http.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Map;
import java.util.Set;
import jp.policysearch.testsupport.CorpusServer;
import jp.policysearch.testsupport.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every endpoint called for real; each answer validated against the schema openapi.json gives for its status. */
class OpenApiIT {

    private static CorpusServer server;
    private static JsonNode spec;

    @BeforeAll
    static void start() {
        server = CorpusServer.start("openapi-it");
        Http.Response r = Http.get(server.base() + "/api/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        spec = r.json();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_document_is_openapi_3_1_and_describes_every_endpoint() {
        assertThat(spec.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(spec.path("paths").properties())
                .extracting(Map.Entry::getKey)
                .contains(
                        "/api/search",
                        "/api/sections/{id}",
                        "/api/sections/{id}/compare/{other}",
                        "/api/documents",
                        "/api/documents/{id}",
                        "/api/documents/{id}/compare/{other}",
                        "/api/export",
                        "/api/status",
                        "/healthz",
                        "/readyz");
        // every $ref resolves
        spec.findValues("$ref")
                .forEach(ref -> assertThat(spec.at(ref.asText().substring(1)).isMissingNode())
                        .as(ref.asText())
                        .isFalse());
    }

    @Test
    void search_answers_match_the_schema() {
        check("/api/search", "/api/search?q=" + enc("量子 暗号") + "&ministry=" + enc("総務省") + "&size=20");
        check("/api/search", "/api/search?q=" + enc("クラウド") + "&size=50");
        check("/api/search", "/api/search?q=" + enc("量子 ぬぴょろん"));
        check("/api/search", "/api/search?doc=growth-roadmap-2026&year=2026&sort=newest");
        check("/api/search", "/api/search?q=" + enc("ぬぴょろん") + "&ministry=" + enc("不明省"));
        check("/api/search", "/api/search?page=0");
        check("/api/search", "/api/search?page=101&size=100");
    }

    @Test
    void the_schemas_reject_what_they_should() throws Exception {
        JsonSchema search = schema(spec.at("/paths/~1api~1search/get/responses/200/content/application~1json/schema"));
        ObjectNode body = (ObjectNode)
                Http.get(server.base() + "/api/search?q=" + enc("量子")).json();
        assertThat(search.validate(body)).isEmpty();
        body.put("debug", true);
        assertThat(search.validate(body)).isNotEmpty();
        body.remove("debug");
        ((ObjectNode) body.path("hits").get(0)).remove("passage_url");
        assertThat(search.validate(body)).isNotEmpty();
    }

    @Test
    void sections_and_documents_match_the_schema() {
        check("/api/sections/{id}", "/api/sections/growth-roadmap-2026/c03/goal");
        check("/api/sections/{id}", "/api/sections/digital-cyber-roadmap-2026/c01/goal");
        check("/api/sections/{id}", "/api/sections/ict-rd-trends-report-2025/3-1-3-2-3-a-ii-c2");
        check("/api/sections/{id}", "/api/sections/no/such/section");
        check("/api/documents", "/api/documents");
        check("/api/documents/{id}", "/api/documents/growth-roadmap-2026");
        check("/api/documents/{id}", "/api/documents/semiconductor-digital-strategy-2023");
        check("/api/documents/{id}", "/api/documents/none");
        String compare = "/api/sections/{id}/compare/{other}";
        check(compare, "/api/sections/growth-roadmap-2026/c05/goal/compare/digital-cyber-roadmap-2026/c06/goal");
        check(compare, "/api/sections/growth-roadmap-2026/c03/goal/compare/digital-cyber-roadmap-2026/c02/goal");
        check(compare, "/api/sections/growth-roadmap-2026/c01/goal/compare/growth-roadmap-2026/c05/goal");
        check(compare, "/api/sections/growth-roadmap-2026/c05/goal/compare/no/such/section");
        String documents = "/api/documents/{id}/compare/{other}";
        check(documents, "/api/documents/growth-roadmap-2026/compare/digital-cyber-roadmap-2026");
        check(documents, "/api/documents/digital-cyber-roadmap-2026/compare/growth-roadmap-2026");
        check(documents, "/api/documents/growth-roadmap-2026/compare/ict-rd-trends-report-2025");
        check(documents, "/api/documents/growth-roadmap-2026/compare/none");
    }

    @Test
    void status_health_and_readiness_match_the_schema() {
        check("/api/status", "/api/status");
        check("/healthz", "/healthz");
        check("/readyz", "/readyz");
    }

    @Test
    void export_lines_match_the_row_schema_and_its_errors_the_error_schema() throws Exception {
        Http.Response r = Http.get(server.base() + "/api/export?format=ndjson&q=" + enc("量子"));
        assertThat(r.status()).isEqualTo(200);
        JsonSchema row =
                schema(spec.at("/paths/~1api~1export/get/responses/200/content/application~1x-ndjson/x-item-schema"));
        ObjectMapper mapper = new ObjectMapper();
        int n = 0;
        for (String line : r.body().split("\n")) {
            assertThat(row.validate(mapper.readTree(line))).as(line).isEmpty();
            n++;
        }
        // the export does not group versions: as many rows as an ungrouped search (every document selected) finds
        long ungrouped = Http.get(server.base() + "/api/search?q=" + enc("量子") + "&doc=digital-cyber-roadmap-2026"
                        + "&doc=growth-roadmap-2026&doc=ict-rd-trends-report-2025&doc=meti-council-materials-2025"
                        + "&doc=semiconductor-digital-strategy-2023")
                .json()
                .path("total")
                .asLong();
        assertThat(n).isEqualTo(ungrouped).isEqualTo(75);
        check("/api/export", "/api/export?format=pdf");
    }

    /** Calls {@code url} and validates the body against the JSON schema documented for its status. */
    private static void check(String path, String url) {
        Http.Response r = Http.get(server.base() + url);
        JsonNode response =
                spec.path("paths").path(path).path("get").path("responses").path(String.valueOf(r.status()));
        assertThat(response.isMissingNode())
                .as("status " + r.status() + " of " + url + " is documented")
                .isFalse();
        if (response.has("$ref")) { // a shared answer under components/responses
            response = spec.at(response.path("$ref").asText().substring(1));
        }
        JsonNode schema = response.path("content").path("application/json").path("schema");
        assertThat(r.header("Content-Type")).startsWith("application/json");
        Set<ValidationMessage> errors = schema(schema).validate(r.json());
        assertThat(errors)
                .as(url + " → " + r.status() + " " + abbreviate(r.body()))
                .isEmpty();
    }

    /** The response schema with the document's components beside it, so its {@code #/components/...} refs resolve. */
    private static JsonSchema schema(JsonNode schema) {
        ObjectNode root = schema.deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", spec.path("components"));
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
    }

    private static String abbreviate(String s) {
        return s.length() > 500 ? s.substring(0, 500) + "…" : s;
    }
}
