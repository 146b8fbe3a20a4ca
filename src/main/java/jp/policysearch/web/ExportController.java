package jp.policysearch.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jp.policysearch.ErrorCode;
import jp.policysearch.Json;
import jp.policysearch.search.BadRequestException;
import jp.policysearch.search.SearchQuery;
import jp.policysearch.search.SectionExporter;
import jp.policysearch.search.SectionExporter.Row;

/**
 * {@code /api/export}: the search's parameters plus {@code format=csv|ndjson}; streams every matching section as
 * CSV (UTF-8 with a BOM so Excel reads it as UTF-8) or NDJSON. Headers are sent only once the search has worked, so
 * a bad parameter or an unreachable cluster still answers with the JSON error.
 */
final class ExportController {

    static final List<String> COLUMNS = List.of(
            "id",
            "title",
            "document",
            "year",
            "ministries",
            "areas",
            "card",
            "phase",
            "url",
            "citation",
            "match",
            "missing_terms");

    private final SectionExporter exporter;
    private final ObjectMapper json = Json.mapper();
    private final Supplier<String> base;

    ExportController(SectionExporter exporter, Supplier<String> base) {
        this.exporter = exporter;
        this.base = base;
    }

    void export(Context ctx) throws IOException {
        SearchQuery query = SearchParams.from(ctx);
        String format = format(ctx);
        Writer[] out = new Writer[1];
        String baseUrl = base.get();
        exporter.export(query, new SectionExporter.RowSink() {
            @Override
            public void begin() throws IOException {
                boolean csv = format.equals("csv");
                ctx.status(200);
                ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
                ctx.header("Content-Disposition", "attachment; filename=\"policy-search-export." + format + "\"");
                out[0] =
                        new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 16);
                if (csv) {
                    out[0].write('\uFEFF');
                    writeCsvLine(out[0], COLUMNS);
                }
            }

            @Override
            public void row(Row row) throws IOException {
                String url = baseUrl + Urls.section(row.id());
                String citation = citation(row, url);
                if (format.equals("csv")) {
                    writeCsvLine(
                            out[0],
                            List.of(
                                    row.id(),
                                    row.title(),
                                    row.document(),
                                    String.valueOf(row.year()),
                                    String.join("、", row.ministries()),
                                    String.join("、", row.areas()),
                                    nullToEmpty(row.card()),
                                    nullToEmpty(row.phase()),
                                    url,
                                    citation,
                                    row.match(),
                                    String.join("、", row.missingTerms())));
                } else {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("id", row.id());
                    line.put("title", row.title());
                    line.put("document", row.document());
                    line.put("year", row.year());
                    line.put("ministries", row.ministries());
                    line.put("areas", row.areas());
                    line.put("card", row.card());
                    line.put("phase", row.phase());
                    line.put("url", url);
                    line.put("citation", citation);
                    line.put("match", row.match());
                    line.put("missing_terms", row.missingTerms());
                    out[0].write(json.writeValueAsString(line));
                    out[0].write('\n');
                }
            }
        });
        out[0].flush();
    }

    private static String citation(Row row, String url) {
        return Citation.line(
                row.document(),
                row.ministries(),
                row.date(),
                row.year(),
                row.card(),
                row.phase(),
                row.title(),
                url,
                row.inferred(),
                row.pageFirst(),
                row.pageLast());
    }

    private static String format(Context ctx) {
        List<String> values = ctx.queryParamMap().getOrDefault("format", List.of());
        String format = values.isEmpty() || values.get(0).isBlank()
                ? "csv"
                : values.get(0).strip();
        if (!format.equals("csv") && !format.equals("ndjson")) {
            throw new BadRequestException(ErrorCode.INVALID_FORMAT);
        }
        return format;
    }

    /** RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes; lines end with CRLF. */
    static void writeCsvLine(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String f = fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                out.write('"');
                out.write(f.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(f);
            }
        }
        out.write("\r\n");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
