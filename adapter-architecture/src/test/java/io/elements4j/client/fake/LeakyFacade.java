package io.elements4j.client.fake;

import io.elements4j.client.internal.fake.Machinery;

/** A public API type whose signature shows an internal one. */
public final class LeakyFacade {

    public Machinery machinery() {
        return new Machinery();
    }
}
