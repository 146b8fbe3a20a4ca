package jp.policysearch.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads any corpus file into {@link DocumentText}: a PDF through {@link PdfText}, anything else as text in the
 * encoding {@link TextDecoder} detects. A form feed in a text file (as {@code pdftotext} writes between pages) is a
 * page boundary.
 */
public final class DocumentReader {

    private DocumentReader() {}

    public static DocumentText read(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new CorpusException(name, 0, "not found or not a regular file: " + file);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CorpusException(name, 0, "cannot read: " + e.getMessage());
        }
        if (PdfText.isPdf(bytes)) {
            return PdfText.read(file);
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw new CorpusException(name, 0, "named .pdf but not a PDF (no %PDF- header): check the file");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(name, bytes);
        String text = decoded.text().startsWith("\uFEFF") ? decoded.text().substring(1) : decoded.text();
        List<String> lines = TextDecoder.lines(text);
        List<Integer> pageStarts = new ArrayList<>();
        if (text.indexOf('\f') >= 0) {
            pageStarts.add(1);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.indexOf('\f') >= 0) {
                    if (i > 0 || line.indexOf('\f') > 0) {
                        pageStarts.add(i + 1);
                    }
                    lines.set(i, line.replace("\f", ""));
                }
            }
        }
        return new DocumentText(
                lines,
                pageStarts,
                isMarkdown(name, lines) ? "markdown" : "text",
                decoded.charset().name());
    }

    /** A {@code .md} file, or text with at least two ATX headings ({@code # …}) and one at the top level. */
    public static boolean isMarkdown(String name, List<String> lines) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return true;
        }
        long headings = lines.stream().filter(l -> l.matches("#{1,6}\\s+\\S.*")).count();
        return headings >= 2 && lines.stream().anyMatch(l -> l.matches("#{1,2}\\s+\\S.*"));
    }
}
