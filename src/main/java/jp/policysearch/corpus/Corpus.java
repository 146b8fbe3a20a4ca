package jp.policysearch.corpus;

import java.util.List;

/**
 * The corpus as read from {@code corpus/}: the documents that could be read, in manifest order, and every problem
 * met on the way (a document with a problem is left out; the others are all here).
 *
 * @param entries   every valid manifest entry, in manifest order (also those whose file could not be read)
 * @param documents readable documents in manifest order
 * @param problems  problems with the manifest or the files
 */
public record Corpus(List<DocumentInfo> entries, List<CorpusDocument> documents, List<CorpusProblem> problems) {

    public Corpus {
        entries = List.copyOf(entries);
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }
}
