package jp.policysearch.section;

/**
 * One raw line of a corpus file with its 1-based line number; a gap in the numbers of consecutive lines handed to
 * {@link TextCleaner} counts as a paragraph break (a structural line such as a breadcrumb was taken out there).
 */
public record NumberedLine(int no, String text) {}
