package io.elements4j.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.elements4j.adapter.evolink.EvolinkElementsProvider;
import io.elements4j.adapter.falqueue.FalQueueElementsProvider;
import io.elements4j.adapter.kling.KlingOfficialElementsProvider;
import io.elements4j.adapter.useapi.UseapiElementsProvider;
import io.elements4j.architecture.ClientBoundary;
import io.elements4j.callback.server.CallbackServer;
import io.elements4j.conformance.ElementsConformanceSuite;
import io.elements4j.journal.jdbc.JdbcCreationJournal;
import io.elements4j.sandbox.junit.ElementsSandboxExtension;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Nothing on this class path but {@code elements-client} uses the client's internal packages: the suite, the
 * sandbox, the callback server, the JDBC journal and the four adapters take only its public API. (The CLI and the
 * Spring Boot starter check themselves the same way.)
 */
class ClientBoundaryTest {

    private static final JavaClasses MAIN = ClientBoundary.projectClasses();

    @Test
    void the_check_sees_every_module_here_that_uses_the_client() {
        assertThat(List.of(
                        ElementsConformanceSuite.class,
                        ElementsSandboxExtension.class,
                        CallbackServer.class,
                        JdbcCreationJournal.class,
                        KlingOfficialElementsProvider.class,
                        UseapiElementsProvider.class,
                        EvolinkElementsProvider.class,
                        FalQueueElementsProvider.class))
                .allSatisfy(type ->
                        assertThat(MAIN.contain(type)).as(type.getName()).isTrue());
    }

    @Test
    void no_module_but_the_client_uses_its_internals() {
        ClientBoundary.check(MAIN);
    }
}
