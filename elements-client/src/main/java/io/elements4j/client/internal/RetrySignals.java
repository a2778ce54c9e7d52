package io.elements4j.client.internal;

import io.elements4j.ports.observe.CallRetried;
import io.elements4j.ports.observe.ElementsListener;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Hands the retries of one call to whoever runs it: a bulk run sends each create inside {@link #during}, and the
 * adapter's rate-limited attempts (seen by every facade's listener, on the thread that makes the call) reach the
 * run's controller while the call is still retrying, not only when it finally gives up. Events of calls made
 * outside {@link #during} go nowhere.
 */
final class RetrySignals implements ElementsListener {

    static final RetrySignals INSTANCE = new RetrySignals();

    private static final ThreadLocal<Consumer<CallRetried>> CURRENT = new ThreadLocal<>();

    private RetrySignals() {}

    /** Runs {@code call} on this thread, telling {@code onRetry} of each of its retried attempts. */
    static <T> T during(Consumer<CallRetried> onRetry, Supplier<T> call) {
        Consumer<CallRetried> previous = CURRENT.get();
        CURRENT.set(onRetry);
        try {
            return call.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    @Override
    public void callRetried(CallRetried event) {
        Consumer<CallRetried> consumer = CURRENT.get();
        if (consumer != null) {
            consumer.accept(event);
        }
    }
}
