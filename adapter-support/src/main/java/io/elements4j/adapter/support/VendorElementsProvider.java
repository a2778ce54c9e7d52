package io.elements4j.adapter.support;

import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderMetadata;
import java.util.Objects;

/**
 * What every provider shares: it holds its metadata, answers {@link #metadata()} with it, names itself after its id,
 * and {@linkplain #prepare() prepares} the readers of its Feign interfaces' answers. A provider extends it with a
 * public no-argument constructor (for {@link java.util.ServiceLoader}) that passes its metadata and those interfaces,
 * and implements {@link #create}.
 */
public abstract class VendorElementsProvider implements ElementsProvider {

    private final ProviderMetadata metadata;
    private final Class<?>[] apis;

    /**
     * A provider described by {@code metadata}, whose clients call the vendor through {@code apis}.
     *
     * @param metadata what the provider is and can do
     * @param apis     the Feign interfaces its clients are built on ({@link VendorHttp#client}), whose answers
     *                 {@link #prepare()} sets up the readers of; none for a provider that makes no HTTP calls
     */
    protected VendorElementsProvider(ProviderMetadata metadata, Class<?>... apis) {
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.apis = apis.clone();
    }

    @Override
    public final ProviderMetadata metadata() {
        return metadata;
    }

    /** Builds the readers of the answers of the provider's Feign interfaces ({@link VendorHttp#prepare}). */
    @Override
    public void prepare() {
        VendorHttp.prepare(apis);
    }

    /** {@code EvolinkElementsProvider[evolink]}: the class and the provider id. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + metadata.id() + "]";
    }
}
