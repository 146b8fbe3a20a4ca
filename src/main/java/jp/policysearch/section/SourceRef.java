package jp.policysearch.section;

/** Lines of the corpus file a section was read from, 1-based and inclusive. */
public record SourceRef(String file, int lineStart, int lineEnd) {}
