package jp.policysearch.search;

import java.util.List;

/** The parsed shape of a user's query: literal terms and phrases combined with AND, OR and NOT. */
public sealed interface QueryNode {

    /** A word or a quoted phrase, normalized; {@code phrase} marks text the user quoted. */
    record Term(String text, boolean phrase) implements QueryNode {}

    /** Every child must match. */
    record All(List<QueryNode> children) implements QueryNode {}

    /** At least one child must match. */
    record Any(List<QueryNode> children) implements QueryNode {}

    /** The child must not match. */
    record Not(QueryNode child) implements QueryNode {}
}
