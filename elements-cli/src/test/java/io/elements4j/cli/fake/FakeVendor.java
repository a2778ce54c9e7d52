package io.elements4j.cli.fake;

import io.elements4j.domain.element.Element;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.ports.spi.OfflineVendor;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A test stand-in for a vendor, in memory: the CLI's tests run every command against it as they would against a
 * sandbox simulator, until (and besides) the real adapters and simulators are on the class path.
 */
public final class FakeVendor implements OfflineVendor {

    static final String CREDENTIAL = "fake-credential-5f2a";
    private static final java.util.Map<String, FakeVendor> RUNNING = new ConcurrentHashMap<>();
    private static final AtomicLong INSTANCES = new AtomicLong();

    private final String providerId;
    private final String baseUrl;
    private final AtomicLong ids = new AtomicLong(1L << 60);
    final java.util.Map<String, Element> elements = new java.util.LinkedHashMap<>();
    final java.util.Map<String, Pending> tasks = new java.util.LinkedHashMap<>();
    volatile Duration lastCallTimeout;

    /** The call-timeout the last client made for this vendor was configured with. */
    public Duration lastCallTimeout() {
        return lastCallTimeout;
    }

    /** A task and the polls left before it finishes. */
    static final class Pending {
        CreationTask task;
        int pollsLeft;
        final Element element;

        Pending(CreationTask task, int pollsLeft, Element element) {
            this.task = task;
            this.pollsLeft = pollsLeft;
            this.element = element;
        }
    }

    FakeVendor(String providerId) {
        this.providerId = providerId;
        this.baseUrl = "http://" + providerId + ".fake.invalid/" + INSTANCES.incrementAndGet();
        RUNNING.put(baseUrl, this);
    }

    static Option<FakeVendor> at(String baseUrl) {
        return Option.of(RUNNING.get(baseUrl));
    }

    String newId() {
        return Long.toString(ids.getAndIncrement());
    }

    @Override
    public String providerId() {
        return providerId;
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public Map<String, String> configuration() {
        return LinkedHashMap.of(
                "elements." + providerId + ".base-url", baseUrl, "elements." + providerId + ".api-key", CREDENTIAL);
    }

    @Override
    public void close() {
        RUNNING.remove(baseUrl);
    }
}
