package jp.policysearch.section;

/**
 * A run of corpus lines rejoined into one clean paragraph by {@link TextCleaner}.
 *
 * @param lineStart first 1-based file line it was read from
 * @param lineEnd   last 1-based file line it was read from
 * @param text      clean text (one line; never empty)
 */
public record Paragraph(int lineStart, int lineEnd, String text) {}
