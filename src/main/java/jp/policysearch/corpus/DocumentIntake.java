package jp.policysearch.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns an arbitrary file (PDF, plain text, Markdown) into a corpus document: reads its text (page boundaries kept
 * for a PDF, the encoding of a text detected), and fills in every piece of metadata the person adding it did not
 * give, recording how each was inferred. The {@code add} command and the corpus watcher call it.
 */
public final class DocumentIntake {

    /** A document ready to be written into the corpus and indexed. */
    public record Intake(DocumentInfo info, DocumentText text) {

        /** One line per inferred value, for the CLI and the log: {@code title: … (inferred: 表紙の記載から推定)}. */
        public List<String> inferredSummary() {
            List<String> out = new ArrayList<>();
            info.inferred()
                    .forEach((field, reason) -> out.add(field + ": " + value(field) + " (inferred: " + reason
                            + "; correct with --" + flag(field) + ")"));
            return out;
        }

        private String value(String field) {
            return switch (field) {
                case "title" -> info.title();
                case "issuers" -> info.ministries().isEmpty() ? "(none found)" : String.join(", ", info.ministries());
                case "date" -> String.valueOf(info.date());
                case "year" -> String.valueOf(info.year());
                default -> info.kind().label();
            };
        }

        private static String flag(String field) {
            return switch (field) {
                case "issuers" -> "issuer";
                case "year" -> "date";
                default -> field;
            };
        }
    }

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

    private final MetadataInference inference;
    private final KindDetector kinds;

    public DocumentIntake(BodyVocabulary bodies, KindDetector kinds) {
        this.inference = new MetadataInference(bodies);
        this.kinds = kinds;
    }

    /**
     * Reads {@code file} and builds its manifest entry.
     *
     * @throws CorpusException naming the file: unreadable, empty, binary, a scanned or encrypted PDF, an unknown
     *                         encoding, or an override that is not valid (id, date)
     */
    public Intake read(Path file, IntakeOverrides given) {
        String name = file.getFileName().toString();
        DocumentText text = DocumentReader.read(file);
        if (text.lines().stream().allMatch(String::isBlank)) {
            throw new CorpusException(name, 0, "the file has no text: nothing to index");
        }
        MetadataInference.Result found =
                inference.infer(text.lines(), text.pageStarts(), text.format().equals("markdown"));
        Map<String, String> inferred = new LinkedHashMap<>();

        String title = given.title();
        if (title == null || title.isBlank()) {
            title = found.title();
            if (title == null) {
                title = stem(name);
                inferred.put("title", "文書中に題名が見つからず、ファイル名から");
            } else {
                inferred.put("title", found.reasons().get("title"));
            }
        }
        List<String> issuers = given.issuers();
        if (issuers.isEmpty()) {
            issuers = found.issuers();
            inferred.put(
                    "issuers",
                    issuers.isEmpty()
                            ? "作成者の記載が見つからない（--issuer で指定してください）"
                            : found.reasons().get("issuers"));
        }
        String date = given.date();
        int year;
        if (date != null) {
            var m = DATE.matcher(date);
            if (!m.matches() || Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(2)) > 12) {
                throw new CorpusException(name, 0, "--date '" + date + "' must be yyyy-mm or yyyy-mm-dd");
            }
            year = Integer.parseInt(m.group(1));
        } else {
            date = found.date();
            if (date != null) {
                inferred.put("date", found.reasons().get("date"));
            }
            if (found.year() != null) {
                year = found.year();
                inferred.put("year", found.reasons().get("year"));
            } else {
                year = modifiedYear(file);
                inferred.put("year", "日付の記載がなく、ファイルの更新日時から推定");
            }
        }
        String id = given.id();
        if (id == null) {
            id = slug(name, year, text);
        } else if (!ID.matcher(id).matches()) {
            throw new CorpusException(
                    name, 0, "--id '" + id + "' must be a lower-case ASCII slug (a-z, 0-9, single" + " hyphens)");
        }
        DocumentKind kind = given.kind();
        DocumentInfo draft =
                new DocumentInfo(id, name, title, issuers, date, year, DocumentKind.GENERIC, null, Map.of(), inferred);
        if (kind == null) {
            KindDetector.Detected detected = kinds.detect(draft, text);
            kind = detected.kind();
            inferred.put("kind", detected.reason());
        }
        return new Intake(new DocumentInfo(id, name, title, issuers, date, year, kind, null, Map.of(), inferred), text);
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The file name as a slug when it has letters in it, else {@code doc-<year>-<hash>}. */
    static String slug(String name, int year, DocumentText text) {
        String slug = stem(name)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.chars().anyMatch(Character::isLetter) && slug.length() <= 60) {
            return slug;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", text.lines()).getBytes(StandardCharsets.UTF_8));
            return "doc-" + year + "-" + HexFormat.of().formatHex(digest).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int modifiedYear(Path file) {
        try {
            return Files.getLastModifiedTime(file)
                    .toInstant()
                    .atZone(ZoneOffset.UTC)
                    .getYear();
        } catch (IOException e) {
            throw new CorpusException(file.getFileName().toString(), 0, "cannot read: " + e.getMessage());
        }
    }
}
