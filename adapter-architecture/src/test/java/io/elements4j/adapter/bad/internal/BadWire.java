package io.elements4j.adapter.bad.internal;

import io.elements4j.adapter.bad.Leaky;

/** A wire record that knows a class of the adapter's outer package. */
public record BadWire(String value) {

    /** Knows the outer package. */
    public Leaky leak() {
        return new Leaky();
    }
}
