package io.elements4j.client;

import io.elements4j.client.bulk.ConcurrencyBudget;
import io.elements4j.client.callback.SharedTaskUpdates;
import io.elements4j.client.config.ConfigResolver;
import io.elements4j.client.internal.ElementsAssembly;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.ports.observe.ElementsListener;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.time.Scheduler;
import io.elements4j.ports.time.Sleeper;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import java.util.random.RandomGenerator;

/**
 * Configures an {@link Elements}; every setting is optional. Get one from {@link Elements#builder()}.
 *
 * <pre>{@code
 * Elements elements = Elements.builder()
 *         .provider("useapi")
 *         .config(Map.of("elements.useapi.api-key", key))
 *         .listener(metrics)
 *         .build();
 * }</pre>
 */
public final class ElementsBuilder {
    private Option<String> providerId = Option.none();
    private Option<ElementsProvider> provider = Option.none();
    private Option<ProviderConfig> providerConfig = Option.none();
    private Map<String, String> explicit = Map.of();
    private Option<Properties> systemProperties = Option.none();
    private Option<Map<String, String>> env = Option.none();
    private Option<ClassLoader> classLoader = Option.none();
    private Option<Clock> clock = Option.none();
    private Option<Sleeper> sleeper = Option.none();
    // Not RandomGenerator.getDefault(): that looks its algorithm up through a ServiceLoader of every generator in the
    // JDK, which costs a command-line start about 5 ms; jitter needs no particular algorithm.
    private RandomGenerator random = new SplittableRandom();
    private Option<AwaitOptions> awaitDefaults = Option.none();
    private int pageSize = 50;
    private final List<ElementsListener> listeners = new ArrayList<>();
    private Option<Executor> asyncExecutor = Option.none();
    private Option<Scheduler> scheduler = Option.none();
    private boolean receivesCallbacks = true;
    private Option<SharedTaskUpdates> sharedTaskUpdates = Option.none();
    private Option<ConcurrencyBudget> concurrencyBudget = Option.none();

    ElementsBuilder() {}

    /**
     * Selects a provider on the class path by id ({@code kling-official}, {@code useapi}, …), rather than by
     * {@code elements.provider} / {@code ELEMENTS_PROVIDER} or as the only one there.
     *
     * @param id the provider's id
     * @return this builder
     */
    public ElementsBuilder provider(String id) {
        this.providerId = Option.of(id);
        return this;
    }

    /**
     * Uses this provider instance rather than looking on the class path.
     *
     * @param value the provider
     * @return this builder
     */
    public ElementsBuilder provider(ElementsProvider value) {
        this.provider = Option.of(value);
        return this;
    }

    /**
     * Configuration keys as full property names ({@code elements.useapi.api-key}); they win over all else.
     *
     * @param values the keys and their values
     * @return this builder
     */
    public ElementsBuilder config(Map<String, String> values) {
        this.explicit = Map.copyOf(values);
        return this;
    }

    /**
     * A fully resolved configuration; skips property and environment lookup.
     *
     * @param value the provider's configuration
     * @return this builder
     */
    public ElementsBuilder providerConfig(ProviderConfig value) {
        this.providerConfig = Option.of(value);
        return this;
    }

    /**
     * Where to read {@code elements.*} properties (default: the system properties).
     *
     * @param value the properties to read
     * @return this builder
     */
    public ElementsBuilder systemProperties(Properties value) {
        this.systemProperties = Option.of(value);
        return this;
    }

    /**
     * Where to read environment variables (default: the real environment).
     *
     * @param value the variables to read
     * @return this builder
     */
    public ElementsBuilder env(Map<String, String> value) {
        this.env = Option.of(Map.copyOf(value));
        return this;
    }

    /**
     * Where to look for providers (default: the thread's context class loader, else this library's).
     *
     * @param value the class loader
     * @return this builder
     */
    public ElementsBuilder classLoader(ClassLoader value) {
        this.classLoader = Option.of(value);
        return this;
    }

    /**
     * What "now" is for call timeouts, waits and listener events (default: the system clock); a test passes a
     * virtual one.
     *
     * @param value the clock
     * @return this builder
     */
    public ElementsBuilder clock(Clock value) {
        this.clock = Option.of(value);
        return this;
    }

    /**
     * How retries and blocking waits pause (default: real sleeps); a test passes a virtual one, so it never sleeps.
     *
     * @param value the sleeper
     * @return this builder
     */
    public ElementsBuilder sleeper(Sleeper value) {
        this.sleeper = Option.of(value);
        return this;
    }

    /**
     * The source of backoff jitter; seed it for repeatable tests.
     *
     * @param value the random generator
     * @return this builder
     */
    public ElementsBuilder random(RandomGenerator value) {
        this.random = Objects.requireNonNull(value, "random");
        return this;
    }

    /**
     * The waits {@code createAndAwait(draft)} and {@code await(id)} use (default: {@link AwaitOptions#DEFAULT}, with
     * {@code poll-delay} and {@code await-timeout} from the configuration where set).
     *
     * @param value backoff, timeout and attempt limit
     * @return this builder
     */
    public ElementsBuilder awaitDefaults(AwaitOptions value) {
        this.awaitDefaults = Option.some(Objects.requireNonNull(value, "awaitDefaults"));
        return this;
    }

    /**
     * The page size {@link Elements#listAll()} and {@link Elements#allPresets()} request (default 50).
     *
     * @param value the page size, at least 1
     * @return this builder
     * @throws IllegalArgumentException when {@code value} is below 1
     */
    public ElementsBuilder pageSize(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("page size must be at least 1: " + value);
        }
        this.pageSize = value;
        return this;
    }

    /**
     * Adds a listener told of every call to the vendor (started, retried, ended) and every wait; call again to
     * add more. Listeners never see a secret, and see response bodies only when they
     * {@link ElementsListener#wantsBodies() ask for them}.
     *
     * @param value the listener
     * @return this builder
     */
    public ElementsBuilder listener(ElementsListener value) {
        listeners.add(Objects.requireNonNull(value, "listener"));
        return this;
    }

    /**
     * Where {@link Elements#async()} runs calls and polls (default: a pool of 8 daemon threads, shut down with the
     * facade). An executor given here is not shut down by the facade.
     *
     * @param value the executor
     * @return this builder
     */
    public ElementsBuilder asyncExecutor(Executor value) {
        this.asyncExecutor = Option.of(Objects.requireNonNull(value, "asyncExecutor"));
        return this;
    }

    /**
     * What times {@link Elements#async()}'s polls (default: {@link Scheduler#system()}, one daemon thread on real
     * time, closed with the facade); a test passes a {@code VirtualScheduler}. A scheduler given here is closed with
     * the facade too.
     *
     * @param value the scheduler
     * @return this builder
     */
    public ElementsBuilder scheduler(Scheduler value) {
        this.scheduler = Option.of(Objects.requireNonNull(value, "scheduler"));
        return this;
    }

    /**
     * Whether the vendor's callbacks reach this facade ({@link Elements#receiveCallback} is called with them),
     * default true: then a task submitted with a callback URL is polled only as a safety net
     * ({@code callback-safety-net}), since its callback ends the wait. False for a facade whose callbacks go to
     * another process — a command-line tool, a batch job —, whose waits for such tasks then poll on their usual
     * backoff.
     *
     * @param value whether callbacks are handed to this facade
     * @return this builder
     */
    public ElementsBuilder receivesCallbacks(boolean value) {
        this.receivesCallbacks = value;
        return this;
    }

    /**
     * Shares the vendor's callbacks with other facades — the other instances of a host app behind one load balancer:
     * a callback any of them accepts is recorded there and ends the waits for its task on every one, and a wait that
     * starts after its callback still finds it. {@code elements-postgres} offers such a record on PostgreSQL
     * ({@code PostgresFleet}). Default: none, the callbacks this facade receives are its own.
     *
     * @param value the shared record
     * @return this builder
     */
    public ElementsBuilder sharedTaskUpdates(SharedTaskUpdates value) {
        this.sharedTaskUpdates = Option.some(Objects.requireNonNull(value, "sharedTaskUpdates"));
        return this;
    }

    /**
     * Shares the vendor account's parallel tasks with every other bulk run on it, in this process and others: each
     * draft of {@link Elements#createAll} takes a slot before it starts and gives it back when its task has ended, so
     * several instances creating on one account stay within its limit together. {@code elements-postgres} offers
     * slots leased in PostgreSQL ({@code PostgresFleet.accountBudget}). Default: none, each run finds the limit
     * alone.
     *
     * @param value the account's budget
     * @return this builder
     */
    public ElementsBuilder concurrencyBudget(ConcurrencyBudget value) {
        this.concurrencyBudget = Option.some(Objects.requireNonNull(value, "concurrencyBudget"));
        return this;
    }

    /**
     * Builds the facade: chooses the provider, resolves its configuration and creates its client.
     *
     * @return the facade, ready to use; close it when done
     * @throws ProviderSelectionException when no provider, several or an unknown one is found
     * @throws io.elements4j.ports.spi.ProviderConfigurationException when a credential or value is missing
     */
    public Elements build() {
        Properties props = systemProperties.getOrElse(System::getProperties);
        Map<String, String> environment = env.getOrElse(System::getenv);
        ClassLoader loader = classLoader.getOrElse(() ->
                Option.of(Thread.currentThread().getContextClassLoader()).getOrElse(Elements.class.getClassLoader()));
        ElementsProvider chosen = provider.getOrElse(() -> ElementsProviders.select(
                providerId.orElse(() -> ElementsProviders.requestedId(props, environment)), loader));
        ProviderConfig.Builder config = providerConfig
                .map(ProviderConfig::toBuilder)
                .getOrElse(() -> ConfigResolver.of(explicit, props, environment).resolve(chosen.metadata()));
        clock.forEach(config::clock);
        sleeper.forEach(config::sleeper);
        return ElementsAssembly.assemble(
                chosen,
                config,
                new ElementsAssembly.Choices(
                        random,
                        awaitDefaults,
                        pageSize,
                        listeners,
                        asyncExecutor,
                        scheduler,
                        receivesCallbacks,
                        sharedTaskUpdates,
                        concurrencyBudget));
    }
}
