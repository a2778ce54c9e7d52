package io.elements4j.ports.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The ports depend on the domain, Vavr and the JDK only; the facade sits on top and nothing depends back on it. */
class PortsArchitectureTest {

    private static final JavaClasses PORTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.elements4j.ports");

    @Test
    void the_ports_depend_only_on_the_domain_vavr_and_the_jdk_with_javax_sql_for_the_jdbc_journal() {
        classes().that().resideInAPackage("io.elements4j.ports..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.sql..", "io.vavr..", "io.elements4j.domain..", "io.elements4j.ports..",
                        // The JDK's own HTTP server (module jdk.httpserver), for the embedded callback receiver only.
                        "com.sun.net.httpserver..")
                .check(PORTS);
    }

    @Test
    void only_the_callback_receiver_uses_the_jdk_http_server() {
        noClasses().that().resideOutsideOfPackage("io.elements4j.ports.callback..")
                .should().dependOnClassesThat().resideInAPackage("com.sun.net.httpserver..")
                .check(PORTS);
    }

    @Test
    void the_ports_packages_have_no_cycles() {
        slices().matching("io.elements4j.ports.(*)..").should().beFreeOfCycles().check(PORTS);
    }

    @Test
    void no_port_spi_or_helper_package_depends_on_the_facade() {
        noClasses().that().resideInAnyPackage("io.elements4j.ports.api..", "io.elements4j.ports.spi..",
                        "io.elements4j.ports.config..", "io.elements4j.ports.waiter..", "io.elements4j.ports.paging..",
                        "io.elements4j.ports.time..")
                .should().dependOnClassesThat().resideInAPackage("io.elements4j.ports")
                .check(PORTS);
    }
}
