package io.elements4j.adapter.useapi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Only the provider is public API, and it shows no Feign, Jackson or MapStruct type. */
class AdapterArchitectureTest {

    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.elements4j.adapter.useapi");

    @Test
    void the_provider_is_the_only_public_class_outside_internal() {
        classes().that().resideInAPackage("io.elements4j.adapter.useapi").and().arePublic()
                .should().haveSimpleName("UseapiElementsProvider").check(ADAPTER);
    }

    @Test
    void the_providers_public_signatures_hold_no_library_types() {
        Stream<Class<?>> used = Arrays.stream(UseapiElementsProvider.class.getMethods())
                .filter(m -> m.getDeclaringClass() == UseapiElementsProvider.class)
                .flatMap(AdapterArchitectureTest::typesOf);

        assertThat(used.map(Class::getName)).noneMatch(name -> name.startsWith("feign.")
                || name.startsWith("com.fasterxml.") || name.startsWith("org.mapstruct.")
                || name.startsWith("io.elements4j.adapter."));
    }

    @Test
    void the_adapter_never_sleeps_on_its_own_and_knows_no_sandbox_or_other_adapter() {
        noClasses().that().resideInAPackage("io.elements4j.adapter.useapi..")
                .should().callMethod(Thread.class, "sleep", long.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("io.elements4j.sandbox..",
                        "io.elements4j.adapter.kling..", "io.elements4j.adapter.evolink..", "io.elements4j.adapter.queue..")
                .check(ADAPTER);
    }

    private static Stream<Class<?>> typesOf(Method method) {
        return Stream.concat(Stream.of(method.getReturnType()), Arrays.stream(method.getParameterTypes()));
    }
}
