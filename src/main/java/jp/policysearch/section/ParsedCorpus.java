package jp.policysearch.section;

import java.util.List;
import jp.policysearch.corpus.CorpusProblem;
import jp.policysearch.corpus.DocumentInfo;

/**
 * The corpus split into sections: what the indexer loads and the {@code sections} command prints.
 *
 * @param documents every valid manifest entry, in manifest order
 * @param sections  the sections of every document that parsed, in manifest and document order
 * @param problems  every problem met, from the manifest, the files and the parsers
 */
public record ParsedCorpus(List<DocumentInfo> documents, List<Section> sections, List<CorpusProblem> problems) {

    public ParsedCorpus {
        documents = List.copyOf(documents);
        sections = List.copyOf(sections);
        problems = List.copyOf(problems);
    }
}
