package io.elements4j.ports.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.elements4j.ports.fixture.JdbcBackedPort;
import org.junit.jupiter.api.Test;

/**
 * The ports are what an adapter implements and nothing that runs them: they depend on the JDK's base packages, Vavr
 * and the domain, with no exception (no JDBC, no HTTP server, no facade).
 */
class PortsArchitectureTest {

    private static final JavaClasses PORTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.elements4j.ports");

    static final ArchRule ONLY_JDK_VAVR_AND_DOMAIN = classes()
            .that()
            .resideInAPackage("io.elements4j.ports..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "java.lang..",
                    "java.util..",
                    "java.time..",
                    "java.net",
                    "java.nio.charset",
                    "java.security",
                    "java.io",
                    "io.vavr..",
                    "io.elements4j.domain..",
                    "io.elements4j.ports..")
            .because(
                    "the ports are what adapters implement; whatever runs them lives in elements-client and beside it");

    @Test
    void the_ports_depend_only_on_the_jdk_vavr_and_the_domain() {
        ONLY_JDK_VAVR_AND_DOMAIN.check(PORTS);
    }

    @Test
    void the_rule_catches_a_port_that_reaches_for_jdbc() {
        JavaClasses offender = new ClassFileImporter().importClasses(JdbcBackedPort.class);

        assertThatThrownBy(() -> ONLY_JDK_VAVR_AND_DOMAIN.check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("java.sql.Connection");
    }

    @Test
    void the_ports_packages_have_no_cycles() {
        slices().matching("io.elements4j.ports.(*)..").should().beFreeOfCycles().check(PORTS);
    }
}
