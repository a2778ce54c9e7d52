package io.elements4j.domain.error;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.rules.RuleViolation;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything that can go wrong, as values. Every error carries a plain message, the vendor's code and request id
 * when the vendor gave them, and never a secret.
 */
public sealed interface ElementsError {

    /**
     * A plain-English account of what went wrong.
     *
     * @return a plain-English account of what went wrong
     */
    String message();

    /**
     * The vendor's own error code (e.g. {@code 1303} or {@code insufficient_quota}), if any.
     *
     * @return the vendor's own error code (e.g. {@code 1303} or {@code insufficient_quota}), if any
     */
    default Option<String> vendorCode() {
        return Option.none();
    }

    /**
     * The vendor's request id, for support tickets, if any.
     *
     * @return the vendor's request id, for support tickets, if any
     */
    default Option<String> requestId() {
        return Option.none();
    }

    /**
     * Whether trying the same call again later may succeed.
     *
     * @return whether trying the same call again later may succeed
     */
    default boolean retryable() {
        return false;
    }

    /** The draft or request broke rules: locally (with {@code violations}) or as the vendor reported. */
    record InvalidRequest(
            String message, Seq<RuleViolation> violations, Option<String> vendorCode, Option<String> requestId)
            implements ElementsError {
        /**
         * Creates the value, checking every component.
         *
         * @param message a plain-English account of what went wrong
         * @param requestId the vendor's request id, if any
         * @param vendorCode the vendor's own error code, if any
         */
        public InvalidRequest {
            requireAll(message, violations, vendorCode, requestId);
        }

        /**
         * Local rule violations, found before anything was sent.
         *
         * @return local rule violations, found before anything was sent
         */
        public static InvalidRequest of(Seq<RuleViolation> violations) {
            String summary = violations.size() == 1
                    ? "the draft breaks 1 rule: "
                    : "the draft breaks " + violations.size() + " rules: ";
            return new InvalidRequest(
                    summary + violations.map(RuleViolation::toString).mkString("; "),
                    List.ofAll(violations),
                    Option.none(),
                    Option.none());
        }

        /**
         * A checked value, or this error listing every rule it broke: the one bridge from rules to errors.
         *
         * @param <T> the type of the value
         * @param checked the outcome of checking the rules
         * @return a checked value, or this error listing every rule it broke: the one bridge from rules to errors
         */
        public static <T> Either<ElementsError, T> unlessValid(Validation<Seq<RuleViolation>, T> checked) {
            return checked.toEither().mapLeft(InvalidRequest::of);
        }
    }

    /** The credentials were missing, wrong or expired. */
    record Unauthorized(String message, Option<String> vendorCode, Option<String> requestId) implements ElementsError {
        /**
         * Creates the value, checking every component.
         *
         * @param message a plain-English account of what went wrong
         * @param requestId the vendor's request id, if any
         * @param vendorCode the vendor's own error code, if any
         */
        public Unauthorized {
            requireAll(message, vendorCode, requestId);
        }
    }

    /** The credentials are valid but may not do this (model or API not enabled for the account). */
    record Forbidden(String message, Option<String> vendorCode, Option<String> requestId) implements ElementsError {
        /**
         * Creates the value, checking every component.
         *
         * @param message a plain-English account of what went wrong
         * @param requestId the vendor's request id, if any
         * @param vendorCode the vendor's own error code, if any
         */
        public Forbidden {
            requireAll(message, vendorCode, requestId);
        }
    }

    /** The account has no balance, credits or subscription left for this. */
    record InsufficientCredits(String message, Option<String> vendorCode, Option<String> requestId)
            implements ElementsError {
        /**
         * Creates the value, checking every component.
         *
         * @param message a plain-English account of what went wrong
         * @param requestId the vendor's request id, if any
         * @param vendorCode the vendor's own error code, if any
         */
        public InsufficientCredits {
            requireAll(message, vendorCode, requestId);
        }
    }

    /**
     * Too many requests or concurrent tasks; try again after {@code retryAfter} if the vendor said.
     *
     * <p>{@link #limit()} says which of the vendor's limits was hit, when the vendor's answer tells: a request-rate
     * limit clears with time, a parallel-task limit when one of the account's tasks ends. Something that sends many
     * creates at once reacts differently to the two (see {@code AdaptiveConcurrency} in the ports).
     *
     * @param message a plain-English account of what went wrong
     * @param retryAfter how long the vendor asks the caller to wait, if it said
     * @param vendorCode the vendor's own error code, if any
     * @param requestId the vendor's request id, if any
     * @param limit which limit was hit, if the vendor's answer says
     */
    record RateLimited(
            String message,
            Option<Duration> retryAfter,
            Option<String> vendorCode,
            Option<String> requestId,
            Option<Limit> limit)
            implements ElementsError {
        /**
         * Creates the value, checking every component.
         *
         * @param message a plain-English account of what went wrong
         * @param requestId the vendor's request id, if any
         * @param retryAfter how long the vendor asks the caller to wait, if it said
         * @param vendorCode the vendor's own error code, if any
         * @param limit which limit was hit, if the vendor's answer says
         */
        public RateLimited {
            requireAll(message, retryAfter, vendorCode, requestId, limit);
        }

        /**
         * A rate limit whose answer did not say which limit was hit.
         *
         * @param message a plain-English account of what went wrong
         * @param retryAfter how long the vendor asks the caller to wait, if it said
         * @param vendorCode the vendor's own error code, if any
         * @param requestId the vendor's request id, if any
         */
        public RateLimited(
                String message, Option<Duration> retryAfter, Option<String> vendorCode, Option<String> requestId) {
            this(message, retryAfter, vendorCode, requestId, Option.none());
        }

        /**
         * This error, saying which limit was hit.
         *
         * @param hit the limit the vendor's answer names
         * @return a copy with {@link #limit()} set
         */
        public RateLimited withLimit(Limit hit) {
            return new RateLimited(message, retryAfter, vendorCode, requestId, Option.some(hit));
        }

        @Override
        public boolean retryable() {
            return true;
        }

        /** The kinds of limit a vendor puts on an account. */
        public enum Limit {
            /** Too many requests in a span of time: clears as time passes. */
            REQUEST_RATE,
            /**
             * Every task the account may run at once is running: clears when one of them ends. A create refused for
             * this was not taken; the account is full, not overloaded.
             */
            PARALLEL_TASKS
        }
    }

    /** The element, task or resource does not exist. */
    record NotFound(String message, Option<String> vendorCode, Option<String> requestId) implements ElementsError {
        /**
         * Creates the value, checking every component.
         *
         * @param message a plain-English account of what went wrong
         * @param requestId the vendor's request id, if any
         * @param vendorCode the vendor's own error code, if any
         */
        public NotFound {
            requireAll(message, vendorCode, requestId);
        }
    }

    /** The request clashes with existing state (e.g. a duplicate external task id). */
    record Conflict(String message, Option<String> vendorCode, Option<String> requestId) implements ElementsError {
        /**
         * Creates the value, checking every component.
         *
         * @param message a plain-English account of what went wrong
         * @param requestId the vendor's request id, if any
         * @param vendorCode the vendor's own error code, if any
         */
        public Conflict {
            requireAll(message, vendorCode, requestId);
        }
    }

    /** The vendor's content or platform policy refused the request (including an IP allow-list). */
    record PolicyRejected(String message, Option<String> vendorCode, Option<String> requestId)
            implements ElementsError {
        /**
         * Creates the value, checking every component.
         *
         * @param message a plain-English account of what went wrong
         * @param requestId the vendor's request id, if any
         * @param vendorCode the vendor's own error code, if any
         */
        public PolicyRejected {
            requireAll(message, vendorCode, requestId);
        }
    }

    /** The provider does not offer this operation. */
    record Unsupported(Capability capability, String message) implements ElementsError {
        /**
         * Creates the value, checking every component.
         *
         * @param message a plain-English account of what went wrong
         */
        public Unsupported {
            requireAll(capability, message);
        }

        /**
         * The unsupported of the given parts.
         *
         * @param vendor the vendor's name, as messages show it
         * @return the unsupported of the given parts
         */
        public static Unsupported of(String vendor, Capability capability) {
            return new Unsupported(
                    capability,
                    vendor + " cannot " + capability.description() + " (capability " + capability
                            + " is not offered by this provider)");
        }
    }

    /** The creation task ended in failure or was cancelled. */
    record TaskFailed(CreationTaskId taskId, String message, Option<String> vendorCode, Option<String> requestId)
            implements ElementsError {
        /**
         * Creates the value, checking every component.
         *
         * @param message a plain-English account of what went wrong
         * @param requestId the vendor's request id, if any
         * @param vendorCode the vendor's own error code, if any
         */
        public TaskFailed {
            requireAll(taskId, message, vendorCode, requestId);
        }
    }

    /**
     * A wait ended without a definite answer: the task exists at the vendor, but whether it succeeded is not known
     * (the wait's timeout or attempt limit ran out, the thread was interrupted, or the vendor kept answering polls
     * with errors that say nothing about the task). The task may still finish: {@code await} it again later with
     * {@link #taskId()}.
     *
     * @param taskId         the vendor's id of the task, to await again
     * @param lastKnownState the state the vendor last reported, if any poll was read
     * @param idempotencyKey the key the task was created with, when known
     * @param attempts       the polls this wait made
     * @param message        what happened and what to do next
     * @param requestId      the vendor's request id of the last error, if any
     */
    record TaskStateUnknown(
            CreationTaskId taskId,
            Option<TaskState> lastKnownState,
            Option<IdempotencyKey> idempotencyKey,
            int attempts,
            String message,
            Option<String> requestId)
            implements ElementsError {
        /**
         * Creates the value, checking every component.
         *
         * @param message a plain-English account of what went wrong
         * @param requestId the vendor's request id, if any
         */
        public TaskStateUnknown {
            requireAll(taskId, lastKnownState, idempotencyKey, message, requestId);
        }

        @Override
        public boolean retryable() {
            return true;
        }
    }

    /**
     * A create whose outcome is unknown: the vendor may have made the element (the answer was lost, cut short or
     * unreadable) and the provider could not find out. Sending the draft again may make a second element, so look
     * first: the message says how on this vendor, and {@code candidates} lists elements that may be the one made.
     *
     * @param message        what happened and how to find out on this vendor
     * @param idempotencyKey the draft's key (the vendor's external task id, where it keeps one: look the task up by it)
     * @param candidates     elements that may be the ones the create made (several matches in a listing)
     * @param status         the HTTP status of the last answer, 0 when none arrived
     * @param vendorCode     the vendor's code of the last answer, if any
     * @param requestId      the vendor's request id of the last answer, if any
     */
    record CreationUnknown(
            String message,
            IdempotencyKey idempotencyKey,
            Seq<ElementId> candidates,
            int status,
            Option<String> vendorCode,
            Option<String> requestId)
            implements ElementsError {
        /**
         * Creates the value, checking every component.
         *
         * @param message a plain-English account of what went wrong
         * @param requestId the vendor's request id, if any
         * @param vendorCode the vendor's own error code, if any
         */
        public CreationUnknown {
            requireAll(message, idempotencyKey, candidates, vendorCode, requestId);
            candidates = List.ofAll(candidates);
        }

        /**
         * An ambiguous {@link ProviderFailure} of a create, now tied to the draft's key.
         *
         * @return an ambiguous {@link ProviderFailure} of a create, now tied to the draft's key
         */
        public static CreationUnknown of(ProviderFailure failure, IdempotencyKey key) {
            return new CreationUnknown(
                    failure.message(), key, List.empty(), failure.status(), failure.vendorCode(), failure.requestId());
        }
    }

    /**
     * A single call ran out of time: its {@code call-timeout} passed (retries and {@code Retry-After} waits
     * included). {@code attempts} counts the requests sent (0 when none could be sent in time).
     */
    record Timeout(String message, int attempts, Option<String> requestId) implements ElementsError {
        /**
         * Creates the value, checking every component.
         *
         * @param message a plain-English account of what went wrong
         * @param requestId the vendor's request id, if any
         */
        public Timeout {
            requireAll(message, requestId);
        }

        @Override
        public boolean retryable() {
            return true;
        }
    }

    /**
     * The vendor failed or answered something we cannot use.
     *
     * @param status     the HTTP status, 0 when no response arrived
     * @param retryable  whether trying again may help
     * @param ambiguous  whether the request may have been accepted anyway (a create that timed out): the caller
     *                   must look before re-sending
     */
    record ProviderFailure(
            String message,
            int status,
            Option<String> vendorCode,
            Option<String> requestId,
            boolean retryable,
            boolean ambiguous)
            implements ElementsError {
        /**
         * Creates the value, checking every component.
         *
         * @param message a plain-English account of what went wrong
         * @param requestId the vendor's request id, if any
         * @param vendorCode the vendor's own error code, if any
         */
        public ProviderFailure {
            requireAll(message, vendorCode, requestId);
        }

        /**
         * A definite failure: the request did not take effect, and sending it again as it is will not help.
         *
         * @param message    a plain-English account of what went wrong
         * @param status     the HTTP status, 0 when no response arrived
         * @param vendorCode the vendor's own error code, if any
         * @param requestId  the vendor's request id, if any
         * @return the failure
         */
        public static ProviderFailure definite(
                String message, int status, Option<String> vendorCode, Option<String> requestId) {
            return new ProviderFailure(message, status, vendorCode, requestId, false, false);
        }

        /**
         * A failure that did not take effect and may pass when tried again (the vendor unreachable, overloaded, or
         * a store this library writes to down for now).
         *
         * @param message    a plain-English account of what went wrong
         * @param status     the HTTP status, 0 when no response arrived
         * @param vendorCode the vendor's own error code, if any
         * @param requestId  the vendor's request id, if any
         * @return the failure
         */
        public static ProviderFailure retryable(
                String message, int status, Option<String> vendorCode, Option<String> requestId) {
            return new ProviderFailure(message, status, vendorCode, requestId, true, false);
        }

        /**
         * A failure after which nobody can tell whether the request took effect (a create whose answer was lost):
         * the caller must look before sending it again.
         *
         * @param message    a plain-English account of what went wrong, saying how to look
         * @param status     the HTTP status, 0 when no response arrived
         * @param vendorCode the vendor's own error code, if any
         * @param requestId  the vendor's request id, if any
         * @return the failure
         */
        public static ProviderFailure ambiguous(
                String message, int status, Option<String> vendorCode, Option<String> requestId) {
            return new ProviderFailure(message, status, vendorCode, requestId, false, true);
        }

        /**
         * The same failure, with more said after its message.
         *
         * @param note what to add, such as {@code "; gave up after 3 attempts"}
         * @return the failure with the longer message
         */
        public ProviderFailure withNote(String note) {
            return new ProviderFailure(message + note, status, vendorCode, requestId, retryable, ambiguous);
        }

        /**
         * The same failure, now known not to have taken effect, so the request may be sent again.
         *
         * @param note what was found out, added to the message
         * @return a retryable, no longer ambiguous failure
         */
        public ProviderFailure knownNotToHaveTakenEffect(String note) {
            return new ProviderFailure(message + note, status, vendorCode, requestId, true, false);
        }
    }

    private static void requireAll(Object... values) {
        for (Object value : values) {
            Objects.requireNonNull(value, "an ElementsError field is null");
        }
    }
}
