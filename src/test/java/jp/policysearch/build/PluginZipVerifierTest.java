package jp.policysearch.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginZipVerifierTest {

    private static final String DESCRIPTOR = """
            name=policy-analysis
            description=test
            version=0.1.0
            elasticsearch.version=9.5.3
            java.version=21
            """;

    @TempDir
    Path dir;

    @Test
    void well_formed_zip_has_no_problems() throws IOException {
        assertThat(PluginZipVerifier.problems(zip(goodEntries()))).isEmpty();
    }

    @Test
    void bundled_lucene_core_and_missing_kuromoji_are_reported() throws IOException {
        Map<String, byte[]> entries = goodEntries();
        entries.remove("lucene-analysis-kuromoji-10.5.0.jar");
        entries.put("lucene-core-10.5.1.jar", new byte[] {1});
        assertThat(PluginZipVerifier.problems(zip(entries)))
                .containsExactlyInAnyOrder(
                        "bundles a jar the node provides: lucene-core-10.5.1.jar",
                        "missing lucene-analysis-kuromoji jar");
    }

    @Test
    void classname_and_unfiltered_values_in_the_descriptor_are_reported() throws IOException {
        assertThat(PluginZipVerifier.descriptorProblems(
                        DESCRIPTOR.replace("0.1.0", "${project.version}") + "classname=x.Y\n"))
                .hasSize(2);
    }

    private Map<String, byte[]> goodEntries() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("stable-plugin-descriptor.properties", DESCRIPTOR.getBytes(StandardCharsets.UTF_8));
        entries.put("named_components.json", "{}".getBytes(StandardCharsets.UTF_8));
        entries.put(
                "policy-analysis-0.1.0.jar",
                jar(Map.of(
                        "jp/policysearch/analysis/TextNormalizer.class", new byte[] {1},
                        "jp/policysearch/analysis/variants.tsv", new byte[] {1})));
        entries.put("lucene-analysis-kuromoji-10.5.0.jar", new byte[] {1});
        return entries;
    }

    private Path zip(Map<String, byte[]> entries) throws IOException {
        Path zip = dir.resolve("plugin.zip");
        Files.write(zip, jar(entries));
        return zip;
    }

    private static byte[] jar(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
