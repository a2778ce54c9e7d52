package io.elements4j.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.elements4j.client.fake.Facade;
import io.elements4j.client.fake.LeakyFacade;
import io.elements4j.client.internal.fake.Machinery;
import io.elements4j.host.fake.PoliteHost;
import io.elements4j.host.fake.ReachingHost;
import org.junit.jupiter.api.Test;

/**
 * The client's internals are reachable from the client alone: a module using the public API passes, one reaching in
 * fails; and the client's API shows none of them.
 */
class ClientBoundaryTest {

    @Test
    void the_client_using_its_own_internals_and_a_host_using_its_api_keep_the_rule() {
        JavaClasses classes = new ClassFileImporter().importClasses(Machinery.class, Facade.class, PoliteHost.class);

        assertThatCode(() -> ClientBoundary.check(classes)).doesNotThrowAnyException();
    }

    @Test
    void a_host_reaching_into_the_client_internals_is_named() {
        JavaClasses classes = new ClassFileImporter()
                .importClasses(Machinery.class, Facade.class, PoliteHost.class, ReachingHost.class);

        assertThatThrownBy(() -> ClientBoundary.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ReachingHost")
                .hasMessageContaining(Machinery.class.getName())
                .hasMessageNotContaining("PoliteHost");
    }

    @Test
    void aimed_at_nothing_outside_the_client_it_fails_instead_of_passing() {
        JavaClasses onlyClient = new ClassFileImporter().importClasses(Machinery.class, Facade.class);

        assertThatThrownBy(() -> ClientBoundary.check(onlyClient))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    @Test
    void an_api_that_uses_its_internals_only_inside_keeps_the_api_rule() {
        JavaClasses classes = new ClassFileImporter().importClasses(Machinery.class, Facade.class);

        assertThatCode(() -> ClientBoundary.apiRule().check(classes)).doesNotThrowAnyException();
    }

    @Test
    void a_public_member_showing_an_internal_type_is_named() {
        JavaClasses classes = new ClassFileImporter().importClasses(Machinery.class, Facade.class, LeakyFacade.class);

        assertThatThrownBy(() -> ClientBoundary.apiRule().check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LeakyFacade.machinery()")
                .hasMessageContaining("shows " + Machinery.class.getName())
                .hasMessageNotContaining("Facade.call()");
    }
}
