package jp.policysearch;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering the code follows, checked on the compiled application classes (tests excluded): corpus → section →
 * (compare) → index → search → web, each using only the layers before it, with the command line on top; the web layer
 * builds no Elasticsearch request and alone formats URLs, HTML and citations; only web and the command line know
 * Javalin; the node's Lucene and plugin API are for the analysis plugin only, which uses no other package; the node
 * code ({@code es}) knows no layer; no package cycles.
 */
class LayersTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.policysearch");

    @Test
    void each_layer_uses_only_the_layers_before_it() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("corpus")
                .definedBy("jp.policysearch.corpus..")
                .layer("section")
                .definedBy("jp.policysearch.section..")
                .layer("compare")
                .definedBy("jp.policysearch.compare..")
                .layer("index")
                .definedBy("jp.policysearch.index..")
                .layer("search")
                .definedBy("jp.policysearch.search..")
                .layer("web")
                .definedBy("jp.policysearch.web..")
                .whereLayer("web")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("search")
                .mayOnlyBeAccessedByLayers("web")
                .whereLayer("index")
                .mayOnlyBeAccessedByLayers("search", "web")
                .whereLayer("compare")
                .mayOnlyBeAccessedByLayers("index", "search", "web")
                .whereLayer("section")
                .mayOnlyBeAccessedByLayers("compare", "index", "search", "web")
                .check(APP);
    }

    @Test
    void search_knows_no_javalin() {
        noClasses()
                .that()
                .resideInAPackage("jp.policysearch.search..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.javalin..")
                .check(APP);
    }

    @Test
    void web_builds_no_elasticsearch_request() {
        noClasses()
                .that()
                .resideInAPackage("jp.policysearch.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "co.elastic.clients.elasticsearch._types..",
                        "co.elastic.clients.elasticsearch.core..",
                        "co.elastic.clients.elasticsearch.indices..",
                        "co.elastic.clients.elasticsearch.cluster..")
                .orShould()
                .callMethodWhere(target(owner(assignableTo(ElasticsearchClient.class))))
                .check(APP);
    }

    @Test
    void only_the_analysis_plugin_uses_lucene_and_the_plugin_api() {
        noClasses()
                .that()
                .resideOutsideOfPackage("jp.policysearch.analysis..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.lucene..", "org.elasticsearch.plugin..")
                .check(APP);
    }

    @Test
    void section_does_not_know_the_index() {
        noClasses()
                .that()
                .resideInAPackage("jp.policysearch.section..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jp.policysearch.index..")
                .check(APP);
    }

    @Test
    void only_web_and_the_command_line_know_javalin() {
        // the indexer never serves HTTP: corpus, section, index and search run without a web server
        noClasses()
                .that()
                .resideOutsideOfPackages("jp.policysearch.web..", "jp.policysearch.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.javalin..")
                .check(APP);
    }

    @Test
    void urls_html_and_citations_are_formatted_in_web_only() {
        noClasses()
                .that()
                .resideOutsideOfPackage("jp.policysearch.web..")
                .should()
                .haveSimpleNameEndingWith("Html")
                .orShould()
                .haveSimpleNameEndingWith("Urls")
                .orShould()
                .haveSimpleNameStartingWith("Citation")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.net.URLEncoder")
                .check(APP);
    }

    @Test
    void the_command_line_is_the_top_nothing_depends_on_it() {
        noClasses()
                .that()
                .resideOutsideOfPackage("jp.policysearch.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jp.policysearch.cli..")
                .check(APP);
    }

    @Test
    void the_analysis_plugin_stands_alone_and_the_node_code_knows_no_layer() {
        // the plugin's classes run inside the Elasticsearch node, which has none of the application's
        noClasses()
                .that()
                .resideInAPackage("jp.policysearch.analysis..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("jp.policysearch..").and(resideOutsideOfPackage("jp.policysearch.analysis..")))
                .check(APP);
        // es starts, stops and reaches the node: it knows nothing of documents, sections, indices, search or pages
        noClasses()
                .that()
                .resideInAPackage("jp.policysearch.es..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jp.policysearch.corpus..",
                        "jp.policysearch.section..",
                        "jp.policysearch.index..",
                        "jp.policysearch.search..",
                        "jp.policysearch.web..",
                        "jp.policysearch.compare..")
                .check(APP);
    }

    @Test
    void packages_have_no_cycles() {
        slices().matching("jp.policysearch.(*)..").should().beFreeOfCycles().check(APP);
    }
}
