package jp.policysearch.section;

import java.util.List;
import jp.policysearch.corpus.CorpusDocument;
import jp.policysearch.corpus.DocumentInfo;

/** Splits one document of a known kind into sections. */
public interface DocumentParser {

    /**
     * @param doc   the document's manifest entry
     * @param lines the file's lines, without line terminators; line {@code n} of the file is {@code lines.get(n - 1)}
     * @return the sections in document order
     * @throws jp.policysearch.corpus.CorpusException naming the file and line when the structure does not parse
     */
    List<Section> parse(DocumentInfo doc, List<String> lines);

    /** Splits a document read from the corpus; a parser that uses page boundaries (a PDF's) overrides this. */
    default List<Section> parse(CorpusDocument document) {
        return parse(document.info(), document.lines());
    }
}
