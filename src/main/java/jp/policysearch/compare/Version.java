package jp.policysearch.compare;

import java.util.List;

/**
 * One side of a comparison: a section's passages and notes, as the index stores them.
 *
 * @param id    the section id
 * @param parts the passages in order
 * @param notes footnote bodies and sources
 */
public record Version(String id, List<Part> parts, List<String> notes) {

    public Version {
        parts = List.copyOf(parts);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A passage: its anchor on the section page, its heading (or null) and text. */
    public record Part(String anchor, String heading, String text) {}

    /** The anchor that the section page gives its notes. */
    public static final String NOTES_ANCHOR = "notes";
}
