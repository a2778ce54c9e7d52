package io.elements4j.client;

import io.elements4j.client.internal.discovery.ProviderDiscovery;
import io.elements4j.client.internal.discovery.SelectionMessages;
import io.elements4j.ports.spi.ElementsProvider;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Chooses the provider from the class path: the one named by {@value #PROVIDER_PROPERTY} (system property, then
 * env {@value #PROVIDER_ENV}), or with none named, the only one there is (a provider that must be named, a variant
 * shipped in the jar of the provider it varies, does not count). Anything else — no provider, several
 * without a choice, an unknown id, a provider that fails to load, two providers with one id — is a
 * {@link ProviderSelectionException} that lists what was found and says what to set. It never guesses.
 */
public final class ElementsProviders {

    /** The system property naming the provider to use, by id. */
    public static final String PROVIDER_PROPERTY = "elements.provider";
    /** The environment variable naming the provider to use, when the system property does not. */
    public static final String PROVIDER_ENV = "ELEMENTS_PROVIDER";

    private static final System.Logger LOG = System.getLogger("io.elements4j.client");

    private ElementsProviders() {}

    /**
     * The provider to use, as the process is configured: named by the system properties or the environment, looked
     * for with the thread's context class loader.
     *
     * @return the chosen provider
     * @throws ProviderSelectionException when no single working provider can be chosen
     */
    public static ElementsProvider select() {
        return select(requestedId(System.getProperties(), System.getenv()), defaultLoader());
    }

    /**
     * The provider with the requested id, or with none requested the only one there is.
     *
     * @param requestedId the id to pick, if any (blank counts as none)
     * @param loader      the class loader to look in
     * @return the chosen provider
     * @throws ProviderSelectionException when no single working provider can be chosen
     */
    public static ElementsProvider select(Option<String> requestedId, ClassLoader loader) {
        Objects.requireNonNull(requestedId, "requestedId");
        Objects.requireNonNull(loader, "loader");
        return select(requestedId, available(loader));
    }

    /**
     * {@link #select(Option, ClassLoader)} among the providers an earlier {@link #available(ClassLoader)} found: an
     * application that has already listed them (to show them, or to check their credentials) chooses one without
     * loading every provider a second time.
     *
     * @param requestedId the id to pick, if any (blank counts as none)
     * @param found       what {@link #available(ClassLoader)} returned
     * @return the chosen provider
     * @throws ProviderSelectionException when no single working provider can be chosen, for the same reasons and
     *     with the same message as {@link #select(Option, ClassLoader)}
     */
    public static ElementsProvider select(Option<String> requestedId, Seq<FoundProvider> found) {
        Objects.requireNonNull(requestedId, "requestedId");
        Objects.requireNonNull(found, "found");
        Option<String> requested = requestedId.map(String::trim).filter(id -> !id.isEmpty());
        return requested.isDefined() ? selectById(requested.get(), found) : selectOnly(found);
    }

    /**
     * System property {@value #PROVIDER_PROPERTY} first, then env {@value #PROVIDER_ENV}; blank counts as unset.
     *
     * @param systemProperties the JVM's system properties
     * @param env              the process environment
     * @return the id requested, if any
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
     * @return what was found, each loaded or with the reason it did not load
     */
    public static Seq<FoundProvider> available(ClassLoader loader) {
        return ProviderDiscovery.scan(Objects.requireNonNull(loader, "loader"));
    }

    /**
     * {@link #available(ClassLoader)} with the thread context class loader.
     *
     * @return what was found, each loaded or with the reason it did not load
     */
    public static Seq<FoundProvider> available() {
        return available(defaultLoader());
    }

    private static ElementsProvider selectById(String requested, Seq<FoundProvider> found) {
        Seq<FoundProvider> matches = found.filter(p -> p.isLoaded() && p.id().equals(requested));
        if (matches.isEmpty()) {
            // A renamed provider still answers to the id it had; the current id always wins over a former one.
            matches = found.filter(
                    p -> p.isLoaded() && p.provider().get().metadata().isFormerId(requested));
        }
        if (matches.size() > 1) {
            throw refused(SelectionMessages.duplicateId(requested, found), found);
        }
        if (matches.size() == 1) {
            // Another provider failing does not stop the requested one; it stays listed in available().
            FoundProvider match = matches.head();
            if (!match.id().equals(requested)) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "provider id [{0}] is deprecated: it selects provider [{1}], its new id; select it as [{1}]"
                                + " and move settings from elements.{0}.* to elements.{1}.*",
                        requested,
                        match.id());
            }
            return match.provider().get();
        }
        if (found.exists(p -> !p.isLoaded())) {
            throw refused(SelectionMessages.failedWithRequest(requested, found), found);
        }
        throw refused(
                found.isEmpty()
                        ? SelectionMessages.noneFoundForId(requested, found)
                        : SelectionMessages.unknownId(requested, found),
                found);
    }

    private static ElementsProvider selectOnly(Seq<FoundProvider> found) {
        if (found.exists(p -> !p.isLoaded())) {
            throw refused(SelectionMessages.failedWithoutChoice(found), found);
        }
        Option<String> duplicated = found.groupBy(FoundProvider::id)
                .find(byId -> byId._2.size() > 1)
                .map(byId -> byId._1);
        if (duplicated.isDefined()) {
            throw refused(SelectionMessages.duplicateId(duplicated.get(), found), found);
        }
        if (found.isEmpty()) {
            throw refused(SelectionMessages.noneFound(found), found);
        }
        Seq<FoundProvider> unnamed = found.filter(p -> !p.chosenOnlyByName());
        if (unnamed.size() != 1) {
            throw refused(SelectionMessages.severalWithoutChoice(found), found);
        }
        return unnamed.head().provider().get();
    }

    private static ProviderSelectionException refused(SelectionMessages.Refusal refusal, Seq<FoundProvider> found) {
        return new ProviderSelectionException(refusal.reason(), found, refusal.message());
    }

    private static ClassLoader defaultLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ElementsProviders.class.getClassLoader();
    }

    private static Option<String> nonBlank(String value) {
        return Option.of(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
