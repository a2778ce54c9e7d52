package io.elements4j.client;

import io.elements4j.ports.spi.ElementsProvider;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * One provider registered on the class path, as the loader found it: loaded, or failed with the reason.
 *
 * @param id        the provider's id, or {@code "?"} when it failed to load and so could not say
 * @param className the class named in {@code META-INF/services}
 * @param location  the jar or directory it came from: the class's code source, or for a class that cannot be
 *                  loaded the root that registered it; {@code "unknown"} when neither is known
 * @param provider  the instance, when it loaded
 * @param failure   why it did not load (the exception and its causes), when it did not
 */
public record FoundProvider(
        String id, String className, String location, Option<ElementsProvider> provider, Option<String> failure) {

    /** The UNKNOWN id. */
    public static final String UNKNOWN_ID = "?";
    /** The UNKNOWN LOCATION. */
    public static final String UNKNOWN_LOCATION = "unknown";

    /**
     * Creates the value, checking every component.
     */
    public FoundProvider {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(failure, "failure");
        if (provider.isDefined() == failure.isDefined()) {
            throw new IllegalArgumentException("a found provider has either an instance or a failure: " + className);
        }
    }

    /**
     * Whether this provider is used only when named (see {@link ElementsProvider#chosenOnlyByName()}); one that
     * failed to load is not, so its failure is reported.
     *
     * @return true for a loaded provider that must be named
     */
    public boolean chosenOnlyByName() {
        return provider.exists(ElementsProvider::chosenOnlyByName);
    }

    /**
     * Whether this found provider is loaded.
     *
     * @return whether this found provider is loaded
     */
    public boolean isLoaded() {
        return provider.isDefined();
    }

    /**
     * {@code [id] -> class -> location}, plus the failure if any: the line loader messages and the CLI print.
     *
     * @return {@code [id] -> class -> location}, plus the failure if any: the line loader messages and the CLI print
     */
    public String describe() {
        return "[" + id + "] -> " + className + " -> " + location
                + failure.map(f -> " (failed to load: " + f + ")").getOrElse("");
    }
}
