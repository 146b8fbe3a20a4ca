package jp.policysearch.section;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.policysearch.corpus.CorpusDocument;
import jp.policysearch.corpus.CorpusException;
import jp.policysearch.corpus.DocumentInfo;
import jp.policysearch.corpus.DocumentKind;
import jp.policysearch.corpus.DocumentText;
import jp.policysearch.corpus.KindDetector;

/**
 * Picks a new document's kind from its structure: a roadmap when its cards carry the 【目標】【道筋】【政策手段】
 * phase headings, a slide deck when one of the slide-deck styles of {@code kinds/slide-deck.json} matches, a report
 * when the report kind's numbered headings cover it; each only if that kind's parser then reads it without a
 * problem. Anything else is the generic kind, which reads any layout.
 */
public final class KindDetection implements KindDetector {

    private static final Pattern PHASE = Pattern.compile("^\\s*[1-3][.．]\\s?.*【(目標|道筋|政策手段)】\\s*$");
    /** A report parse must put at least this share of the text's lines into sections. */
    static final double REPORT_COVERAGE = 0.8;

    private final Map<DocumentKind, DocumentParser> parsers;

    public KindDetection(Map<DocumentKind, DocumentParser> parsers) {
        this.parsers = Map.copyOf(parsers);
    }

    @Override
    public Detected detect(DocumentInfo draft, DocumentText text) {
        List<String> lines = text.lines();
        long phases = lines.stream().filter(l -> PHASE.matcher(l).matches()).count();
        if (phases >= 3 && parses(DocumentKind.ROADMAP, draft, text) != null) {
            return new Detected(DocumentKind.ROADMAP, "構成から推定（【目標】【道筋】【政策手段】の見出しが" + phases + "か所）");
        }
        if (parses(DocumentKind.SLIDE_DECK, draft, text) != null) {
            return new Detected(DocumentKind.SLIDE_DECK, "構成から推定（既知のスライド資料の体裁）");
        }
        List<Section> report = parses(DocumentKind.REPORT, draft, text);
        if (report != null && report.size() >= 3 && coverage(report, lines) >= REPORT_COVERAGE) {
            return new Detected(DocumentKind.REPORT, "構成から推定（「1.」「1.1.」の番号付き見出しの報告書）");
        }
        return new Detected(DocumentKind.GENERIC, "構成から推定（既知の種類に当てはまらないため、見出しから区切る汎用の種類）");
    }

    private List<Section> parses(DocumentKind kind, DocumentInfo draft, DocumentText text) {
        DocumentParser parser = parsers.get(kind);
        if (parser == null) {
            return null;
        }
        DocumentInfo info = new DocumentInfo(
                draft.id(),
                draft.file(),
                draft.title(),
                draft.ministries(),
                draft.date(),
                draft.year(),
                kind,
                null,
                Map.of(),
                Map.of());
        try {
            List<Section> sections = parser.parse(new CorpusDocument(info, text.lines(), text.pageStarts()));
            return sections.isEmpty() ? null : sections;
        } catch (CorpusException | IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** The share of non-blank lines inside the sections' source ranges. */
    static double coverage(List<Section> sections, List<String> lines) {
        boolean[] in = new boolean[lines.size() + 1];
        for (Section s : sections) {
            for (int n = s.source().lineStart(); n <= Math.min(s.source().lineEnd(), lines.size()); n++) {
                in[n] = true;
            }
        }
        int content = 0;
        int covered = 0;
        for (int n = 1; n <= lines.size(); n++) {
            if (!lines.get(n - 1).isBlank()) {
                content++;
                covered += in[n] ? 1 : 0;
            }
        }
        return content == 0 ? 0 : (double) covered / content;
    }
}
