package io.elements4j.domain.task;

/** Where a creation task stands. The last three are terminal. */
public enum TaskState {
    SUBMITTED,
    QUEUED,
    PROCESSING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    public boolean isTerminal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }

    public boolean isFailure() {
        return this == FAILED || this == CANCELLED;
    }
}
