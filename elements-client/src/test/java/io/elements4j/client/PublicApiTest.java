package io.elements4j.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.elements4j.client.leaky.LeakyApi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public API stands without its implementation: no public member of a public type outside
 * {@code io.elements4j.client.internal} shows an internal type, so the Javadoc (which leaves the internal packages
 * out) describes everything a caller can touch.
 */
class PublicApiTest {

    private static final String INTERNAL = "io.elements4j.client.internal";

    private static final ArchRule SHOWS_NO_INTERNAL_TYPE = members()
            .that().areDeclaredInClassesThat().resideOutsideOfPackage(INTERNAL + "..")
            .and().areDeclaredInClassesThat().arePublic()
            .and().arePublic()
            .should(new ArchCondition<JavaMember>("show no type of " + INTERNAL + " in their signatures") {
                @Override
                public void check(JavaMember member, ConditionEvents events) {
                    List<JavaClass> shown = new ArrayList<>();
                    if (member instanceof JavaField field) {
                        shown.addAll(field.getAllInvolvedRawTypes());
                    } else if (member instanceof JavaCodeUnit unit) {
                        shown.addAll(unit.getAllInvolvedRawTypes());
                    }
                    shown.stream().filter(type -> type.getPackageName().startsWith(INTERNAL)).distinct()
                            .forEach(type -> events.add(SimpleConditionEvent.violated(member,
                                    member.getFullName() + " shows " + type.getName())));
                }
            })
            .allowEmptyShould(false);

    @Test
    void no_public_member_of_the_api_shows_an_internal_type() {
        SHOWS_NO_INTERNAL_TYPE.check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.elements4j.client"));
    }

    @Test
    void a_public_member_showing_an_internal_type_is_named() {
        JavaClasses leaky = new ClassFileImporter().importClasses(LeakyApi.class);

        assertThatThrownBy(() -> SHOWS_NO_INTERNAL_TYPE.check(leaky))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LeakyApi.verdict()")
                .hasMessageContaining("Acceptance");
    }
}
