package io.elements4j.client.callback;

import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.vavr.control.Option;

/**
 * What callbacks have said about each task, and who is waiting to hear it: a read-only view of the states
 * {@code Elements.receiveCallback} accepted, which end the facade's waits (blocking and async) for those tasks at
 * once.
 *
 * <p>Callbacks come duplicated and out of order, so a task's state here only moves forward: submitted, queued,
 * processing, then a terminal state, which nothing undoes — a late "processing" after "succeeded" is ignored, and so
 * is a second terminal callback (the first one wins), except that a success that names its elements replaces one that
 * named none. The states of the latest tasks nobody waits for are kept (up to ten thousand tasks and about 8 MiB,
 * the oldest forgotten first), so a callback that arrives before its wait starts is still found. Thread-safe.
 */
public interface TaskUpdates {

    /**
     * The most advanced state the callbacks reported for a task.
     *
     * @return its state as the callbacks told it, or none when no callback for it was received (or it was forgotten)
     */
    Option<CreationTask> latest(CreationTaskId task);

    /**
     * The most advanced state the callbacks reported for the task a draft made: a callback names its draft by the
     * draft's key in its URL ({@code elements4j-draft}), or in its body where the vendor echoes the key.
     *
     * @param draft the draft's idempotency key
     * @return the state of the task a callback named for the draft, or none when none did (or it was forgotten)
     */
    Option<CreationTask> forDraft(IdempotencyKey draft);

    /**
     * Whether a task was created through this facade with a callback URL, so its waits poll only as a safety net
     * ({@code callback-safety-net}).
     *
     * @return true when its callbacks are expected here
     */
    boolean expects(CreationTaskId task);

    /**
     * How many waits listen for callbacks now: 0 once every wait has ended.
     *
     * @return the number of subscriptions open
     */
    int listening();
}
