package jp.policysearch.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.policysearch.Json;
import jp.policysearch.search.SectionView;

/**
 * Citations of a section: the Japanese 出典 line shown on its page, CSL-JSON (for Zotero and citeproc) and BibTeX.
 * {@code url} is the section's absolute permalink.
 */
final class CitationFormatter {

    private static final Map<String, String> FIELD_NAMES =
            Map.of("title", "表題", "issuers", "発行者", "date", "発行日", "year", "発行年", "kind", "資料の種類");

    private final LocalDate today;

    CitationFormatter(LocalDate today) {
        this.today = today;
    }

    /** 『{document}』（{ministries}、{date or year}）{card}・{phase} {url}; other sections name their title. */
    String line(SectionView s, String url) {
        return Citation.line(
                s.document().title(),
                s.ministries(),
                s.document().date(),
                s.document().year(),
                s.card(),
                s.phase(),
                s.title(),
                url,
                s.document().inferred(),
                s.pageFirst(),
                s.pageLast());
    }

    static String fieldName(String field) {
        return FIELD_NAMES.getOrDefault(field, field);
    }

    /** 「推定：発行者（理由）、発行年（理由）」 for notes, or empty when nothing was inferred. */
    static String inferredNote(SectionView s) {
        List<String> parts = new ArrayList<>();
        s.document()
                .inferred()
                .forEach((field, reason) -> parts.add(FIELD_NAMES.getOrDefault(field, field) + "（" + reason + "）"));
        return parts.isEmpty() ? "" : "推定：" + String.join("、", parts);
    }

    private static String part(SectionView s) {
        if (s.card() != null && s.phase() != null) {
            return s.card() + "・" + s.phase();
        }
        return s.title();
    }

    String cslJson(SectionView s, String url) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", s.id());
        item.put("type", "report");
        item.put("title", part(s));
        item.put("container-title", s.document().title());
        item.put(
                "author", s.ministries().stream().map(m -> Map.of("literal", m)).toList());
        item.put("publisher", Labels.ministries(s.ministries()));
        item.put("issued", Map.of("date-parts", List.of(dateParts(s))));
        item.put(
                "accessed",
                Map.of("date-parts", List.of(List.of(today.getYear(), today.getMonthValue(), today.getDayOfMonth()))));
        if (s.pageFirst() != null) {
            item.put("page", pages(s, "-"));
        }
        item.put("URL", url);
        item.put("language", "ja");
        String inferred = inferredNote(s);
        item.put(
                "note",
                "出典ファイル " + s.source().file() + " " + s.source().lineStart() + "–"
                        + s.source().lineEnd() + "行" + (inferred.isEmpty() ? "" : "。" + inferred));
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(List.of(item));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    String bibtex(SectionView s, String url) {
        List<Integer> date = dateParts(s);
        StringBuilder out = new StringBuilder("@misc{")
                .append(s.id().replaceAll("[^A-Za-z0-9]+", "_"))
                .append(",\n");
        field(out, "title", part(s));
        rawField(
                out,
                "author",
                String.join(
                        " and ",
                        s.ministries().stream().map(m -> "{" + bib(m) + "}").toList()));
        field(
                out,
                "howpublished",
                s.document().inferred().containsKey("title")
                        ? "［" + s.document().title() + "］（推定）"
                        : "『" + s.document().title() + "』");
        field(out, "year", String.valueOf(date.get(0)));
        if (date.size() > 1) {
            field(out, "month", String.valueOf(date.get(1)));
        }
        if (s.pageFirst() != null) {
            field(out, "pages", pages(s, "--"));
        }
        field(out, "url", url);
        field(out, "urldate", today.toString());
        field(out, "language", "japanese");
        String inferred = inferredNote(s);
        field(
                out,
                "note",
                "出典ファイル " + s.source().file() + " " + s.source().lineStart() + "--"
                        + s.source().lineEnd() + "行" + (inferred.isEmpty() ? "" : "。" + inferred));
        out.setLength(out.length() - 2);
        return out.append("\n}\n").toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        rawField(out, name, bib(value));
    }

    private static void rawField(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** BibTeX's special characters; braces would unbalance the field, so they are escaped too. */
    private static String bib(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '%', '&', '#', '_', '$' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code 12}, or {@code 12-14} with {@code dash} between the first and the last page. */
    private static String pages(SectionView s, String dash) {
        Integer last = s.pageLast();
        return last == null || last.equals(s.pageFirst()) ? s.pageFirst().toString() : s.pageFirst() + dash + last;
    }

    private static List<Integer> dateParts(SectionView s) {
        List<Integer> parts = new ArrayList<>();
        String date = s.document().date();
        if (date != null && date.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
            for (String p : date.split("-")) {
                parts.add(Integer.parseInt(p));
            }
        } else {
            parts.add(s.year());
        }
        return parts;
    }
}
