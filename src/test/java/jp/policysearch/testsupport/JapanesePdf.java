package jp.policysearch.testsupport;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes PDFs with Japanese text for tests, with PDFBox and a Japanese TrueType font from a Debian package
 * ({@code fonts-ipafont-gothic}, which {@code .ci/run} installs). Without such a font the test fails saying what to
 * install; it never skips.
 */
public final class JapanesePdf {

    /** Font files tried first, then any IPA / Takao / VL / Noto Sans JP TrueType file under the font folders. */
    private static final List<String> KNOWN = List.of(
            "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
            "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
            "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
            "/usr/share/fonts/truetype/takao-gothic/TakaoGothic.ttf",
            "/usr/share/fonts/truetype/vlgothic/VL-Gothic-Regular.ttf");

    private static final List<String> FONT_DIRS = List.of("/usr/share/fonts", "/usr/local/share/fonts");

    private JapanesePdf() {}

    /** The path of a TrueType font with Japanese glyphs. */
    public static Path font() {
        for (String known : KNOWN) {
            Path p = Path.of(known);
            if (Files.isReadable(p)) {
                return p;
            }
        }
        for (String dir : FONT_DIRS) {
            if (!Files.isDirectory(Path.of(dir))) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                var found = walk.filter(p -> p.getFileName()
                                .toString()
                                .matches("(?i)(ipa.*g|takao.*gothic|vl-gothic|" + "notosansjp|notosanscjkjp).*\\.ttf"))
                        .min(Comparator.naturalOrder());
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new AssertionError("No Japanese TrueType font found (looked for " + KNOWN.getFirst() + " and IPA, Takao,"
                + " VL or Noto Sans JP .ttf files under " + FONT_DIRS + "). Install the Debian package"
                + " fonts-ipafont-gothic (.ci/run does this as root): apt-get install fonts-ipafont-gothic");
    }

    /**
     * Writes one page per list of lines, top to bottom.
     *
     * @param landscape A4 landscape (slides) instead of A4 portrait
     */
    public static Path write(Path file, List<List<String>> pages, boolean landscape) {
        return write(file, pages, landscape, null);
    }

    /** As {@link #write(Path, List, boolean)}, protected by {@code userPassword} when not null. */
    public static Path write(Path file, List<List<String>> pages, boolean landscape, String userPassword) {
        try (PDDocument pdf = new PDDocument()) {
            PDType0Font font = PDType0Font.load(pdf, font().toFile());
            PDRectangle size =
                    landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
            for (List<String> lines : pages) {
                PDPage page = new PDPage(size);
                pdf.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                    float y = size.getHeight() - 50;
                    for (String line : lines) {
                        if (!line.isEmpty()) {
                            out.beginText();
                            out.setFont(font, 11);
                            out.newLineAtOffset(50, y);
                            out.showText(printable(font, line));
                            out.endText();
                        }
                        y -= 16;
                    }
                }
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                pdf.protect(policy);
            }
            pdf.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line with tabs as spaces and any character the font has no glyph for as 〓 (the geta mark). */
    private static String printable(PDType0Font font, String line) {
        StringBuilder b = new StringBuilder();
        line.replace('\t', ' ').codePoints().forEach(c -> {
            String ch = new String(Character.toChars(c));
            try {
                font.encode(ch);
                b.append(ch);
            } catch (IllegalArgumentException | IOException e) {
                b.append('〓');
            }
        });
        return b.toString();
    }

    /** A scanned document: pages that carry only an image, no text layer. */
    public static Path writeScan(Path file, int pages) {
        try (PDDocument pdf = new PDDocument()) {
            BufferedImage image = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            for (int x = 20; x < 180; x++) {
                image.setRGB(x, 40 + x % 7, 0xffffff);
            }
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                PDImageXObject xobject = LosslessFactory.createFromImage(pdf, image);
                try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                    out.drawImage(xobject, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            pdf.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
