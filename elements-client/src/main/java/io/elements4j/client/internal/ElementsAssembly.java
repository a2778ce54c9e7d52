package io.elements4j.client.internal;

import io.elements4j.client.Elements;
import io.elements4j.client.bulk.ConcurrencyBudget;
import io.elements4j.client.callback.SharedTaskUpdates;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.ports.callback.CallbackVerification;
import io.elements4j.ports.callback.IncomingCallback;
import io.elements4j.ports.observe.ElementsListener;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.elements4j.ports.time.Backoff;
import io.elements4j.ports.time.Scheduler;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.random.RandomGenerator;

/**
 * Puts a facade together once the builder has chosen the provider and read its configuration: the listeners every
 * call reports to, the provider's own defaults under what was configured, the vendor's client, and the facade
 * around it.
 */
public final class ElementsAssembly {

    private static final System.Logger LOG = System.getLogger("io.elements4j.client");

    /**
     * What the builder was told beyond the provider and its configuration.
     *
     * @param random            the source of backoff jitter
     * @param awaitDefaults     the waits {@code createAndAwait(draft)} and {@code await(id)} use, when set
     * @param pageSize          the page size of {@code listAll()} and {@code allPresets()}
     * @param listeners         told of every call and wait
     * @param asyncExecutor     where the async view runs calls and polls, when given
     * @param scheduler         what times the async view's polls, when given
     * @param receivesCallbacks whether the vendor's callbacks reach this facade
     * @param sharedTaskUpdates the record of callbacks shared with other facades, when given
     * @param concurrencyBudget the account's parallel tasks shared with other runs and processes, when given
     */
    public record Choices(
            RandomGenerator random,
            Option<AwaitOptions> awaitDefaults,
            int pageSize,
            List<ElementsListener> listeners,
            Option<Executor> asyncExecutor,
            Option<Scheduler> scheduler,
            boolean receivesCallbacks,
            Option<SharedTaskUpdates> sharedTaskUpdates,
            Option<ConcurrencyBudget> concurrencyBudget) {

        /** Keeps a copy of the listeners. */
        public Choices {
            listeners = List.copyOf(listeners);
        }
    }

    private ElementsAssembly() {}

    /**
     * The facade over {@code provider}'s client.
     *
     * @param provider the chosen provider
     * @param config   its configuration as resolved, with the clock and sleeper the builder was given
     * @param choices  the builder's other settings
     * @return the facade, ready to use
     */
    public static Elements assemble(ElementsProvider provider, ProviderConfig.Builder config, Choices choices) {
        LastFailedResponse lastFailed = new LastFailedResponse();
        List<ElementsListener> all = new ArrayList<>(choices.listeners());
        all.add(lastFailed);
        all.add(RetrySignals.INSTANCE);
        ElementsListener listener = ElementsListener.all(all);
        config.listener(listener);
        ProviderConfig given = config.build();
        provider.defaults().forEach((key, value) -> {
            if (given.get(key).isEmpty()) {
                config.set(key, value);
            }
        });
        ProviderConfig resolved = config.build();
        ElementsImpl elements = new ElementsImpl(
                provider.metadata(), provider.create(resolved), resolved, listener, lastFailed, choices);
        stateCallbackVerification(elements);
        return elements;
    }

    /**
     * The start-up log states how callbacks are judged: a warning when a signing vendor's callbacks are taken
     * unverified by choice ({@code accept-unsigned-callbacks=true}), a debug line otherwise.
     */
    static void stateCallbackVerification(Elements elements) {
        CallbackVerification verification = elements.callbackVerification();
        String provider = elements.provider().id();
        LOG.log(
                verification == CallbackVerification.UNSIGNED_ACCEPTED
                        ? System.Logger.Level.WARNING
                        : System.Logger.Level.DEBUG,
                () -> "elements4j " + provider + " callbacks: " + verification.describe());
    }

    /**
     * {@code callback-max-bytes}, or {@link IncomingCallback#DEFAULT_MAX_BYTES}.
     *
     * @throws ProviderConfigurationException for a value that is not a positive whole number below 2 GiB
     */
    static int callbackMaxBytes(ProviderConfig config) {
        Option<String> value = config.get(ConfigKey.CALLBACK_MAX_BYTES.name());
        if (value.isEmpty()) {
            return IncomingCallback.DEFAULT_MAX_BYTES;
        }
        try {
            int bytes = Integer.parseInt(value.get().strip());
            if (bytes >= 1 && bytes < Integer.MAX_VALUE - 8) {
                return bytes;
            }
        } catch (NumberFormatException e) {
            // worded below
        }
        throw new ProviderConfigurationException(
                config.providerId(),
                ConfigKey.CALLBACK_MAX_BYTES,
                ConfigKey.CALLBACK_MAX_BYTES.propertyName(config.providerId()) + " must be a whole number of bytes from"
                        + " 1 to below 2 GiB");
    }

    /** The default waits with {@code poll-delay} and {@code await-timeout} from the configuration, where set. */
    static AwaitOptions configuredWaits(ProviderConfig config) {
        AwaitOptions waits = AwaitOptions.DEFAULT;
        Backoff backoff = waits.backoff();
        waits = config.duration(ConfigKey.POLL_DELAY.name())
                .map(first -> AwaitOptions.DEFAULT.withBackoff(new Backoff(
                        first,
                        first.compareTo(backoff.max()) > 0 ? first : backoff.max(),
                        backoff.multiplier(),
                        backoff.jitter())))
                .getOrElse(waits);
        return config.duration(ConfigKey.AWAIT_TIMEOUT.name())
                .map(waits::withTimeout)
                .getOrElse(waits);
    }
}
