package jp.policysearch.compare;

/** A piece of an aligned pair's text: the same in both, only in the first (deleted) or only in the second. */
public record Span(Op op, String text) {

    public enum Op {
        EQUAL,
        DELETE,
        INSERT
    }
}
