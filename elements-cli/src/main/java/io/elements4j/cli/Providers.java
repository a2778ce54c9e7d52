package io.elements4j.cli;

import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/** The order providers are shown in: the four vendors as DESIGN lists them, then any other by id. */
final class Providers {

    private static final Seq<String> KNOWN = List.of("kling-official", "useapi", "evolink", "fal-queue");

    private Providers() {
    }

    static Seq<ProviderMetadata> ordered(Seq<ProviderMetadata> providers) {
        return providers.sortBy(p -> key(p.id()));
    }

    static Seq<String> orderedIds(Seq<String> ids) {
        return ids.sortBy(Providers::key);
    }

    static String key(String id) {
        int known = KNOWN.indexOf(id);
        return (known < 0 ? KNOWN.size() : known) + ":" + id;
    }
}
