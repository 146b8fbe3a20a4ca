package jp.policysearch.corpus;

import java.util.List;

/** One or more corpus problems; thrown by a parser at the first problem it cannot get past. */
public class CorpusException extends RuntimeException {

    private final List<CorpusProblem> problems;

    public CorpusException(List<CorpusProblem> problems) {
        super(String.join("\n", problems.stream().map(CorpusProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public CorpusException(String file, int line, String message) {
        this(List.of(new CorpusProblem(file, line, message)));
    }

    public List<CorpusProblem> problems() {
        return problems;
    }
}
