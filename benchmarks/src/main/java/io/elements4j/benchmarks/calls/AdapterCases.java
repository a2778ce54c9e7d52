package io.elements4j.benchmarks.calls;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

/** The four adapters' calls through the facade. Filled in as the adapters land. */
final class AdapterCases {

    private AdapterCases() {
    }

    static Seq<String> supported() {
        return List.empty();
    }

    static CallCase create(String provider, String operation) {
        throw new IllegalArgumentException("no adapter case " + provider + "/" + operation + " yet");
    }
}
