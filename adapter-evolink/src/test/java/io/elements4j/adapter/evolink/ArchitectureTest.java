package io.elements4j.adapter.evolink;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Only the provider is public in the adapter's package, and no vendor-library type shows in its signatures. */
class ArchitectureTest {

    static JavaClasses adapter;

    @BeforeAll
    static void load() {
        adapter = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.elements4j.adapter.evolink");
    }

    @Test
    void only_the_provider_is_public_outside_the_internal_package() {
        classes().that().resideInAPackage("io.elements4j.adapter.evolink")
                .and().doNotHaveSimpleName("EvolinkElementsProvider")
                .should().notBePublic()
                .allowEmptyShould(false)
                .check(adapter);
    }

    @Test
    void the_providers_public_methods_return_no_feign_jackson_or_mapstruct_type() {
        methods().that().areDeclaredIn(EvolinkElementsProvider.class).and().arePublic()
                .should().haveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe("a non-vendor type",
                        type -> !type.getPackageName().startsWith("feign")
                                && !type.getPackageName().startsWith("com.fasterxml")
                                && !type.getPackageName().startsWith("org.mapstruct")))
                .allowEmptyShould(false)
                .check(adapter);
    }

    @Test
    void the_adapter_depends_on_no_other_adapter_nor_on_the_sandbox() {
        noClasses().that().resideInAPackage("io.elements4j.adapter.evolink..")
                .should().dependOnClassesThat().resideInAPackage("io.elements4j.adapter.kling..")
                .orShould().dependOnClassesThat().resideInAPackage("io.elements4j.adapter.useapi..")
                .orShould().dependOnClassesThat().resideInAPackage("io.elements4j.adapter.falqueue..")
                .orShould().dependOnClassesThat().resideInAPackage("io.elements4j.sandbox..")
                .allowEmptyShould(false)
                .check(adapter);
    }

    @Test
    void nothing_in_the_adapter_sleeps_for_real() {
        noClasses().should().callMethod(Thread.class, "sleep", long.class)
                .allowEmptyShould(false)
                .check(adapter);
    }

    @Test
    void the_provider_is_final() {
        classes().that().haveSimpleName("EvolinkElementsProvider")
                .should().haveModifier(JavaModifier.FINAL)
                .allowEmptyShould(false)
                .check(adapter);
    }
}
