package io.elements4j.client.fake;

import io.elements4j.client.internal.fake.Machinery;

/** Stands for the client's public API, which may use its own implementation. */
public final class Facade {

    public static String call() {
        return Machinery.run();
    }
}
