package jp.policysearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.policysearch.corpus.DocumentInfo;
import jp.policysearch.corpus.DocumentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnlistedFilesTest {

    @Test
    void a_file_the_manifest_does_not_list_is_reported_and_configuration_files_are_not(@TempDir Path corpus)
            throws IOException {
        for (String name : List.of(
                "manifest.json",
                "areas.json",
                "bodies.json",
                "kinds/report.json",
                "a.txt",
                "forgotten.txt",
                "kinds/notes.txt",
                "sub/b.txt",
                ".DS_Store")) {
            Files.createDirectories(corpus.resolve(name).getParent());
            Files.writeString(corpus.resolve(name), "x");
        }
        DocumentInfo a = new DocumentInfo(
                "a", "a.txt", "A", List.of("内閣府"), null, 2024, DocumentKind.values()[0], null, Map.of());
        assertThat(UnlistedFiles.find(corpus, List.of(a)))
                .containsExactly("forgotten.txt", "kinds/notes.txt", "sub/b.txt");
    }
}
