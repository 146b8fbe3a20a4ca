package jp.policysearch.index;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import jp.policysearch.corpus.DocumentInfo;
import jp.policysearch.corpus.ManifestWriter;

/**
 * The generation of a document's sections in the index: {@code <doc id>@<hash>}, the hash over the document's file
 * and its manifest entry. Every section of one indexing of a document carries it; a changed file or entry gives a
 * new generation, so the old and the new sections of one document can live side by side until the switch.
 */
public final class Generation {

    private Generation() {}

    /** The generation the document's current file and entry give. */
    public static String of(DocumentInfo info, Path corpusDir) {
        return of(info, ContentHash.ofFile(corpusDir.resolve(info.file())));
    }

    /** The generation for a file whose {@link ContentHash#ofFile} is {@code fileHash}. */
    public static String of(DocumentInfo info, String fileHash) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(fileHash.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(ManifestWriter.entry(info).toString().getBytes(StandardCharsets.UTF_8));
            return info.id() + "@" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document id of a generation. */
    public static String document(String generation) {
        int at = generation.lastIndexOf('@');
        return at < 0 ? generation : generation.substring(0, at);
    }

    /** The Elasticsearch {@code _id} of a section of a generation: unique across generations of one document. */
    public static String documentId(String sectionId, String generation) {
        return sectionId + "@" + generation.substring(generation.lastIndexOf('@') + 1);
    }
}
