package io.elements4j.micrometer;

import io.elements4j.ports.observe.CallEnded;
import io.elements4j.ports.observe.CallRetried;
import io.elements4j.ports.observe.ElementsListener;
import io.elements4j.ports.observe.WaitEnded;
import io.elements4j.ports.observe.WaitStarted;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * elements4j's calls and waits as Micrometer meters. Register it as a listener and bind it to a registry:
 *
 * <pre>{@code
 * ElementsMetrics metrics = new ElementsMetrics();
 * metrics.bindTo(registry);
 * Elements elements = Elements.builder().listener(metrics).build();
 * }</pre>
 *
 * <ul>
 *   <li>{@value #REQUESTS} — a timer per call, retries included, tagged {@code provider}, {@code operation}
 *       ({@code submit}, {@code task}, {@code list}, …) and {@code outcome} ({@code success} or the error's type,
 *       such as {@code RateLimited});</li>
 *   <li>{@value #RETRIES} — a counter of retried attempts, tagged {@code provider}, {@code operation},
 *       {@code error} and {@code limit} (for a {@code RateLimited} attempt whose answer said which:
 *       {@code request_rate} or {@code parallel_tasks}; {@code none} otherwise), so a dashboard tells an account
 *       that is full from one that sends too fast;</li>
 *   <li>{@value #PENDING_WAITS} — a gauge of the waits (blocking or asynchronous) not ended yet.</li>
 * </ul>
 *
 * <p>Meters are made on an internal composite registry, so events before {@link #bindTo} are not lost and one
 * instance may be bound to several registries (Spring Boot binds every {@link MeterBinder} bean).
 */
public final class ElementsMetrics implements ElementsListener, MeterBinder {

    /** The request timer's name. */
    public static final String REQUESTS = "elements.client.requests";
    /** The retry counter's name. */
    public static final String RETRIES = "elements.client.retries";
    /** The pending-waits gauge's name. */
    public static final String PENDING_WAITS = "elements.waits.pending";

    private final CompositeMeterRegistry meters = new CompositeMeterRegistry();
    private final AtomicInteger pendingWaits = new AtomicInteger();

    /** Metrics not yet bound to a registry. */
    public ElementsMetrics() {
        Gauge.builder(PENDING_WAITS, pendingWaits, AtomicInteger::get)
                .description("elements4j waits for a task that have not ended")
                .register(meters);
    }

    /**
     * Publishes the meters to {@code registry}, too.
     *
     * @param registry where to publish
     */
    @Override
    public void bindTo(MeterRegistry registry) {
        meters.add(Objects.requireNonNull(registry, "registry"));
    }

    @Override
    public void callEnded(CallEnded event) {
        Timer.builder(REQUESTS)
                .description("elements4j calls to a vendor, retries included")
                .tag("provider", event.provider())
                .tag("operation", event.operation())
                .tag("outcome", event.outcome())
                .register(meters)
                .record(event.duration());
    }

    @Override
    public void callRetried(CallRetried event) {
        Counter.builder(RETRIES)
                .description("elements4j attempts sent again after a failure")
                .tag("provider", event.provider())
                .tag("operation", event.operation())
                .tag("error", event.error())
                .tag(
                        "limit",
                        event.limit()
                                .map(limit -> limit.name().toLowerCase(Locale.ROOT))
                                .getOrElse("none"))
                .register(meters)
                .increment();
    }

    @Override
    public void waitStarted(WaitStarted event) {
        pendingWaits.incrementAndGet();
    }

    @Override
    public void waitEnded(WaitEnded event) {
        pendingWaits.decrementAndGet();
    }
}
