package io.elements4j.domain.task;

/** Where a creation task stands. The last three are terminal. */
public enum TaskState {
    /** Accepted by the vendor, not yet queued. */
    SUBMITTED,
    /** Waiting for the vendor to start it. */
    QUEUED,
    /** Being made. */
    PROCESSING,
    /** Finished: the element exists. */
    SUCCEEDED,
    /** Finished without an element; see the failure reason. */
    FAILED,
    /** Stopped before it finished. */
    CANCELLED;

    /**
     * Whether this task state is terminal.
     *
     * @return whether this task state is terminal
     */
    public boolean isTerminal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }

    /**
     * Whether this task state is failure.
     *
     * @return whether this task state is failure
     */
    public boolean isFailure() {
        return this == FAILED || this == CANCELLED;
    }
}
