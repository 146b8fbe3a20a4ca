package jp.policysearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void es_url_may_name_several_nodes_separated_by_commas() {
        Config config =
                Config.fromMap(Path.of("."), Map.of("ES_URL", "http://es1:9200, http://es2:9200 ,https://es3:9243"));
        assertThat(config.usesLocalNode()).isFalse();
        assertThat(config.esUrls())
                .containsExactly(
                        URI.create("http://es1:9200"), URI.create("http://es2:9200"), URI.create("https://es3:9243"));
    }

    @Test
    void one_node_is_a_list_of_one_and_no_es_url_means_the_local_node() {
        assertThat(Config.fromMap(Path.of("."), Map.of("ES_URL", "http://es1:9200"))
                        .esUrls())
                .containsExactly(URI.create("http://es1:9200"));
        Config local = Config.fromMap(Path.of("."), Map.of());
        assertThat(local.usesLocalNode()).isTrue();
        assertThat(local.esUrls()).isEmpty();
    }

    @Test
    void a_list_with_one_bad_entry_is_refused_with_the_whole_value() {
        assertThatThrownBy(() -> Config.fromMap(Path.of("."), Map.of("ES_URL", "http://es1:9200,es2:9200")))
                .isInstanceOf(Config.ConfigException.class)
                .hasMessageContaining("separated by commas")
                .hasMessageContaining("es2:9200");
        assertThatThrownBy(() -> Config.fromMap(Path.of("."), Map.of("ES_URL", "http://es1:9200,,")))
                .isInstanceOf(Config.ConfigException.class);
    }
}
