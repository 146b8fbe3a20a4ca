package jp.policysearch.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.policysearch.search.ComparisonView;
import jp.policysearch.search.DocumentComparisonView;
import jp.policysearch.search.SearchResult.DocumentRef;

/** Turns a comparison of two sections, or of two documents, into its page's model. */
final class ComparePageBuilder {

    private static final Map<String, String> KINDS =
            Map.of("same", "同じ", "changed", "変更", "moved", "移動", "added", "追加", "removed", "削除");
    static final String NONE = "（なし）";

    ComparePage section(ComparisonView c) {
        List<ComparePage.FigureLine> figures = new ArrayList<>();
        for (ComparisonView.Figure f : c.figures()) {
            figures.add(new ComparePage.FigureLine(
                    f.before() == null ? NONE : f.before(),
                    f.after() == null ? NONE : f.after(),
                    "#" + f.row(),
                    f.beforeUrl(),
                    f.afterUrl()));
        }
        List<ComparePage.RowLine> rows = new ArrayList<>();
        for (ComparisonView.RowView r : c.rows()) {
            rows.add(new ComparePage.RowLine(
                    r.id(),
                    r.kind(),
                    KINDS.get(r.kind()),
                    r.before() == null ? null : r.before().url(),
                    r.after() == null ? null : r.after().url(),
                    r.edits().stream()
                            .map(e -> new ComparePage.Piece(e.op(), e.text()))
                            .toList()));
        }
        ComparisonView.Summary s = c.summary();
        String summary = c.changed()
                ? "変更 " + s.changed() + "行・移動 " + s.moved() + "行・追加 " + s.added() + "行・削除 " + s.removed() + "行・同じ "
                        + s.same() + "行（数値の違い " + c.figures().size() + "件）"
                : "2つの版の本文は同じです（全角・半角の違いのみ、または違いなし）。";
        return new ComparePage(
                "版の比較: " + c.first().title(),
                side(c.first().document(), c.first().title(), c.first().url()),
                side(c.second().document(), c.second().title(), c.second().url()),
                c.changed(),
                summary,
                figures,
                rows,
                ComparePath.section(c.second().id(), c.first().id()),
                ComparePath.document(
                        c.first().document().id(), c.second().document().id()));
    }

    DocumentComparePage document(DocumentComparisonView c) {
        List<DocumentComparePage.Changed> changed = new ArrayList<>();
        for (DocumentComparisonView.Pair p : c.changed()) {
            changed.add(new DocumentComparePage.Changed(
                    p.title(),
                    crumbs(p.breadcrumb()),
                    p.changedFigures(),
                    p.changedChars(),
                    "追加 " + p.addedLines() + "行・削除 " + p.removedLines() + "行",
                    p.compareUrl()));
        }
        return new DocumentComparePage(
                "文書の比較: " + c.first().title() + " と " + c.second().title(),
                side(c.first(), c.first().title(), Urls.document(c.first().id())),
                side(c.second(), c.second().title(), Urls.document(c.second().id())),
                changed,
                c.unchanged().stream()
                        .map(p -> new SearchPage.Link(p.title(), p.compareUrl()))
                        .toList(),
                parts(c.onlyFirst()),
                parts(c.onlySecond()),
                ComparePath.document(c.second().id(), c.first().id()),
                ComparePath.documentApi(c.first().id(), c.second().id()));
    }

    private static ComparePage.Side side(DocumentRef doc, String title, String url) {
        return new ComparePage.Side(doc.title() + "（" + Labels.date(doc) + "）", title, url);
    }

    private static String crumbs(List<String> breadcrumb) {
        return breadcrumb.size() > 2 ? String.join(" › ", breadcrumb.subList(1, breadcrumb.size() - 1)) : "";
    }

    private static List<DocumentComparePage.Part> parts(List<DocumentComparisonView.Part> parts) {
        return parts.stream()
                .map(p -> new DocumentComparePage.Part(
                        p.label().isEmpty() ? "（章なし）" : p.label(),
                        p.whole(),
                        p.sections().stream()
                                .map(s -> new SearchPage.Link(s.title(), s.url()))
                                .toList()))
                .toList();
    }
}
