package io.elements4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.elements4j.adapter.bad.BadProvider;
import io.elements4j.adapter.good.GoodProvider;
import org.junit.jupiter.api.Test;

/** The shared rules pass a clean adapter, catch each violation of a bad one, and fail when aimed at nothing. */
class AdapterArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .importPackages(
                    "io.elements4j.adapter.good",
                    "io.elements4j.adapter.bad",
                    "io.elements4j.adapter.other",
                    "io.elements4j.ports.fake");

    @Test
    void a_clean_adapter_keeps_every_rule() {
        assertThatCode(() -> AdapterArchitecture.of(GoodProvider.class).check(CLASSES))
                .doesNotThrowAnyException();
    }

    @Test
    void every_rule_catches_its_violation_in_a_bad_adapter() {
        var rules = AdapterArchitecture.of(BadProvider.class).rules();
        String[] culprits = {
            "io.elements4j.adapter.bad.Leaky",
            "io.elements4j.adapter.bad.BadErrors",
            "BadProvider.wire() shows io.elements4j.adapter.bad.internal.BadWire",
            "BadWire.leak()",
            "io.elements4j.adapter.other.OtherAdapter",
            "io.elements4j.ports.fake.PortThatSeesBad",
            "Thread.sleep(long)",
            "BadProvider",
        };
        assertThat(rules).hasSize(culprits.length);
        for (int i = 0; i < culprits.length; i++) {
            ArchRule rule = rules.get(i);
            assertThatThrownBy(() -> rule.check(CLASSES))
                    .as(rule.getDescription())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining(culprits[i]);
        }
    }

    @Test
    void check_reports_the_violations_of_all_rules_at_once() {
        assertThatThrownBy(() -> AdapterArchitecture.of(BadProvider.class).check(CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Leaky")
                .hasMessageContaining("OtherAdapter")
                .hasMessageContaining("modifier FINAL");
    }

    @Test
    void the_placement_rule_keeps_every_role_but_the_provider_and_the_client_out_of_the_base_package() {
        ArchRule placement = AdapterArchitecture.of(BadProvider.class).rules().get(1);

        assertThatThrownBy(() -> placement.check(CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("every other role lives there")
                .hasMessageContaining("Class <io.elements4j.adapter.bad.BadErrors> is not the provider")
                .hasMessageContaining("was violated (2 times)")
                .hasMessageNotContaining("Class <io.elements4j.adapter.bad.BadProvider>");
        assertThatCode(() -> AdapterArchitecture.of(GoodProvider.class)
                        .rules()
                        .get(1)
                        .check(CLASSES))
                .as("the provider and a package-private client beside it")
                .doesNotThrowAnyException();
    }

    @Test
    void rules_aimed_at_a_mistyped_package_fail_instead_of_passing() {
        var mistyped = AdapterArchitecture.of("io.elements4j.adapter.goood", GoodProvider.class);

        for (ArchRule rule : mistyped.rules()) {
            assertThatThrownBy(() -> rule.check(CLASSES))
                    .as(rule.getDescription())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("failed to check any classes");
        }
        // The mistake the rules guard against: without allowEmptyShould(false) such a rule passes with nothing checked.
        assertThatCode(() -> noClasses()
                        .that()
                        .resideInAPackage("io.elements4j.adapter.queue..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("io.elements4j.adapter.other..")
                        .allowEmptyShould(true)
                        .check(CLASSES))
                .doesNotThrowAnyException();
    }
}
