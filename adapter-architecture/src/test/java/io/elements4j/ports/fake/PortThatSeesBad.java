package io.elements4j.ports.fake;

import io.elements4j.adapter.bad.BadProvider;

/** A port type that knows an adapter's class. */
public interface PortThatSeesBad {

    /** Names an adapter type. */
    BadProvider provider();
}
