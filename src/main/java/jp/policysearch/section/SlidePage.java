package jp.policysearch.section;

import java.util.List;
import java.util.Set;

/**
 * One page of a slide deck as a paginator found it, before it becomes a section.
 *
 * @param start      first 1-based line
 * @param end        last 1-based line
 * @param divider    a divider or table-of-contents page (never a section)
 * @param context    breadcrumb parts under the document title (chapter, sub-chapter, field … or part)
 * @param removed    lines that are metadata (breadcrumbs, tags), not text
 * @param titleLine  the line holding the slide title when the paginator knows it, else 0
 */
record SlidePage(int start, int end, boolean divider, List<String> context, Set<Integer> removed, int titleLine) {}
