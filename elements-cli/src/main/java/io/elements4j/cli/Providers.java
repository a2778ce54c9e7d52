package io.elements4j.cli;

import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.Seq;

/**
 * The order providers are shown in: by id, so a table, the sandboxes and the demo list them alike, and a new
 * provider takes its place without anyone naming it here.
 */
final class Providers {

    private Providers() {}

    static Seq<ProviderMetadata> ordered(Seq<ProviderMetadata> providers) {
        return providers.sortBy(ProviderMetadata::id);
    }

    static Seq<String> orderedIds(Seq<String> ids) {
        return ids.sorted();
    }
}
