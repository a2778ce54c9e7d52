package io.elements4j.adapter.kling;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Only the provider and the callback helper are public, and neither shows Feign, Jackson or MapStruct. */
class KlingArchitectureTest {

    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.elements4j.adapter.kling");

    private static final DescribedPredicate<JavaClass> LIBRARY_TYPES = new DescribedPredicate<>(
            "a Feign, Jackson, MapStruct or JWT-library type") {
        @Override
        public boolean test(JavaClass type) {
            String name = type.getName();
            return name.startsWith("feign.") || name.startsWith("com.fasterxml.") || name.startsWith("org.mapstruct.")
                    || name.startsWith("com.auth0.");
        }
    };

    @Test
    void only_the_provider_and_the_callback_helper_are_public_outside_internal() {
        classes().that().resideInAPackage("io.elements4j.adapter.kling").and().areTopLevelClasses()
                .and().arePublic()
                .should().haveSimpleName("KlingOfficialElementsProvider").orShould().haveSimpleName("KlingCallbacks")
                .allowEmptyShould(false)
                .check(ADAPTER);
    }

    @Test
    void public_methods_of_the_public_classes_show_no_library_type() {
        methods().that().areDeclaredInClassesThat().haveSimpleName("KlingOfficialElementsProvider")
                .or().areDeclaredInClassesThat().haveSimpleName("KlingCallbacks")
                .and().arePublic()
                .should().haveRawReturnType(DescribedPredicate.not(LIBRARY_TYPES))
                .andShould().haveRawParameterTypes(DescribedPredicate.not(DescribedPredicate.anyElementThat(LIBRARY_TYPES)))
                .allowEmptyShould(false)
                .check(ADAPTER);
    }

    @Test
    void the_wire_records_know_nothing_of_the_client_that_uses_them() {
        noClasses().that().resideInAPackage("io.elements4j.adapter.kling.internal")
                .should().dependOnClassesThat().resideInAPackage("io.elements4j.adapter.kling")
                .allowEmptyShould(false)
                .check(ADAPTER);
    }

    @Test
    void public_fields_of_the_public_classes_are_constants_without_library_types() {
        classes().that().haveSimpleName("KlingCallbacks")
                .should(new com.tngtech.archunit.lang.ArchCondition<>("expose no non-constant public field") {
                    @Override
                    public void check(JavaClass item, com.tngtech.archunit.lang.ConditionEvents events) {
                        item.getFields().stream()
                                .filter(f -> f.getModifiers().contains(JavaModifier.PUBLIC))
                                .filter(f -> !f.getModifiers().contains(JavaModifier.FINAL) || LIBRARY_TYPES.test(f.getRawType()))
                                .forEach(f -> events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(f, f.getFullName())));
                    }
                })
                .allowEmptyShould(false)
                .check(ADAPTER);
    }
}
