package io.elements4j.client.leaky;

import io.elements4j.client.internal.waiter.Acceptance;

/** A public type whose signature shows an internal one: what {@code PublicApiTest} must catch. */
public final class LeakyApi {

    public Acceptance verdict() {
        return Acceptance.RETRY;
    }
}
