package jp.policysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.policysearch.testsupport.TestCluster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/policy-search} choosing its JDK, run by bash on a copy of the launcher in a built-looking project (no
 * build runs) with fake JDKs whose {@code java} prints how it was called: JAVA_HOME when it is a JDK 21+, else the
 * newest JDK 21+ of the JVM folder, and a clear refusal naming both when there is none.
 */
class LauncherTest {

    @TempDir
    Path tmp;

    private Path project;
    private Path jvms;

    @BeforeEach
    void setUp() throws IOException {
        project = Files.createDirectories(tmp.resolve("project"));
        Path bin = Files.createDirectories(project.resolve("bin"));
        Files.copy(TestCluster.projectDir().resolve("bin/policy-search"), bin.resolve("policy-search"));
        // built, and nothing changed since: the launcher goes straight to java
        Path target = Files.createDirectories(project.resolve("target"));
        Files.writeString(target.resolve("classpath.txt"), "deps.jar");
        Path stamp = Files.writeString(target.resolve(".built"), "");
        FileTime before = FileTime.fromMillis(Files.getLastModifiedTime(stamp).toMillis() - TimeUnit.HOURS.toMillis(1));
        Files.setLastModifiedTime(Files.writeString(project.resolve("pom.xml"), "<project/>"), before);
        Files.setLastModifiedTime(Files.createDirectories(project.resolve("src")), before);
        jvms = Files.createDirectories(tmp.resolve("jvm"));
    }

    /** A fake JDK (or, without javac, JRE) that reports {@code version} and prints what it was asked to run. */
    private Path jdk(String name, String version, boolean javac) throws IOException {
        Path bin = Files.createDirectories(jvms.resolve(name).resolve("bin"));
        script(
                bin.resolve("java"),
                "if [ \"$1\" = -version ]; then echo 'openjdk version \"" + version + "\" 2025-01-01' >&2; exit 0; fi\n"
                        + "echo \"ran $0 $*\"\n");
        if (javac) {
            script(bin.resolve("javac"), "exit 0\n");
        }
        return jvms.resolve(name);
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Run(int exit, String out, String err) {}

    private Run launch(String javaHome, String... args) throws Exception {
        List<String> command = new ArrayList<>(
                List.of("bash", project.resolve("bin/policy-search").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.remove("JAVA_HOME");
        env.remove("POLICY_SEARCH_JAVA_OPTS");
        if (javaHome != null) {
            env.put("JAVA_HOME", javaHome);
        }
        env.put("POLICY_SEARCH_JVM_DIR", jvms.toString());
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process p =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        return new Run(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void without_java_home_the_newest_jdk_21_or_later_is_used_and_a_jre_or_an_older_jdk_is_not() throws Exception {
        jdk("jdk-17", "17.0.9", true);
        jdk("jdk-21", "21.0.5", true);
        Path newest = jdk("jdk-25", "25.0.1", true);
        jdk("jre-26", "26", false);

        Run run = launch(null, "es", "status");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith("ran " + newest.resolve("bin/java") + " ")
                .contains("-Dpolicysearch.project.dir=" + project)
                .contains("-cp target/classes:deps.jar")
                .endsWith("jp.policysearch.cli.Main es status\n");
    }

    @Test
    void index_add_and_remove_get_a_fixed_heap_and_the_serial_collector_and_serve_does_not() throws Exception {
        Path jdk = jdk("jdk-25", "25.0.1", true);

        for (String command : List.of("index", "add", "remove")) {
            Run run = launch(jdk.toString(), command);
            assertThat(run.out()).as(command).contains(" -XX:+UseSerialGC -Xmx128m -Xmn48m ");
        }
        assertThat(launch(jdk.toString(), "serve").out()).doesNotContain("-Xmx");
    }

    @Test
    void a_java_home_of_21_or_later_wins_over_a_newer_jdk_in_the_folder() throws Exception {
        Path chosen = jdk("jdk-21", "21.0.5", true);
        jdk("jdk-25", "25.0.1", true);

        Run run = launch(chosen.toString(), "serve");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("ran " + chosen.resolve("bin/java") + " ");
    }

    @Test
    void a_java_home_older_than_21_is_passed_over() throws Exception {
        Path old = jdk("jdk-17", "17.0.9", true);
        Path usable = jdk("jdk-21", "21.0.5", true);

        Run run = launch(old.toString(), "serve");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("ran " + usable.resolve("bin/java") + " ");
    }

    @Test
    void with_no_jdk_21_anywhere_it_refuses_and_says_what_it_looked_at_and_what_to_install() throws Exception {
        Path old = jdk("jdk-17", "17.0.9", true);
        jdk("jre-25", "25.0.1", false);

        Run run = launch(old.toString(), "serve");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).as("nothing was run").isEmpty();
        assertThat(run.err())
                .contains("needs a JDK 21 or newer, and found none")
                .contains("JAVA_HOME=" + old)
                .contains("nothing suitable under " + jvms)
                .contains("set JAVA_HOME");
    }
}
