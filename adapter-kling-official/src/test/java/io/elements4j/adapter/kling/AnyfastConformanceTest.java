package io.elements4j.adapter.kling;

import io.elements4j.ports.spi.ElementsProvider;

/** anyfast, a relay of Kling's element API (its own create answer, photos with tags only), keeps the contract against its simulator. */
class AnyfastConformanceTest extends SharedClientConformanceSuite {

    @Override
    protected ElementsProvider provider() {
        return new AnyfastElementsProvider();
    }
}
