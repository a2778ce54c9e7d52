package io.elements4j.adapter.kling;

import io.elements4j.ports.spi.ElementsProvider;

/** The generic relay of Kling's element API (base URL and path prefix) keeps the contract against its simulator. */
class KlingRelayConformanceTest extends SharedClientConformanceSuite {

    @Override
    protected ElementsProvider provider() {
        return new KlingRelayElementsProvider();
    }
}
