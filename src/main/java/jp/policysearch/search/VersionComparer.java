package jp.policysearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.policysearch.ErrorCode;
import jp.policysearch.compare.Comparison;
import jp.policysearch.compare.FigureChange;
import jp.policysearch.compare.Row;
import jp.policysearch.compare.SectionComparer;
import jp.policysearch.compare.Segment;
import jp.policysearch.compare.Version;
import jp.policysearch.search.ComparisonView.Edit;
import jp.policysearch.search.ComparisonView.Figure;
import jp.policysearch.search.ComparisonView.RowView;
import jp.policysearch.search.ComparisonView.Side;
import jp.policysearch.search.ComparisonView.Summary;
import jp.policysearch.search.SectionView.PassageView;

/**
 * Compares a section with one of its other versions as the index stores them ({@link SectionComparer} does the
 * work): both are read through the alias, and two sections that are not versions of one another are refused.
 */
public final class VersionComparer {

    private final SectionReader reader;
    private final SectionComparer comparer = new SectionComparer();

    public VersionComparer(SectionReader reader) {
        this.reader = reader;
    }

    /** Empty when either id names no section; a 400 when the two are not versions of one another. */
    public Optional<ComparisonView> compare(String id, String otherId) {
        var first = reader.section(id);
        var second = first.isEmpty() ? first : reader.section(otherId);
        if (first.isEmpty() || second.isEmpty()) {
            return Optional.empty();
        }
        SectionView a = first.get();
        SectionView b = second.get();
        if (a.otherVersions().stream().noneMatch(v -> v.id().equals(b.id()))) {
            throw new BadRequestException(ErrorCode.NOT_VERSIONS);
        }
        return Optional.of(view(a, b, comparer.compare(version(a), version(b))));
    }

    /** A section as the comparer reads it. */
    public static Version version(SectionView s) {
        List<Version.Part> parts = new ArrayList<>();
        for (PassageView p : s.passages()) {
            parts.add(new Version.Part(p.anchor(), p.heading(), p.text()));
        }
        return new Version(s.id(), parts, s.notes());
    }

    static ComparisonView view(SectionView a, SectionView b, Comparison c) {
        List<Figure> figures = new ArrayList<>();
        for (FigureChange f : c.figures()) {
            figures.add(new Figure(
                    f.before(),
                    f.after(),
                    f.row(),
                    f.before() == null ? null : link(a, f.beforeAnchor()),
                    f.after() == null ? null : link(b, f.afterAnchor())));
        }
        List<RowView> rows = new ArrayList<>();
        for (Row r : c.rows()) {
            rows.add(new RowView(
                    r.id(),
                    r.kind().name().toLowerCase(Locale.ROOT),
                    segment(a, r.before()),
                    segment(b, r.after()),
                    r.spans().stream()
                            .map(s -> new Edit(s.op().name().toLowerCase(Locale.ROOT), s.text()))
                            .toList()));
        }
        Summary summary = new Summary(
                c.count(Row.Kind.SAME),
                c.count(Row.Kind.CHANGED),
                c.count(Row.Kind.MOVED),
                c.count(Row.Kind.ADDED),
                c.count(Row.Kind.REMOVED),
                c.changedChars());
        return new ComparisonView(side(a), side(b), c.changed(), summary, figures, rows);
    }

    private static Side side(SectionView s) {
        return new Side(s.id(), s.url(), s.title(), s.document());
    }

    private static ComparisonView.Segment segment(SectionView s, Segment segment) {
        if (segment == null) {
            return null;
        }
        return new ComparisonView.Segment(
                segment.anchor(), link(s, segment.anchor()), segment.heading(), segment.text());
    }

    private static String link(SectionView s, String anchor) {
        return s.url() + "#" + anchor;
    }
}
