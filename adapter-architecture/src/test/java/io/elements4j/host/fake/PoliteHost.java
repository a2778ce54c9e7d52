package io.elements4j.host.fake;

import io.elements4j.client.fake.Facade;

/** A module that uses the client through its public API only. */
public final class PoliteHost {

    public static String use() {
        return Facade.call();
    }
}
