package io.elements4j.domain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The domain is pure: it depends on the JDK and Vavr alone, and its packages form no cycle. That it names no vendor
 * is {@link NoVendorNamesTest}.
 */
class DomainArchitectureTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.elements4j.domain");

    @Test
    void the_domain_depends_only_on_the_jdk_and_vavr() {
        classes().that().resideInAPackage("io.elements4j.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", "io.elements4j.domain..")
                .check(DOMAIN);
    }

    @Test
    void the_domain_packages_have_no_cycles() {
        slices().matching("io.elements4j.domain.(*)..").should().beFreeOfCycles().check(DOMAIN);
    }

    @Test
    void a_rule_aimed_at_a_package_that_does_not_exist_fails_instead_of_passing() {
        assertThatThrownBy(() -> classes().that().resideInAPackage("io.elements4j.domian..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..")
                .check(DOMAIN))
                .isInstanceOf(AssertionError.class).hasMessageContaining("failed to check any classes");
    }
}
