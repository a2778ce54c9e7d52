package io.elements4j.domain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The domain is pure: it depends on the JDK and Vavr alone, reads no file, and its packages form no cycle. That it
 * names no vendor is {@link NoVendorNamesTest}.
 */
class DomainArchitectureTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.elements4j.domain");

    @Test
    void the_domain_depends_only_on_the_jdk_and_vavr() {
        classes()
                .that()
                .resideInAPackage("io.elements4j.domain..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "io.vavr..", "io.elements4j.domain..")
                .check(DOMAIN);
    }

    /** Reading local files is the {@code elements-media} module's job; the domain judges the facts it is given. */
    private static final ArchRule NO_FILE_INPUT_OR_OUTPUT = noClasses()
            .that()
            .resideInAPackage("io.elements4j.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.io..", "java.nio.file..");

    @Test
    void the_domain_reads_and_writes_no_files() {
        NO_FILE_INPUT_OR_OUTPUT.check(DOMAIN);
    }

    @Test
    void the_no_files_rule_catches_a_domain_class_that_reads_a_file() {
        JavaClasses offender = new ClassFileImporter().importClasses(ReadsAFile.class);
        assertThatThrownBy(() -> NO_FILE_INPUT_OR_OUTPUT.check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("java.nio.file.Files")
                .hasMessageContaining("java.io.IOException");
    }

    /** What the rule is there to keep out: a domain class that opens a file. */
    static final class ReadsAFile {
        static byte[] read(Path file) throws IOException {
            return Files.readAllBytes(file);
        }
    }

    @Test
    void the_domain_packages_have_no_cycles() {
        slices().matching("io.elements4j.domain.(*)..")
                .should()
                .beFreeOfCycles()
                .check(DOMAIN);
    }

    @Test
    void a_rule_aimed_at_a_package_that_does_not_exist_fails_instead_of_passing() {
        assertThatThrownBy(() -> classes()
                        .that()
                        .resideInAPackage("io.elements4j.domian..")
                        .should()
                        .onlyDependOnClassesThat()
                        .resideInAnyPackage("java..")
                        .check(DOMAIN))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }
}
