package jp.policysearch.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The zip the package phase built (integration tests run after it, so it is always there) installs as a plugin. */
class PluginZipIT {

    @Test
    void built_plugin_zip_has_no_problems() throws IOException {
        List<Path> zips;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            zips = files.filter(f -> f.getFileName().toString().matches("policy-analysis-.*\\.zip"))
                    .toList();
        }
        assertThat(zips).as("plugin zips in target/").hasSize(1);
        assertThat(PluginZipVerifier.problems(zips.get(0))).isEmpty();
    }
}
