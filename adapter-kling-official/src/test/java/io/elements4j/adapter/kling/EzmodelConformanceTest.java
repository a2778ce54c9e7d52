package io.elements4j.adapter.kling;

import io.elements4j.ports.spi.ElementsProvider;

/** ezmodel, a new-api gateway passing Kling's element API through, keeps the contract against its simulator. */
class EzmodelConformanceTest extends SharedClientConformanceSuite {

    @Override
    protected ElementsProvider provider() {
        return new EzmodelElementsProvider();
    }
}
