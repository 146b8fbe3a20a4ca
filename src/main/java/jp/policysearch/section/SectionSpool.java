package jp.policysearch.section;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import jp.policysearch.Json;

/**
 * The index documents of a full build parked on disk, one JSON object a line, between parsing and bulk loading: the
 * corpus-wide version grouping needs every section seen before any is written, and this way memory holds only
 * its small keys ({@link SectionGrouper.Groups}) while the documents wait in a temporary file.
 */
public final class SectionSpool implements AutoCloseable {

    private final ObjectMapper json = Json.mapper();
    private final ObjectWriter writer = json.writer();
    private final Path file;
    private BufferedWriter out;
    private BufferedReader in;
    private long written;

    public SectionSpool() {
        try {
            file = Files.createTempFile("policy-search-build-", ".jsonl");
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the build", e);
        }
    }

    /** Parks one document (any value {@link Json#mapper()} writes). */
    public void write(Object document) {
        try {
            out.write(writer.writeValueAsString(document)); // JSON escapes line breaks: one document a line
            out.write('\n');
            written++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the temporary file " + file, e);
        }
    }

    public long size() {
        return written;
    }

    /** The documents in the order written, read as {@code type}; the spool takes no more writes. */
    public <T> Iterator<T> read(Class<T> type) {
        try {
            out.close();
            in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            return new Iterator<>() {
                private String next = in.readLine();

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public T next() {
                    if (next == null) {
                        throw new NoSuchElementException();
                    }
                    try {
                        T node = json.readValue(next, type);
                        next = in.readLine();
                        return node;
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the temporary file " + file, e);
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the temporary file " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
            if (in != null) {
                in.close();
            }
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary file " + file, e);
        }
    }
}
