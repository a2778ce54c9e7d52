package io.elements4j.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.elements4j.architecture.ClientBoundary;
import org.junit.jupiter.api.Test;

/** The CLI goes through the ports: it knows no adapter, no sandbox class, no Feign and no Jackson. */
class CliArchitectureTest {

    private static final JavaClasses CLI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.elements4j.cli");

    @Test
    void the_cli_depends_only_on_the_jdk_vavr_picocli_the_domain_the_ports_the_client_and_the_media_reader() {
        classes()
                .that()
                .resideInAPackage("io.elements4j.cli..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        // The JDK's own crypto and TLS, which the start-up warm-up sets up (StartupWarmup).
                        "javax.crypto..",
                        "javax.net.ssl..",
                        "io.vavr..",
                        "picocli..",
                        "io.elements4j.domain..",
                        "io.elements4j.ports..",
                        "io.elements4j.client..",
                        "io.elements4j.callback.server..",
                        "io.elements4j.media..",
                        "io.elements4j.cli..")
                .check(CLI);
    }

    @Test
    void the_cli_knows_no_adapter_and_no_sandbox_class() {
        noClasses()
                .that()
                .resideInAPackage("io.elements4j.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.elements4j.adapter..", "io.elements4j.sandbox..")
                .check(CLI);
    }

    @Test
    void the_cli_writes_its_json_without_jackson_and_never_sees_feign() {
        noClasses()
                .that()
                .resideInAPackage("io.elements4j.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.fasterxml.jackson..", "feign..")
                .check(CLI);
    }

    @Test
    void the_cli_uses_the_client_through_its_public_api_only() {
        ClientBoundary.check();
    }
}
