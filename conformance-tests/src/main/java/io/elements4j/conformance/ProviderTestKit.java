package io.elements4j.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.elements4j.client.Elements;
import io.elements4j.client.ElementsBuilder;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.callback.IncomingCallback;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderMetadata;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.RecordedRequest;
import io.elements4j.sandbox.Sandboxes;
import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.testkit.VirtualTime;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Everything a provider's tests need, in one JUnit 5 extension: its vendor's simulator, virtual time, clients and
 * facades on that time, drafts the provider accepts, and the test's resource files. The conformance suite runs on it,
 * and so do the built-in adapters' own tests; a new provider registers it the same way:
 *
 * <pre>{@code
 * class AcmeRequestsTest {
 *
 *     @RegisterExtension
 *     static final ProviderTestKit kit = ProviderTestKit.of(new AcmeElementsProvider());
 *
 *     @Test
 *     void sends_the_key_in_a_header() {
 *         kit.client().submit(kit.drafts().image("Maeva").build());
 *
 *         assertThat(kit.last(Operation.CREATE).header("X-Api-Key")).contains(kit.vendor().credential());
 *     }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>The simulator is the one registered for the provider's id (a {@code VendorSimulatorFactory} found through
 *       {@link java.util.ServiceLoader}, as {@link Sandboxes} finds it), or the one {@link #withSimulator} starts. It
 *       starts when a test first asks for it, is {@linkplain VendorSimulator#reset() reset} after every test (so
 *       each test meets it clean), and stops after the test class (after each test when the kit is an instance
 *       field). A test class that talks only to a stub server never starts it.</li>
 *   <li>Time is a fresh {@link VirtualTime} for every test, shared by the simulator and by every client and facade
 *       the kit builds, so waits, retries and task progress take no real time.</li>
 *   <li>Clients and facades the kit builds are closed after the test.</li>
 * </ul>
 *
 * <p>Fields of the test class may be initialised from the kit ({@code final VendorClient client = kit.client();}):
 * they see the same simulator and the same time as the test.
 */
public final class ProviderTestKit
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ElementsProvider provider;
    private final Supplier<? extends VendorSimulator> simulators;
    private final Instant start;
    private final List<AutoCloseable> built = new ArrayList<>();
    private VendorSimulator vendor;
    private VirtualTime time;
    private VirtualTime clocked;
    private ValidDrafts drafts;
    private Elements elements;
    private int classDepth;

    private ProviderTestKit(ElementsProvider provider, Supplier<? extends VendorSimulator> simulators, Instant start) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.simulators = Objects.requireNonNull(simulators, "simulators");
        this.start = start;
    }

    /**
     * The kit for a provider, with the simulator registered for its id.
     *
     * @param provider the provider under test, as its public no-arg constructor builds it
     * @return the kit, ready to register with {@code @RegisterExtension}
     */
    public static ProviderTestKit of(ElementsProvider provider) {
        String id = provider.metadata().id();
        return new ProviderTestKit(provider, () -> Sandboxes.start(id), null);
    }

    /**
     * This kit, with a simulator that no factory registers (an in-memory stand-in, say).
     *
     * @param simulator starts the simulator; called once per test class
     * @return a new kit; this one is unchanged
     */
    public ProviderTestKit withSimulator(Supplier<? extends VendorSimulator> simulator) {
        return new ProviderTestKit(provider, simulator, start);
    }

    /**
     * This kit, with each test's virtual time starting at {@code instant} (by default 2026-01-01T00:00:00Z).
     *
     * @param instant where each test's clock starts
     * @return a new kit; this one is unchanged
     */
    public ProviderTestKit startingAt(Instant instant) {
        return new ProviderTestKit(provider, simulators, Objects.requireNonNull(instant, "instant"));
    }

    // ---- what a test uses -------------------------------------------------------------------------------------

    /**
     * The provider under test.
     *
     * @return the provider the kit was made for
     */
    public ElementsProvider provider() {
        return provider;
    }

    /**
     * The provider's metadata.
     *
     * @return what the provider says it is and can do
     */
    public ProviderMetadata metadata() {
        return provider.metadata();
    }

    /**
     * The simulator of the provider's vendor, started on first use, on this test's virtual time.
     *
     * @return the running simulator
     */
    public synchronized VendorSimulator vendor() {
        if (vendor == null) {
            vendor = Objects.requireNonNull(simulators.get(), "the simulator supplier returned null");
        }
        if (clocked != time()) {
            vendor.useClock(time().clock());
            clocked = time();
        }
        return vendor;
    }

    /**
     * The simulator as its own class, for what only that vendor's simulator offers.
     *
     * @param type the simulator's class
     * @param <T>  the simulator's type
     * @return the running simulator
     * @throws ClassCastException when the simulator is of another class
     */
    public <T extends VendorSimulator> T vendor(Class<T> type) {
        return type.cast(vendor());
    }

    /**
     * This test's virtual time: a new one for every test, shared by the simulator and everything the kit builds.
     *
     * @return the virtual time
     */
    public synchronized VirtualTime time() {
        if (time == null) {
            time = start == null ? VirtualTime.startingNow() : VirtualTime.startingAt(start);
        }
        return time;
    }

    /**
     * A configuration pointing at the simulator, with its credential and every other setting it needs (the same as
     * {@link VendorSimulator#configuration()}, the secrets as secrets), on virtual time. Add to it before building a
     * client.
     *
     * @return a builder ready for {@link #client(ProviderConfig.Builder)}
     */
    public ProviderConfig.Builder config() {
        ProviderConfig.Builder config = onVirtualTime();
        String prefix = "elements." + metadata().id() + ".";
        vendor().configuration().forEach((key, value) -> {
            String name = key.startsWith(prefix) ? key.substring(prefix.length()) : key;
            if (metadata().configKeys().exists(k -> k.name().equals(name) && k.secret())) {
                config.secret(name, value);
            } else {
                config.set(name, value);
            }
        });
        return config;
    }

    /**
     * A configuration pointing at {@code baseUrl} (a stub server), on virtual time, with no credential: add the one
     * the test needs.
     *
     * @param baseUrl where the client sends its requests
     * @return a builder ready for {@link #client(ProviderConfig.Builder)}
     */
    public ProviderConfig.Builder configAt(String baseUrl) {
        return onVirtualTime().baseUrl(baseUrl);
    }

    /**
     * A client of the simulator, as {@link #config()} configures it; closed after the test.
     *
     * @return the provider's client
     */
    public VendorClient client() {
        return client(config());
    }

    /**
     * A client built by the provider from {@code config}; closed after the test.
     *
     * @param config the configuration, from {@link #config()} or {@link #configAt(String)}
     * @return the provider's client
     */
    public VendorClient client(ProviderConfig.Builder config) {
        return built(provider.create(config.build()));
    }

    /**
     * The facade a host app uses, on the simulator and virtual time, reading no system property or environment
     * variable: the same one for the whole test, closed after it.
     *
     * @return the facade
     */
    public synchronized Elements elements() {
        if (elements == null) {
            elements = elements(UnaryOperator.identity());
        }
        return elements;
    }

    /**
     * The facade as {@link #elements()} builds it, with further settings; closed after the test.
     *
     * @param settings adds to the builder, such as {@code b -> b.pageSize(3)}
     * @return the facade
     */
    public Elements elements(UnaryOperator<ElementsBuilder> settings) {
        return elements(vendor().configuration().toJavaMap(), settings);
    }

    /**
     * A facade with this configuration instead of the simulator's (which is not started for it): a stub server's
     * address, say, or the simulator's with a wrong key. On virtual time, reading no system property or environment
     * variable; closed after the test.
     *
     * @param configuration full property names, such as {@code elements.acme.base-url}
     * @param settings      adds to the builder, such as {@code b -> b.pageSize(3)}
     * @return the facade
     */
    public Elements elements(Map<String, String> configuration, UnaryOperator<ElementsBuilder> settings) {
        ElementsBuilder builder = Elements.builder()
                .provider(provider)
                .config(configuration)
                .systemProperties(new Properties())
                .env(Map.of())
                .clock(time().clock())
                .sleeper(time())
                .random(new SplittableRandom(7));
        return built(settings.apply(builder).build());
    }

    /**
     * Hands a callback, as the vendor sends it, to the test's facade ({@link #elements()}): what a host app's
     * callback endpoint does. The facade calls no vendor for it.
     *
     * @param headers the callback's headers
     * @param body    its body
     * @return the task the callback tells of, or why it was refused
     */
    public Either<ElementsError, CreationTask> receiveCallback(Map<String, String> headers, String body) {
        return elements().receiveCallback(IncomingCallback.ofSingleValues(headers, body));
    }

    /**
     * Drafts the provider accepts: valid under its rule profile, so a test starts from a draft that passes and
     * changes what it is about.
     */
    public synchronized ValidDrafts drafts() {
        if (drafts == null) {
            drafts = new ValidDrafts(metadata().ruleProfile());
        }
        return drafts;
    }

    /**
     * The requests of one operation the simulator received since the test began, in order.
     *
     * @return the requests
     */
    public Seq<RecordedRequest> sent(Operation operation) {
        return vendor().journal().filter(r -> r.operation() == operation);
    }

    /**
     * The last request of one operation the simulator received.
     *
     * @return the request
     * @throws java.util.NoSuchElementException when there was none
     */
    public RecordedRequest last(Operation operation) {
        return sent(operation).last();
    }

    /**
     * A file on the test class path as text, such as a vendor's answer kept as a golden file.
     *
     * @param path the path from the class path's root, such as {@code acme/create-response.json}
     * @return the file's text
     * @throws IllegalArgumentException when there is no such file
     */
    public static String resource(String path) {
        String name = path.startsWith("/") ? path : "/" + path;
        try (InputStream in = ProviderTestKit.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * JSON text as a tree, to compare a request body or an answer by value rather than by its spacing.
     *
     * @param text the JSON
     * @return the tree
     * @throws UncheckedIOException when it is not JSON
     */
    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the lifecycle ----------------------------------------------------------------------------------------

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        classDepth++;
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (--classDepth == 0) {
            close();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        beginTest();
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) {
        endTest();
        if (classDepth == 0) {
            close();
        }
    }

    /** Before a test: the simulator, if running, takes this test's time (it was reset after the last test). */
    synchronized void beginTest() {
        if (vendor != null) {
            vendor();
        }
    }

    /**
     * After a test: what it built is closed, the simulator forgets the test (now, so that the next test's fields,
     * initialised before any callback runs, already see a clean vendor), and the next test gets a time of its own.
     */
    synchronized void endTest() {
        RuntimeException failure = null;
        for (AutoCloseable each : built) {
            try {
                each.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("closing what the test built failed", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        built.clear();
        elements = null;
        if (vendor != null) {
            vendor.reset();
        }
        time = null;
        if (failure != null) {
            throw failure;
        }
    }

    /** Stops the simulator, if it runs; the next use starts a new one. */
    @Override
    public synchronized void close() {
        if (vendor != null) {
            try {
                vendor.close();
            } finally {
                vendor = null;
                clocked = null;
            }
        }
    }

    private ProviderConfig.Builder onVirtualTime() {
        return ProviderConfig.builder(metadata().id()).clock(time().clock()).sleeper(time());
    }

    private synchronized <T extends AutoCloseable> T built(T closeable) {
        built.add(closeable);
        return closeable;
    }
}
