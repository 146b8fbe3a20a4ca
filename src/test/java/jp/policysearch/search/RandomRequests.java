package jp.policysearch.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random request targets for {@link SearchRobustnessIT}: hostile query text (random Unicode, control characters,
 * Elasticsearch syntax, HTML), odd numbers, repeated parameters, and raw percent-encoding that is not valid UTF-8.
 */
final class RandomRequests {

    private static final String[] PIECES = {
        "量子",
        "暗号",
        "AI",
        "ＡＩ",
        "５Ｇ",
        "サーバー",
        "GX移⾏債",
        "半導体",
        "人材",
        "クラウド",
        "鍵",
        "の",
        "*:*",
        "title:量子",
        "doc:growth-roadmap-2026",
        "\\",
        "\\\\",
        "{}",
        "{\"query\":{}}",
        "~",
        "量子~2",
        "a*",
        "?",
        "[1 TO 5]",
        "/.*/",
        "^3",
        "&&",
        "||",
        "!",
        "+",
        "-",
        "--",
        "-\"",
        "\"",
        "\"\"",
        "(",
        ")",
        "((",
        "))",
        "OR",
        "AND",
        "NOT",
        "OR OR",
        "-(",
        "<script>alert(1)</script>",
        "<mark>",
        "</mark>",
        "&amp;",
        "&lt;",
        "'",
        "%",
        "\u3000",
        " ",
        "\t",
        "\n",
        "\u0000",
        "\u0007",
        "\u001b[31m",
        "\u200b",
        "\ufeff",
        "\ud83d\ude00",
        "\ud800",
        "\udfff",
        "\uffff",
        "\u2028",
        "\u202e",
        "𠮷",
        "ｶﾀｶﾅ",
        "①",
        "㈱",
        "ℹ",
        "Ⅻ",
        "ﾞ",
        "ー",
        "〜",
        "SELECT * FROM",
        "${jndi:x}",
        "null",
        "undefined",
        "NaN",
        "-1",
        "0",
        "1e309",
    };

    private static final String[] RAW_ENCODINGS = {
        "%", "%2", "%G1", "%ZZ", "%FF", "%C3%28", "%E3%81", "%ED%A0%80", "%F4%90%80%80", "%C0%AF", "%00", "%0A",
        "%0D%0A", "%25", "+", "%2B", "%E9%87%8F%E5%AD%90", "%uD83D", "&", "=", "==", "%3D", "#", "%23",
    };

    private static final String[] NUMBERS = {
        "1", "2", "3", "10", "100", "101", "0", "-1", "-2147483648", "2147483647", "2147483648", "99999999999999999999",
        "1.5", "1e3", "0x10", "", " ", "abc", "１", "٣", "+5", "007", "1000", "10000",
    };

    private static final String[] FACET_VALUES = {
        "総務省",
        "経済産業省",
        "内閣官房",
        "デジタル庁",
        "不明省",
        "量子",
        "AI・半導体",
        "2025",
        "2026",
        "2023",
        "1999",
        "-1",
        "abc",
        "目標",
        "道筋",
        "growth-roadmap-2026",
        "ict-rd-trends-report-2025",
        "*",
        "",
        "<b>",
        "\\",
    };

    private static final String[] PATHS = {
        "/api/search",
        "/api/search",
        "/api/search",
        "/api/search",
        "/api/search",
        "/api/search",
        "/api/search",
        "/api/export",
        "/api/sections/",
        "/api/documents/",
    };

    private RandomRequests() {}

    static String target(Random r) {
        String path = PATHS[r.nextInt(PATHS.length)];
        if (path.endsWith("/")) {
            return path + encodedValue(r, 1 + r.nextInt(4));
        }
        StringBuilder query = new StringBuilder();
        int params = r.nextInt(7);
        for (int i = 0; i < params; i++) {
            if (query.length() > 0) {
                query.append('&');
            }
            String name = switch (r.nextInt(10)) {
                case 0, 1, 2 -> "q";
                case 3 -> "page";
                case 4 -> "size";
                case 5 -> "sort";
                case 6 -> new String[] {"ministry", "area", "year", "phase", "doc"}[r.nextInt(5)];
                case 7 -> "format";
                case 8 -> new String[] {"q[]", "Q", "", "%FF", "unknown", "q%00"}[r.nextInt(6)];
                default -> "q";
            };
            query.append(name);
            if (r.nextInt(20) == 0) {
                continue; // a parameter without '='
            }
            query.append('=');
            query.append(
                    switch (name) {
                        case "page", "size" ->
                            URLEncoder.encode(NUMBERS[r.nextInt(NUMBERS.length)], StandardCharsets.UTF_8);
                        case "sort" ->
                            new String[] {"relevance", "newest", "oldest", "", "NEWEST", "x", "%FF"}[r.nextInt(7)];
                        case "format" -> new String[] {"csv", "ndjson", "json", "", "%00"}[r.nextInt(5)];
                        case "ministry", "area", "year", "phase", "doc" ->
                            r.nextBoolean()
                                    ? URLEncoder.encode(
                                            FACET_VALUES[r.nextInt(FACET_VALUES.length)], StandardCharsets.UTF_8)
                                    : encodedValue(r, 2);
                        default -> encodedValue(r, 1 + r.nextInt(8));
                    });
        }
        return path + (query.length() == 0 && r.nextBoolean() ? "" : "?" + query);
    }

    /** A value of {@code parts} pieces, each percent-encoded correctly, raw, or deliberately broken. */
    private static String encodedValue(Random r, int parts) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            switch (r.nextInt(6)) {
                case 0 -> out.append(RAW_ENCODINGS[r.nextInt(RAW_ENCODINGS.length)]);
                case 1 -> out.append(URLEncoder.encode(randomUnicode(r, 1 + r.nextInt(12)), StandardCharsets.UTF_8));
                default ->
                    out.append(URLEncoder.encode(
                            PIECES[r.nextInt(PIECES.length)] + (r.nextBoolean() ? " " : ""), StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }

    /** Code points from everywhere, lone surrogates and controls included (encoded as Java's encoder does). */
    private static String randomUnicode(Random r, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int cp = switch (r.nextInt(5)) {
                case 0 -> r.nextInt(0x80);
                case 1 -> 0x3000 + r.nextInt(0x7000);
                case 2 -> r.nextInt(0x110000);
                case 3 -> 0xFF00 + r.nextInt(0xF0);
                default -> 0x2E80 + r.nextInt(0x200);
            };
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** Cases worth sending every run, not only when the dice say so. */
    static List<String> fixed() {
        List<String> out = new ArrayList<>();
        String longAscii = "a".repeat(10_000);
        String longJapanese = URLEncoder.encode("量".repeat(10_000), StandardCharsets.UTF_8);
        out.add("/api/search?q=" + longAscii);
        out.add("/api/search?q=" + longJapanese);
        out.add("/api/export?q=" + longJapanese);
        out.add("/api/search?q=" + URLEncoder.encode("量子 ".repeat(249), StandardCharsets.UTF_8));
        out.add("/api/search?q=" + URLEncoder.encode("(".repeat(200) + "量子" + ")".repeat(200), StandardCharsets.UTF_8));
        out.add("/api/search?q=" + URLEncoder.encode("-".repeat(300) + "量子", StandardCharsets.UTF_8));
        out.add("/api/search?q=" + URLEncoder.encode("\"".repeat(499), StandardCharsets.UTF_8));
        out.add("/api/search?q=" + URLEncoder.encode("OR ".repeat(160), StandardCharsets.UTF_8));
        out.add("/api/search?q=" + URLEncoder.encode("NOT ".repeat(120) + "量子", StandardCharsets.UTF_8));
        out.add("/api/search?q=" + URLEncoder.encode("a OR ".repeat(99) + "b", StandardCharsets.UTF_8));
        out.add("/api/search?q=" + URLEncoder.encode("デジタル化 サーバー室 半導体製造 ".repeat(20), StandardCharsets.UTF_8));
        out.add("/api/search?q=%E9%87%8F%E5%AD%90&q=AI&q=%FF");
        out.add("/api/search?page=2147483647&size=100");
        out.add("/api/search?page=-2147483648");
        out.add("/api/search?size=2147483647");
        out.add("/api/search?page=1&page=2&size=5&size=500");
        out.add("/api/search?q=%");
        out.add("/api/search?q=%E3%81");
        out.add("/api/search?%FF=%FF");
        out.add("/api/search?ministry=" + "x&ministry=".repeat(150) + "y");
        out.add("/api/search?year=" + "2025&year=".repeat(50) + "2026");
        out.add("/api/search?q=%3Cscript%3E&size=100");
        out.add("/api/search?q=%26&size=100");
        out.add("/api/search?q=%22%3Cmark%3E%22");
        out.add("/api/sections/%FF");
        out.add("/api/sections/..%2F..%2Fetc%2Fpasswd");
        out.add("/api/documents/%00");
        out.add("/api/export?format=ndjson&q=%FF");
        return out;
    }
}
