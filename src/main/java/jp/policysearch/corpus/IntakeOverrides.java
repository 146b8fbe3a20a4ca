package jp.policysearch.corpus;

import java.util.List;

/**
 * What a person says about a document being added ({@code add --id --title --issuer --date --kind}); null or empty
 * where they said nothing, and the value is then inferred.
 *
 * @param id      the document id (an ASCII slug)
 * @param title   the title
 * @param issuers the issuing bodies
 * @param date    {@code yyyy-mm} or {@code yyyy-mm-dd}
 * @param kind    the document kind
 */
public record IntakeOverrides(String id, String title, List<String> issuers, String date, DocumentKind kind) {

    /** Nothing given: everything is inferred. */
    public static final IntakeOverrides NONE = new IntakeOverrides(null, null, List.of(), null, null);

    public IntakeOverrides {
        issuers = issuers == null ? List.of() : List.copyOf(issuers);
    }
}
