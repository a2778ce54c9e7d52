package io.elements4j.adapter.support;

import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderMetadata;
import java.util.Objects;

/**
 * What every provider shares: it holds its metadata, answers {@link #metadata()} with it, and names itself after its
 * id. A provider extends it with a public no-argument constructor (for {@link java.util.ServiceLoader}) that passes
 * its metadata, and implements {@link #create}.
 */
public abstract class VendorElementsProvider implements ElementsProvider {

    private final ProviderMetadata metadata;

    /**
     * A provider described by {@code metadata}.
     *
     * @param metadata what the provider is and can do
     */
    protected VendorElementsProvider(ProviderMetadata metadata) {
        this.metadata = Objects.requireNonNull(metadata, "metadata");
    }

    @Override
    public final ProviderMetadata metadata() {
        return metadata;
    }

    /** {@code EvolinkElementsProvider[evolink]}: the class and the provider id. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + metadata.id() + "]";
    }
}
