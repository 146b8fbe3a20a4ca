package jp.policysearch.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * First step of the flow: reads the manifest and every document it lists from {@code corpus/} as strict UTF-8.
 * A document that is missing or not UTF-8 becomes a problem; the other documents are still read.
 */
public final class CorpusReader {

    private final ManifestReader manifestReader = new ManifestReader();

    public Corpus read(Path corpusDir) {
        ManifestReader.Result manifest = manifestReader.read(corpusDir.resolve(ManifestReader.MANIFEST));
        List<CorpusProblem> problems = new ArrayList<>(manifest.problems());
        List<CorpusDocument> documents = new ArrayList<>();
        for (int i = 0; i < manifest.entries().size(); i++) {
            DocumentInfo info = manifest.entries().get(i);
            Path file = corpusDir.resolve(info.file());
            if (!Files.isRegularFile(file)) {
                problems.add(new CorpusProblem(ManifestReader.MANIFEST, manifest.lines().get(i),
                        "entry '" + info.id() + "': file '" + info.file() + "' not found in " + corpusDir));
                continue;
            }
            try {
                documents.add(new CorpusDocument(info, readLines(file)));
            } catch (CorpusException e) {
                problems.addAll(e.problems());
            }
        }
        return new Corpus(manifest.entries(), documents, problems);
    }

    /**
     * The file's lines, decoded as strict UTF-8: a malformed byte is a problem naming the file and its line.
     * Lines end at LF; a CR before the LF is dropped; a final line without LF is kept.
     */
    public static List<String> readLines(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CorpusException(name, 0, "cannot read: " + e.getMessage());
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new CorpusException(name, lineOf(bytes, offset), String.format(
                    "not UTF-8: malformed byte 0x%02X at byte offset %d", bytes[offset] & 0xff, offset));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                lines.add(text.substring(start, end));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
