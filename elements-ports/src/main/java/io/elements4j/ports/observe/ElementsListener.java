package io.elements4j.ports.observe;

import java.util.List;
import java.util.Objects;

/**
 * Told of every call the library makes to a vendor and of every wait, for metrics, tracing or logs. Register one
 * with {@code Elements.builder().listener(...)}. Every method has an empty default, so implement only what you need.
 *
 * <p>Events arrive on the thread that makes the call, synchronously: keep the methods quick and never block. An
 * exception a listener throws is swallowed and never changes the call's outcome. Events never hold a secret; a
 * response body reaches a listener only when its {@link #wantsBodies()} says so, and then redacted and truncated.
 */
public interface ElementsListener {

    /**
     * A call to the vendor is about to send its first attempt.
     *
     * @param event which provider and operation
     */
    default void callStarted(CallStarted event) {}

    /**
     * An attempt failed in a way the retry policy retries: another attempt follows after {@link CallRetried#delay()}.
     *
     * @param event the failed attempt and what it answered
     */
    default void callRetried(CallRetried event) {}

    /**
     * A call ended, successfully or not, after all its attempts.
     *
     * @param event the outcome, attempts, duration and the vendor's status, code and request id
     */
    default void callEnded(CallEnded event) {}

    /**
     * A wait for a task started (blocking or asynchronous).
     *
     * @param event which provider and task
     */
    default void waitStarted(WaitStarted event) {}

    /**
     * A wait for a task ended: the task succeeded, failed, the wait ended unresolved, or it was cancelled.
     *
     * @param event the outcome and how long it took
     */
    default void waitEnded(WaitEnded event) {}

    /**
     * Whether this listener is given response bodies (redacted, at most {@link RawResponse#MAX_BODY_CHARS}
     * characters) in {@link CallEnded#response()}. Off unless a listener opts in.
     *
     * @return true to receive bodies
     */
    default boolean wantsBodies() {
        return false;
    }

    /**
     * Whether this listener, when it {@link #wantsBodies() wants bodies}, wants those of calls that succeeded too, or
     * only those of failures. The same as {@link #wantsBodies()} unless overridden. A listener that looks only at
     * failures (one that keeps the last failed answer for a support ticket, say) answers false, and a call that
     * succeeds then copies and redacts no body for it.
     *
     * @return false to be given the bodies of failed calls only
     */
    default boolean wantsBodiesOfSuccesses() {
        return wantsBodies();
    }

    /**
     * A listener that ignores everything.
     *
     * @return the no-op listener
     */
    static ElementsListener none() {
        return Listeners.NONE;
    }

    /**
     * One listener telling all of {@code listeners}, in order; each one's exceptions are swallowed and each sees
     * bodies only if it {@link #wantsBodies() wants} them (those of successes only if it
     * {@link #wantsBodiesOfSuccesses() wants those too}).
     *
     * @param listeners the listeners to tell
     * @return a listener that fans out to them
     */
    static ElementsListener all(List<? extends ElementsListener> listeners) {
        Objects.requireNonNull(listeners, "listeners");
        return new Listeners(List.copyOf(listeners));
    }
}
