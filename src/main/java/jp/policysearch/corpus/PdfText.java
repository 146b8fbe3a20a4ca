package jp.policysearch.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a PDF's text layer with PDFBox, page by page, keeping where each page starts. Refuses what cannot be read
 * as text: a password-protected or copy-protected PDF, a damaged file, and a scanned PDF without a text layer.
 */
public final class PdfText {

    /** Fewer printable characters per page than this on average: a scan (perhaps with a stray page number). */
    static final int MIN_CHARS_PER_PAGE = 5;

    private PdfText() {}

    public static DocumentText read(Path file) {
        String name = file.getFileName().toString();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new CorpusException(
                        name,
                        0,
                        "an encrypted PDF that forbids copying its text: ask the issuer"
                                + " for an unprotected copy, or save it without protection and add that");
            }
            List<String> lines = new ArrayList<>();
            List<Integer> pageStarts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("");
            stripper.setParagraphEnd("");
            int printable = 0;
            int pages = pdf.getNumberOfPages();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(pdf);
                pageStarts.add(lines.size() + 1);
                for (String line : TextDecoder.lines(text)) {
                    String clean = unifiedIdeographs(line.stripTrailing());
                    lines.add(clean);
                    printable += (int) clean.codePoints()
                            .filter(c -> !Character.isWhitespace(c))
                            .count();
                }
                // a page's last line break is its end, not an empty line
                while (lines.size() >= pageStarts.getLast() && lines.getLast().isEmpty()) {
                    lines.removeLast();
                }
            }
            if (pages == 0) {
                throw new CorpusException(name, 0, "a PDF without pages: nothing to index");
            }
            if (printable < MIN_CHARS_PER_PAGE * pages) {
                throw new CorpusException(
                        name,
                        0,
                        "a PDF without a text layer (" + pages + " pages, " + printable
                                + " characters of text; a scan?): run OCR on it first (for example ocrmypdf -l jpn)"
                                + " and add the result");
            }
            return new DocumentText(lines, pageStarts, "pdf", null);
        } catch (InvalidPasswordException e) {
            throw new CorpusException(
                    name,
                    0,
                    "an encrypted PDF that needs a password to open: save an unprotected" + " copy and add that");
        } catch (IOException e) {
            throw new CorpusException(
                    name,
                    0,
                    "not a readable PDF (" + e.getMessage() + "): check that the file is"
                            + " complete, or export it again as PDF");
        }
    }

    /**
     * Kangxi radicals and CJK radical supplements as the unified ideographs they look like (⽇本 → 日本), one character
     * for one. Japanese PDFs made by some word processors map common kanji to these code points; left alone, the text
     * looks right but no search finds it.
     */
    static String unifiedIdeographs(String line) {
        StringBuilder b = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 0x2E80 && c <= 0x2FDF) {
                String unified = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                if (unified.length() == 1 && unified.charAt(0) != c) {
                    if (b == null) {
                        b = new StringBuilder(line);
                    }
                    b.setCharAt(i, unified.charAt(0));
                }
            }
        }
        return b == null ? line : b.toString();
    }

    /** True when the bytes start like a PDF ({@code %PDF-}, possibly after a little junk, as readers allow). */
    public static boolean isPdf(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 1024), StandardCharsets.ISO_8859_1);
        return start.contains("%PDF-");
    }
}
