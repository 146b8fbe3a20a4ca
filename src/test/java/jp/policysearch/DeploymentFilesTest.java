package jp.policysearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import jp.policysearch.testsupport.TestCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * docker-compose.yml and the Dockerfiles, read as data (there is no Docker engine to run them here): versions agree
 * with pom.xml, only the app is published, the app runs as a non-root user, the plugin zip copied is the one the
 * build makes, and security, health checks, the data volume and memory limits are in place.
 */
class DeploymentFilesTest {

    private static Path project;
    private static JsonNode compose;
    private static JsonNode elasticsearch;
    private static JsonNode app;
    private static Document pom;
    private static List<String> esDockerfile;
    private static List<String> appDockerfile;

    @BeforeAll
    static void read() throws Exception {
        project = TestCluster.projectDir();
        compose =
                new YAMLMapper().readTree(project.resolve("docker-compose.yml").toFile());
        elasticsearch = compose.path("services").path("elasticsearch");
        app = compose.path("services").path("app");
        pom = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(project.resolve("pom.xml").toFile());
        esDockerfile = instructions(
                project.resolve(elasticsearch.path("build").path("dockerfile").asText()));
        appDockerfile = instructions(
                project.resolve(app.path("build").path("dockerfile").asText()));
    }

    @Test
    void the_elasticsearch_version_everywhere_is_the_one_in_pom_xml() {
        String version = pomProperty("elasticsearch.version");
        assertThat(version).isEqualTo("9.5.3");
        assertThat(elasticsearch.path("build").path("args").path("ES_VERSION").asText())
                .isEqualTo(version);
        assertThat(elasticsearch.path("image").asText()).endsWith(":" + version);
        assertThat(esDockerfile).contains("ARG ES_VERSION=" + version);
        assertThat(esDockerfile).contains("FROM docker.elastic.co/elasticsearch/elasticsearch:${ES_VERSION}");
    }

    @Test
    void the_plugin_zip_the_dockerfile_installs_is_the_one_the_build_makes() {
        String projectVersion = pomText("version");
        assertThat(elasticsearch.path("build").path("args").path("APP_VERSION").asText())
                .isEqualTo(projectVersion);
        assertThat(esDockerfile).contains("ARG APP_VERSION=" + projectVersion);
        String assemblyName = resolve(
                        assemblyFinalName(),
                        Map.of("plugin.name", pomProperty("plugin.name"), "project.version", projectVersion))
                + ".zip";
        assertThat(assemblyName).isEqualTo("policy-analysis-" + projectVersion + ".zip");

        String copy = only(esDockerfile, "COPY --from=build ");
        String source = resolve(copy.split(" ")[2], Map.of("APP_VERSION", projectVersion));
        assertThat(source).isEqualTo("/src/target/" + assemblyName);
        String installed = copy.split(" ")[3];
        assertThat(only(esDockerfile, "RUN bin/elasticsearch-plugin install"))
                .startsWith("RUN bin/elasticsearch-plugin install --batch file://" + installed + " ");
    }

    @Test
    void only_the_app_is_published_on_port_7070() {
        assertThat(elasticsearch.has("ports"))
                .as("elasticsearch must not publish ports")
                .isFalse();
        assertThat(elasticsearch.has("network_mode")).isFalse();
        List<String> ports = new ArrayList<>();
        app.path("ports").forEach(p -> ports.add(p.asText()));
        assertThat(ports).hasSize(1);
        assertThat(ports.get(0)).endsWith(":7070").matches("\\$\\{APP_PORT:-7070\\}:7070");
        assertThat(app.path("environment").path("PORT").asText()).isEqualTo("7070");
        assertThat(appDockerfile).contains("EXPOSE 7070");
    }

    @Test
    void the_app_image_builds_on_a_jdk_21_and_runs_on_a_jre_21_as_a_non_root_user() {
        List<String> froms = all(appDockerfile, "FROM ");
        assertThat(froms).containsExactly("FROM eclipse-temurin:21-jdk AS build", "FROM eclipse-temurin:21-jre");
        List<String> users = all(appDockerfile, "USER ");
        assertThat(users).hasSize(1);
        String user = users.get(0).substring("USER ".length()).strip();
        assertThat(user).isNotIn("root", "0", "0:0");
        assertThat(appDockerfile.indexOf(users.get(0))).isGreaterThan(appDockerfile.indexOf(froms.get(1)));
        assertThat(only(appDockerfile, "RUN apt-get update"))
                .contains("useradd --system --uid 10001 --user-group")
                .contains(" " + user);
        assertThat(only(appDockerfile, "CMD ")).isEqualTo("CMD [\"serve\"]");
    }

    @Test
    void both_images_build_with_the_same_stage_so_the_build_runs_once() {
        assertThat(buildStage(esDockerfile)).isEqualTo(buildStage(appDockerfile));
        assertThat(only(appDockerfile, "RUN --mount"))
                .contains("./mvnw -B -ntp package -DskipTests -Dlocal-node.skip=true");
        assertThat(pomProperty("local-node.skip")).isEqualTo("false");
    }

    @Test
    void security_is_on_and_the_app_signs_in_with_the_secret() {
        JsonNode esEnv = elasticsearch.path("environment");
        assertThat(esEnv.path("xpack.security.enabled").asText()).isEqualTo("true");
        assertThat(esEnv.path("ELASTIC_PASSWORD_FILE").asText()).isEqualTo("/run/secrets/elastic_password");
        JsonNode appEnv = app.path("environment");
        assertThat(appEnv.path("ES_URL").asText()).isEqualTo("http://elasticsearch:9200");
        assertThat(appEnv.path("ES_USERNAME").asText()).isEqualTo("elastic");
        assertThat(appEnv.path("ES_PASSWORD_FILE").asText()).isEqualTo("/run/secrets/elastic_password");
        assertThat(elasticsearch.path("secrets").get(0).asText()).isEqualTo("elastic_password");
        assertThat(app.path("secrets").get(0).asText()).isEqualTo("elastic_password");
        assertThat(compose.path("secrets")
                        .path("elastic_password")
                        .path("environment")
                        .asText())
                .isEqualTo("ELASTIC_PASSWORD");
    }

    @Test
    void both_services_have_health_checks_and_the_app_waits_for_a_healthy_elasticsearch() {
        assertThat(elasticsearch.path("healthcheck").path("test").toString()).contains("_cluster/health");
        assertThat(app.path("healthcheck").path("test").toString()).contains("/readyz");
        assertThat(app.path("depends_on")
                        .path("elasticsearch")
                        .path("condition")
                        .asText())
                .isEqualTo("service_healthy");
        assertThat(appDockerfile).anyMatch(line -> line.startsWith("HEALTHCHECK ") && line.contains("/healthz"));
    }

    @Test
    void elasticsearch_data_lives_in_a_named_volume() {
        assertThat(elasticsearch.path("volumes").get(0).asText()).isEqualTo("es-data:/usr/share/elasticsearch/data");
        assertThat(compose.path("volumes").has("es-data")).isTrue();
    }

    @Test
    void memory_limits_and_the_elasticsearch_heap_come_from_the_environment() {
        assertThat(elasticsearch.path("mem_limit").asText()).isEqualTo("${ES_MEMORY_LIMIT:-2g}");
        assertThat(app.path("mem_limit").asText()).isEqualTo("${APP_MEMORY_LIMIT:-768m}");
        assertThat(elasticsearch.path("environment").path("ES_JAVA_OPTS").asText())
                .isEqualTo("-Xms${ES_HEAP:-1g} -Xmx${ES_HEAP:-1g}");
    }

    @Test
    void the_build_context_leaves_out_build_output_and_local_data() throws IOException {
        assertThat(Files.readAllLines(project.resolve(".dockerignore"))).contains("target/", "data/", ".git/");
    }

    /** Dockerfile instructions, continuation lines joined, comments and blank lines dropped. */
    private static List<String> instructions(Path dockerfile) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : Files.readAllLines(dockerfile)) {
            String line = raw.strip();
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            out.add(current.toString().replaceAll("\\s+", " ").strip());
            current.setLength(0);
        }
        return out;
    }

    private static List<String> buildStage(List<String> dockerfile) {
        int start = dockerfile.indexOf("FROM eclipse-temurin:21-jdk AS build");
        assertThat(start).isNotNegative();
        int end = start + 1;
        while (end < dockerfile.size() && !dockerfile.get(end).startsWith("FROM ")) {
            end++;
        }
        return dockerfile.subList(start, end);
    }

    private static List<String> all(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).toList();
    }

    private static String only(List<String> lines, String prefix) {
        List<String> found = all(lines, prefix);
        assertThat(found).as("instructions starting with '%s'", prefix).hasSize(1);
        return found.get(0);
    }

    private static String pomProperty(String name) {
        Element properties = (Element)
                pom.getDocumentElement().getElementsByTagName("properties").item(0);
        return properties.getElementsByTagName(name).item(0).getTextContent().strip();
    }

    private static String pomText(String topLevelTag) {
        for (var n = pom.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(topLevelTag)) {
                return e.getTextContent().strip();
            }
        }
        throw new AssertionError("pom.xml has no <" + topLevelTag + ">");
    }

    /** The assembly plugin's finalName, e.g. {@code ${plugin.name}-${project.version}}. */
    private static String assemblyFinalName() {
        var executions = pom.getElementsByTagName("execution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element execution = (Element) executions.item(i);
            if (execution.getElementsByTagName("id").item(0).getTextContent().equals("plugin-zip")) {
                return execution
                        .getElementsByTagName("finalName")
                        .item(0)
                        .getTextContent()
                        .strip();
            }
        }
        throw new AssertionError("pom.xml has no plugin-zip execution");
    }

    private static String resolve(String text, Map<String, String> values) {
        Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            assertThat(value).as("value of ${%s} in %s", m.group(1), text).isNotNull();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
