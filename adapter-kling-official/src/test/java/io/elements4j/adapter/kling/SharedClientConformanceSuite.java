package io.elements4j.adapter.kling;

import io.elements4j.conformance.ElementsConformanceSuite;

/**
 * The suite for a relay of Kling's wire: its client is Kling's, which {@link KlingOfficialConformanceTest} soaks in
 * full, so the build runs smaller fault and callback soaks here. The system properties, when set, still apply.
 */
abstract class SharedClientConformanceSuite extends ElementsConformanceSuite {

    @Override
    protected int faultSoakCreates() {
        return Integer.getInteger("elements.conformance.fault-creates", 100);
    }

    @Override
    protected int callbackSoakCreates() {
        return Integer.getInteger("elements.conformance.callback-creates", 300);
    }
}
