package jp.policysearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions stamped into the build (from pom.xml), so code never repeats them. */
public record BuildInfo(String version, String elasticsearchVersion, String pluginName) {

    public static BuildInfo load() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("/build-info.properties")) {
            if (in == null) {
                throw new IllegalStateException(
                        "build-info.properties missing from the class path; rebuild the project");
            }
            Properties p = new Properties();
            p.load(in);
            return new BuildInfo(
                    p.getProperty("version"), p.getProperty("elasticsearch.version"), p.getProperty("plugin.name"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
