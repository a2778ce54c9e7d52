package io.elements4j.adapter.falqueue;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Only the provider is public outside {@code internal}; no vendor-library or wire type leaks through it. */
class AdapterArchitectureTest {

    static JavaClasses adapter;

    @BeforeAll
    static void load() {
        adapter = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.elements4j.adapter.falqueue");
    }

    @Test
    void only_the_provider_is_public_outside_the_internal_package() {
        classes().that().resideInAPackage("io.elements4j.adapter.falqueue")
                .and().doNotHaveSimpleName("FalQueueElementsProvider")
                .should().notBePublic()
                .allowEmptyShould(false)
                .check(adapter);
    }

    @Test
    void the_providers_public_methods_show_no_feign_jackson_mapstruct_or_wire_type() {
        DescribedPredicate<JavaClass> ours = DescribedPredicate.describe("a type of the ports or the domain",
                type -> !type.getPackageName().startsWith("feign")
                        && !type.getPackageName().startsWith("com.fasterxml")
                        && !type.getPackageName().startsWith("org.mapstruct")
                        && !type.getPackageName().startsWith("io.elements4j.adapter"));
        methods().that().areDeclaredIn(FalQueueElementsProvider.class).and().arePublic()
                .should().haveRawReturnType(ours)
                .allowEmptyShould(false)
                .check(adapter);
    }

    @Test
    void the_adapter_depends_on_no_other_adapter_nor_on_the_sandbox() {
        noClasses().that().resideInAPackage("io.elements4j.adapter.falqueue..")
                .should().dependOnClassesThat().resideInAPackage("io.elements4j.adapter.kling..")
                .orShould().dependOnClassesThat().resideInAPackage("io.elements4j.adapter.useapi..")
                .orShould().dependOnClassesThat().resideInAPackage("io.elements4j.adapter.evolink..")
                .orShould().dependOnClassesThat().resideInAPackage("io.elements4j.sandbox..")
                .allowEmptyShould(false)
                .check(adapter);
    }

    @Test
    void nothing_in_the_adapter_sleeps_for_real() {
        noClasses().should().callMethod(Thread.class, "sleep", long.class)
                .orShould().callMethod(Thread.class, "sleep", long.class, int.class)
                .allowEmptyShould(false)
                .check(adapter);
    }

    @Test
    void the_provider_is_final() {
        classes().that().haveSimpleName("FalQueueElementsProvider")
                .should().haveModifier(JavaModifier.FINAL)
                .allowEmptyShould(false)
                .check(adapter);
    }
}
