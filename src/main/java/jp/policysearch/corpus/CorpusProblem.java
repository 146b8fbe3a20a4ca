package jp.policysearch.corpus;

/**
 * Something wrong with the corpus, located where a person can fix it.
 *
 * @param file    the file (corpus document or manifest) the problem is in
 * @param line    1-based line number, or 0 when the problem concerns the whole file
 * @param message what is wrong, in English
 */
public record CorpusProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
