package io.elements4j.adapter.wavespeed;

import io.elements4j.architecture.AdapterArchitecture;
import org.junit.jupiter.api.Test;

/** The shared adapter rules ({@link AdapterArchitecture}) hold for this adapter. */
class AdapterArchitectureTest {

    @Test
    void keeps_the_shared_adapter_rules() {
        AdapterArchitecture.of(WaveSpeedElementsProvider.class)
                .alsoPublic(WaveSpeedBasicElementsProvider.class)
                .check();
    }
}
