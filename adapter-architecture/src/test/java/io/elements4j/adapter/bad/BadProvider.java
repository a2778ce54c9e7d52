package io.elements4j.adapter.bad;

import io.elements4j.adapter.bad.internal.BadWire;
import io.elements4j.adapter.other.OtherAdapter;

/** A provider that breaks every rule: not final, shows an internal type, knows another adapter, sleeps. */
public class BadProvider {

    /** Shows an internal type in a public signature. */
    public BadWire wire() {
        return new BadWire(new OtherAdapter().name());
    }

    void waitForReal() throws InterruptedException {
        Thread.sleep(10);
    }
}
