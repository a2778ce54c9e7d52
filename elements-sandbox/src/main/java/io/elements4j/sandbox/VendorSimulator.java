package io.elements4j.sandbox;

import io.elements4j.ports.spi.OfflineVendor;
import io.elements4j.ports.time.Scheduler;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.time.Clock;
import java.time.Duration;

/**
 * A fake vendor on a loopback port, speaking the vendor's documented wire format, with state, faults and a journal.
 * The conformance suite drives every simulator (and the in-memory reference provider) through this one interface.
 */
public interface VendorSimulator extends OfflineVendor {

    /** The elements4j provider id this simulates: {@code kling-official}, {@code useapi}, {@code evolink}, {@code gmi-cloud}. */
    @Override
    String providerId();

    /** Where it listens, e.g. {@code http://127.0.0.1:53121}. */
    @Override
    String baseUrl();

    /**
     * A credential the simulator accepts. Anything else gets the vendor's 401.
     *
     * @return A credential the simulator accepts
     */
    String credential();

    /**
     * Configuration that points the provider at this simulator, as full property names
     * ({@code elements.<id>.base-url}, {@code elements.<id>.api-key}, …), ready for {@code Elements.builder().config(…)}.
     */
    @Override
    Map<String, String> configuration();

    /** Forgets every element, task, fault and journal entry, and restores the default behaviour. */
    void reset();

    /**
     * The next {@code times} requests routed to {@code operation} answer with {@code fault}.
     *
     * @param fault the fault to inject
     */
    void injectFault(Operation operation, Fault fault, int times);

    /**
     * The next {@code times} requests, whatever their route, answer with {@code fault}.
     *
     * @param fault the fault to inject
     */
    void injectFault(Fault fault, int times);

    /**
     * This vendor's own error for a kind, exactly as the vendor sends it (status, body envelope and code), carrying
     * {@code message} as the vendor's message. A kind the vendor has no such answer for maps to its nearest one.
     *
     * @param message a plain-English account of what went wrong
     * @return this vendor's own error for a kind, exactly as the vendor sends it (status, body envelope and code), carrying {@code message} as the vendor's message
     */
    Fault typicalFault(ErrorKind kind, String message);

    /**
     * From now on, faults drawn at random strike a share of all requests (the queued faults of
     * {@link #injectFault} come first); {@link RandomFaults#none()} stops them. {@link #reset()} stops them too.
     */
    void injectRandomFaults(RandomFaults faults);

    /**
     * From now on the vendor's clock (create times, task progress, journal times) is {@code clock}: hand it a test's
     * virtual time so the vendor and the client agree on "now". Not undone by {@link #reset()}.
     *
     * @param clock the clock the vendor reads the time from
     */
    void useClock(Clock clock);

    /**
     * Every create the vendor acted on since the last reset, in order.
     *
     * @return every create the vendor acted on since the last reset, in order
     */
    Seq<AcceptedCreate> creations();

    /**
     * Every request received since the last reset, in order.
     *
     * @return every request received since the last reset, in order
     */
    Seq<RecordedRequest> journal();

    /**
     * How many requests of one operation were received since the last reset.
     *
     * @param operation the operation to count
     * @return the number of such requests
     */
    default int count(Operation operation) {
        return journal().count(r -> r.operation() == operation);
    }

    /**
     * How many status polls an asynchronous creation takes before it finishes (synchronous vendors ignore it).
     */
    void completeTasksAfterPolls(int polls);

    /**
     * The next creation task fails with this reason (a synchronous vendor answers the create with an error).
     */
    void failNextCreation(String reason);

    /**
     * Adds {@code count} ready elements to the account (for paging), named {@code seed-1} …, and returns their ids.
     *
     * @param count how many
     */
    Seq<String> seedElements(int count);

    /**
     * Whether this vendor calls back: POSTs to a task's callback URL when it moves on (see
     * {@link #completeTasksAfter}). Loopback URLs only: a sandbox never calls out of the machine.
     *
     * @return true for a vendor that calls back
     */
    default boolean callsBack() {
        return false;
    }

    /**
     * Whether its callbacks carry a signature the provider verifies (its configuration holds the secret).
     *
     * @return true for a vendor that signs callbacks
     */
    default boolean signsCallbacks() {
        return false;
    }

    /**
     * From now on, tasks progress and callbacks are sent on {@code scheduler}: hand it a test's
     * {@link io.elements4j.testkit.VirtualScheduler} (with {@link #useClock} on the same virtual time) so a task
     * finishes, and calls back, at a virtual time. Not undone by {@link #reset()}.
     *
     * @param scheduler where the vendor's own actions are scheduled
     * @throws UnsupportedOperationException when this vendor does not call back
     */
    default void useScheduler(Scheduler scheduler) {
        throw new UnsupportedOperationException(providerId() + " does not call back");
    }

    /**
     * From now on tasks finish on time, {@code duration} after they were created, whether or not anyone polls (and
     * call back halfway and at the end, when they have a callback URL). A task with a callback URL does so anyway,
     * after 2 s, unless this says otherwise. Undone by {@link #reset()}.
     *
     * @param duration how long a task takes
     * @throws UnsupportedOperationException when this vendor does not call back
     */
    default void completeTasksAfter(Duration duration) {
        throw new UnsupportedOperationException(providerId() + " does not call back");
    }

    /**
     * From now on callbacks are dropped, duplicated, reordered and tampered with at random. Undone by
     * {@link #reset()}.
     *
     * @param faults what goes wrong, and how often
     * @throws UnsupportedOperationException when this vendor does not call back
     */
    default void injectCallbackFaults(CallbackFaults faults) {
        throw new UnsupportedOperationException(providerId() + " does not call back");
    }

    /**
     * Every callback attempt made since the last reset, in order.
     *
     * @return the attempts
     */
    default Seq<SentCallback> callbacksSent() {
        return List.empty();
    }

    /**
     * How many callbacks a fault dropped since the last reset.
     *
     * @return the callbacks never sent
     */
    default int callbacksDropped() {
        return 0;
    }

    /**
     * From now on the simulator enforces these limits (see {@link VendorLimits}); {@link VendorLimits#none()} lifts
     * them, as {@link #reset()} does. Simulators that cannot enforce limits refuse.
     *
     * @param limits the request rate, parallel tasks and task duration to enforce
     * @throws UnsupportedOperationException when this simulator has no limits
     */
    default void limits(VendorLimits limits) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not enforce limits");
    }

    /**
     * How many requests were turned away by a limit since the last reset.
     *
     * @param kind which limit
     * @return the number of requests it turned away
     */
    default int refusedBy(VendorLimits.Kind kind) {
        return 0;
    }

    @Override
    void close();
}
