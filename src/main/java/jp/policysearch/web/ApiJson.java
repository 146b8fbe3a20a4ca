package jp.policysearch.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import jp.policysearch.Json;
import jp.policysearch.search.Snippet;

/** The API's JSON: the one configuration ({@link Json}), with snippets written as HTML ({@link Html#snippet}). */
final class ApiJson {

    private ApiJson() {}

    static ObjectMapper mapper() {
        return Json.mapper().registerModule(new SimpleModule("api").addSerializer(new SnippetSerializer()));
    }

    private static final class SnippetSerializer extends StdSerializer<Snippet> {

        SnippetSerializer() {
            super(Snippet.class);
        }

        @Override
        public void serialize(Snippet snippet, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(Html.snippet(snippet));
        }
    }
}
