package io.elements4j.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.elements4j.architecture.ClientBoundary;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

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

    /**
     * Commands declare their options in code ({@link CommandModel}): nothing reads picocli's annotations any more, so
     * an {@code @Option} added to a field would be silently ignored.
     */
    @Test
    void no_command_declares_an_option_in_a_picocli_annotation_which_nothing_would_read() {
        noClasses()
                .that()
                .resideInAPackage("io.elements4j.cli..")
                .should()
                .beAnnotatedWith(CommandLine.Command.class)
                .check(CLI);
        noFields()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage("io.elements4j.cli..")
                .should()
                .beAnnotatedWith(CommandLine.Option.class)
                .orShould()
                .beAnnotatedWith(CommandLine.Parameters.class)
                .orShould()
                .beAnnotatedWith(CommandLine.Mixin.class)
                .orShould()
                .beAnnotatedWith(CommandLine.ArgGroup.class)
                .orShould()
                .beAnnotatedWith(CommandLine.ParentCommand.class)
                .orShould()
                .beAnnotatedWith(CommandLine.Spec.class)
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
