package io.elements4j.host.fake;

import io.elements4j.client.internal.fake.Machinery;

/** A module that reaches past the client's API into its implementation. */
public final class ReachingHost {

    public static String use() {
        return Machinery.run();
    }
}
