package io.elements4j.client;

import io.elements4j.ports.spi.ElementsProvider;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Chooses the provider from the class path: the one named by {@value #PROVIDER_PROPERTY} (system property, then
 * env {@value #PROVIDER_ENV}), or with none named, the only one there is. Anything else — no provider, several
 * without a choice, an unknown id, a provider that fails to load, two providers with one id — is a
 * {@link ProviderSelectionException} that lists what was found and says what to set. It never guesses.
 */
public final class ElementsProviders {

    /** The PROVIDER PROPERTY. */
    public static final String PROVIDER_PROPERTY = "elements.provider";
    /** The PROVIDER ENV. */
    public static final String PROVIDER_ENV = "ELEMENTS_PROVIDER";

    private ElementsProviders() {
    }

    /**
     * Uses System properties, System.getenv() and the thread context class loader.
     *
     * @return uses System properties, System.getenv() and the thread context class loader
     */
    public static ElementsProvider select() {
        return select(requestedId(System.getProperties(), System.getenv()), defaultLoader());
    }

    /**
     * @param requestedId the id to pick, if any
     * @throws ProviderSelectionException when no single working provider can be chosen
     * @param loader the class loader to look in
     * @return the select
     */
    public static ElementsProvider select(Option<String> requestedId, ClassLoader loader) {
        Objects.requireNonNull(requestedId, "requestedId");
        Objects.requireNonNull(loader, "loader");
        Seq<FoundProvider> found = available(loader);
        Option<String> requested = requestedId.map(String::trim).filter(id -> !id.isEmpty());
        return requested.isDefined() ? selectById(requested.get(), found) : selectOnly(found);
    }

    /**
     * System property {@value #PROVIDER_PROPERTY} first, then env {@value #PROVIDER_ENV}; blank counts as unset.
     *
     * @param env the process environment
     * @param systemProperties the JVM's system properties
     * @return system property {@value #PROVIDER_PROPERTY} first, then env {@value #PROVIDER_ENV}; blank counts as unset
     */
    public static Option<String> requestedId(Properties systemProperties, Map<String, String> env) {
        Objects.requireNonNull(systemProperties, "systemProperties");
        Objects.requireNonNull(env, "env");
        return nonBlank(systemProperties.getProperty(PROVIDER_PROPERTY)).orElse(() -> nonBlank(env.get(PROVIDER_ENV)));
    }

    /**
     * Every provider registered on the class path, loaded or not, in class path order.
     *
     * @param loader the class loader to look in
     * @return every provider registered on the class path, loaded or not, in class path order
     */
    public static Seq<FoundProvider> available(ClassLoader loader) {
        return ProviderDiscovery.scan(Objects.requireNonNull(loader, "loader"));
    }

    /**
     * {@link #available(ClassLoader)} with the thread context class loader.
     *
     * @return {@link #available(ClassLoader)} with the thread context class loader
     */
    public static Seq<FoundProvider> available() {
        return available(defaultLoader());
    }

    private static ElementsProvider selectById(String requested, Seq<FoundProvider> found) {
        Seq<FoundProvider> matches = found.filter(p -> p.isLoaded() && p.id().equals(requested));
        if (matches.size() > 1) {
            throw SelectionMessages.duplicateId(requested, found);
        }
        if (matches.size() == 1) {
            // Another provider failing does not stop the requested one; it stays listed in available().
            return matches.head().provider().get();
        }
        if (found.exists(p -> !p.isLoaded())) {
            throw SelectionMessages.failedWithRequest(requested, found);
        }
        throw found.isEmpty()
                ? SelectionMessages.noneFoundForId(requested, found)
                : SelectionMessages.unknownId(requested, found);
    }

    private static ElementsProvider selectOnly(Seq<FoundProvider> found) {
        if (found.exists(p -> !p.isLoaded())) {
            throw SelectionMessages.failedWithoutChoice(found);
        }
        Option<String> duplicated = found.groupBy(FoundProvider::id).find(byId -> byId._2.size() > 1).map(byId -> byId._1);
        if (duplicated.isDefined()) {
            throw SelectionMessages.duplicateId(duplicated.get(), found);
        }
        if (found.isEmpty()) {
            throw SelectionMessages.noneFound(found);
        }
        if (found.size() > 1) {
            throw SelectionMessages.severalWithoutChoice(found);
        }
        return found.head().provider().get();
    }

    private static ClassLoader defaultLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ElementsProviders.class.getClassLoader();
    }

    private static Option<String> nonBlank(String value) {
        return Option.of(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
