package jp.policysearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.policysearch.ErrorCode;
import jp.policysearch.Json;
import org.junit.jupiter.api.Test;

/** Every {@link ErrorCode} is in the OpenAPI document (the Error schema's enum, with its status), and nothing more. */
class ErrorCodesDocumentedTest {

    @Test
    void the_error_schema_lists_exactly_the_codes_the_service_answers_with() throws Exception {
        JsonNode code = errorCodeSchema();
        List<String> documented = new ArrayList<>();
        code.path("enum").forEach(c -> documented.add(c.asText()));
        List<String> answered =
                Arrays.stream(ErrorCode.values()).map(ErrorCode::code).toList();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(answered);
    }

    @Test
    void each_code_is_described_with_its_status() throws Exception {
        String description = errorCodeSchema().path("description").asText();
        for (ErrorCode c : ErrorCode.values()) {
            assertThat(description).as(c.name()).contains("`" + c.code() + "` (" + c.status());
        }
    }

    @Test
    void codes_are_snake_case_and_messages_are_japanese() {
        for (ErrorCode c : ErrorCode.values()) {
            assertThat(c.code()).matches("[a-z]+(_[a-z]+)*");
            assertThat(c.status()).isBetween(400, 599);
            assertThat(c.message()).containsPattern("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
        }
    }

    private static JsonNode errorCodeSchema() throws Exception {
        try (InputStream in = OpenApi.class.getResourceAsStream(OpenApi.RESOURCE)) {
            assertThat(in).as(OpenApi.RESOURCE).isNotNull();
            return Json.mapper().readTree(in).at("/components/schemas/Error/properties/error/properties/code");
        }
    }
}
