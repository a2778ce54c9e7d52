package io.elements4j.postgres;

import io.elements4j.architecture.ClientBoundary;
import org.junit.jupiter.api.Test;

/** The fleet uses the client through its public API only: its hooks, never its internals. */
class ClientBoundaryTest {

    @Test
    void the_fleet_uses_the_client_through_its_public_api_only() {
        ClientBoundary.check();
    }
}
