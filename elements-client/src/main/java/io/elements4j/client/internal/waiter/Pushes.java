package io.elements4j.client.internal.waiter;

import io.vavr.control.Option;

/**
 * States delivered to a wait without its asking: a vendor's callbacks, received by the host app. A wait with pushes
 * judges the latest pushed state before each poll and as soon as a new one arrives, so a callback ends it at once
 * and polling is only the safety net for a callback that never comes.
 *
 * @param <K> the key waited for
 * @param <T> the state delivered
 */
public interface Pushes<K, T> {

    /**
     * The latest state delivered for a key.
     *
     * @param key what is waited for
     * @return the most advanced state delivered so far, if any
     */
    Option<T> latest(K key);

    /**
     * Runs {@code onPush} each time a state is delivered for {@code key}, until the handle is closed. It runs on
     * the delivering thread and must be quick (raise a signal, hand work to an executor).
     *
     * @param key    what is waited for
     * @param onPush what to run on each delivery
     * @return a handle that stops the deliveries
     */
    Subscription subscribe(K key, Runnable onPush);

    /** A handle on a subscription. */
    @FunctionalInterface
    interface Subscription extends AutoCloseable {

        /** Stops the deliveries; idempotent. */
        @Override
        void close();
    }

    /**
     * No pushes: a wait that only polls.
     *
     * @param <K> the key waited for
     * @param <T> the state
     * @return pushes that never deliver anything
     */
    @SuppressWarnings("unchecked")
    static <K, T> Pushes<K, T> none() {
        return (Pushes<K, T>) None.INSTANCE;
    }

    /** The pushes that never come. */
    enum None implements Pushes<Object, Object> {
        /** The one instance. */
        INSTANCE;

        @Override
        public Option<Object> latest(Object key) {
            return Option.none();
        }

        @Override
        public Subscription subscribe(Object key, Runnable onPush) {
            return () -> {};
        }
    }
}
