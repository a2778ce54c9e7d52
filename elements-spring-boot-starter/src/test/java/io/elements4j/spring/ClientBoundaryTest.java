package io.elements4j.spring;

import io.elements4j.architecture.ClientBoundary;
import org.junit.jupiter.api.Test;

/** The starter (and the metrics it binds) use the client through its public API only. */
class ClientBoundaryTest {

    @Test
    void the_starter_uses_the_client_through_its_public_api_only() {
        ClientBoundary.check();
    }
}
