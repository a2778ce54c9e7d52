package io.elements4j.client.waiter;

import io.elements4j.ports.time.Durations;

import io.elements4j.domain.error.ElementsError;
import io.elements4j.ports.time.Sleeper;
import io.elements4j.ports.time.Wakeup;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Polls until an acceptor says success or failure, AWS-waiter style: backoff with jitter between polls, an
 * overall timeout and an attempt limit. Time comes from the injected {@link Clock} and {@link Sleeper}.
 *
 * <p><b>Only a definite answer ends a wait as a failure.</b> A poll that fails says nothing about the task, so what
 * each kind of poll error means is decided here, in one place ({@link #verdict}):
 *
 * <table>
 *   <caption>A failed poll, and what the wait does</caption>
 *   <tr><th>the poll answered</th><th>the wait</th></tr>
 *   <tr><td>the thing polled, in a failure state (the acceptor says {@code FAILURE})</td>
 *       <td>ends at once with the target's failure ({@code TaskFailed}): the vendor said so</td></tr>
 *   <tr><td>{@code RateLimited}</td><td>keeps waiting, no sooner than the vendor's {@code Retry-After}</td></tr>
 *   <tr><td>{@code ProviderFailure} (5xx, a broken connection, a read timeout, a malformed, cut-short or
 *       unclassifiable answer, an unknown status), {@code Timeout} (the poll's own call-timeout), or any error not
 *       listed below</td>
 *       <td>keeps waiting: the state is unknown, not bad</td></tr>
 *   <tr><td>{@code Unauthorized}, {@code Forbidden}, {@code InsufficientCredits}, {@code NotFound},
 *       {@code Conflict}, {@code PolicyRejected}, {@code InvalidRequest}</td>
 *       <td>keeps waiting — a proxy's error page or a vendor lagging behind its own acknowledgement says these
 *       too — until {@value #DEFINITE_AFTER} polls in a row answer one of them; then it ends <em>unresolved</em>,
 *       carrying that error: the credentials or account may be wrong, or the vendor lost track of a task it had
 *       acknowledged, but the task may still have finished. A wait that never read the thing (an id the caller
 *       gave, no state in hand) ends with that error instead: the vendor does not know the id, or will not say</td></tr>
 *   <tr><td>{@code Unsupported}</td><td>ends at once, unresolved (or with the error, for a thing never read):
 *       this provider cannot poll at all</td></tr>
 *   <tr><td>nothing conclusive before the timeout, the attempt limit, or an interrupt</td>
 *       <td>ends unresolved</td></tr>
 * </table>
 *
 * <p>An unresolved end is built by the target ({@link Target#unresolved}), so it can carry what the caller needs to
 * wait again later (the facade's is {@code TaskStateUnknown}, with the task id and the last state seen).
 *
 * <p>{@link #awaitAll} waits for many things on the calling thread alone: it keeps one schedule of when each is next
 * due and sleeps until the earliest, so a thousand pending tasks cost a thousand small records, not threads.
 */
public final class Waiter {

    /** Polls in a row answering an account or lookup error (401, 403, 404, …) before a wait ends unresolved. */
    public static final int DEFINITE_AFTER = 3;

    private final Clock clock;
    private final Sleeper sleeper;
    private final RandomGenerator random;

    /**
     * A waiter on the given time sources.
     *
     * @param clock   what "now" is
     * @param sleeper how to wait between polls
     * @param random  the source of backoff jitter
     */
    public Waiter(Clock clock, Sleeper sleeper, RandomGenerator random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * What to poll and how to judge it.
     *
     * @param description names the thing in messages ({@code element creation task})
     * @param poll        reads the thing's current state once
     * @param acceptor    says whether a state is success, failure or not done yet
     * @param onFailure   the error for a state the acceptor called a failure
     * @param unresolved  the error for a wait that ended without a definite answer
     * @param pushes      states delivered without a poll (a vendor's callbacks), judged as soon as they arrive
     * @param <K>         the key polled by
     * @param <T>         the state read
     */
    public record Target<K, T>(
            String description,
            Function<K, Either<ElementsError, T>> poll,
            Function<T, Acceptance> acceptor,
            Function<T, ElementsError> onFailure,
            Function<Unresolved<K, T>, ElementsError> unresolved,
            Pushes<K, T> pushes) {

        /**
         * Checks that nothing is null.
         *
         * @param acceptor the acceptor
         * @param description the description
         * @param onFailure the on failure
         * @param poll the poll
         * @param unresolved the unresolved
         * @param pushes the pushes
         */
        public Target {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(poll, "poll");
            Objects.requireNonNull(acceptor, "acceptor");
            Objects.requireNonNull(onFailure, "onFailure");
            Objects.requireNonNull(unresolved, "unresolved");
            Objects.requireNonNull(pushes, "pushes");
        }

        /**
         * A target that only polls.
         *
         * @param description names the thing in messages
         * @param poll        reads the thing's current state once
         * @param acceptor    says whether a state is success, failure or not done yet
         * @param onFailure   the error for a state the acceptor called a failure
         * @param unresolved  the error for a wait that ended without a definite answer
         */
        public Target(String description, Function<K, Either<ElementsError, T>> poll, Function<T, Acceptance> acceptor,
                      Function<T, ElementsError> onFailure, Function<Unresolved<K, T>, ElementsError> unresolved) {
            this(description, poll, acceptor, onFailure, unresolved, Pushes.none());
        }

        /**
         * A copy that also judges the states {@code value} delivers.
         *
         * @param value the pushes
         * @return the copy
         */
        public Target<K, T> withPushes(Pushes<K, T> value) {
            return new Target<>(description, poll, acceptor, onFailure, unresolved, value);
        }
    }

    /**
     * A wait that ended without a definite answer, as {@link Target#unresolved} is told of it.
     *
     * @param key       what was waited for
     * @param lastKnown the last state a poll read (or the state in hand), if any
     * @param attempts  the polls made
     * @param elapsed   how long the wait took
     * @param why       why it ended, as a phrase: "did not finish within the 15 min timeout"
     * @param lastError the error of the last poll, when it failed
     * @param <K>       the key polled by
     * @param <T>       the state read
     */
    public record Unresolved<K, T>(K key, Option<T> lastKnown, int attempts, Duration elapsed, String why,
                                   Option<ElementsError> lastError) {

        /**
         * Checks that nothing is null.
         *
         * @param attempts the attempts
         * @param elapsed the elapsed
         * @param key the key
         * @param lastError the last error
         * @param lastKnown the last known
         * @param why the why
         */
        public Unresolved {
            Objects.requireNonNull(lastKnown, "lastKnown");
            Objects.requireNonNull(elapsed, "elapsed");
            Objects.requireNonNull(why, "why");
            Objects.requireNonNull(lastError, "lastError");
        }
    }

    /** What a failed poll means for the wait: see the table in the class comment. */
    enum Verdict {
        /** The state is unknown: poll again after the backoff. */
        KEEP_WAITING,
        /** Poll again, but end unresolved once {@link #DEFINITE_AFTER} such answers come in a row. */
        KEEP_WAITING_UNLESS_REPEATED,
        /** End unresolved now. */
        END_UNRESOLVED
    }

    /**
     * The row of the class comment's table an error falls in.
     *
     * @param error what a poll answered
     * @return what the wait does
     */
    static Verdict verdict(ElementsError error) {
        if (error instanceof ElementsError.Unsupported) {
            return Verdict.END_UNRESOLVED;
        }
        if (error instanceof ElementsError.Unauthorized || error instanceof ElementsError.Forbidden
                || error instanceof ElementsError.InsufficientCredits || error instanceof ElementsError.NotFound
                || error instanceof ElementsError.Conflict || error instanceof ElementsError.PolicyRejected
                || error instanceof ElementsError.InvalidRequest) {
            return Verdict.KEEP_WAITING_UNLESS_REPEATED;
        }
        return Verdict.KEEP_WAITING;
    }

    /**
     * Waits for one thing.
     *
     * @param key     what to wait for
     * @param known   a state already in hand (e.g. the task a submit returned): judged first, without a poll; when
     *                it is not terminal the first poll comes after the first backoff delay
     * @param target  what to poll and how to judge it
     * @param options backoff, timeout and attempt limit
     * @param <K>     the key polled by
     * @param <T>     the state read
     * @return the final state with the attempts and time it took, or why the wait ended without one
     */
    public <K, T> Either<ElementsError, Awaited<T>> await(K key, Option<T> known, Target<K, T> target,
                                                         AwaitOptions options) {
        Seq<Either<ElementsError, Awaited<T>>> results = awaitAll(Array.of(key), k -> known, target, options);
        return results.head();
    }

    /**
     * Waits for many things at once, on this thread, and answers in the order of {@code keys}. Each has its own
     * attempts, backoff and timeout, counted from the start of this call.
     *
     * @param keys    what to wait for
     * @param known   the state already in hand for a key, if any
     * @param target  what to poll and how to judge it
     * @param options backoff, timeout and attempt limit, for each key
     * @param <K>     the key polled by
     * @param <T>     the state read
     * @return one answer per key, in the order of {@code keys}
     */
    public <K, T> Seq<Either<ElementsError, Awaited<T>>> awaitAll(Seq<K> keys, Function<K, Option<T>> known,
                                                                 Target<K, T> target, AwaitOptions options) {
        Instant start = clock.instant();
        Instant deadline = start.plus(options.timeout());
        Object[] results = new Object[keys.size()];
        @SuppressWarnings({"unchecked", "rawtypes"})
        Pending<K, T>[] current = new Pending[keys.size()];
        PriorityQueue<Pending<K, T>> schedule = new PriorityQueue<>();
        java.util.Queue<Integer> pushed = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.List<Pushes.Subscription> subscriptions = new java.util.ArrayList<>();
        Wakeup wakeup = new Wakeup();
        try {
            int index = 0;
            for (K key : keys) {
                int at = index++;
                if (target.pushes != Pushes.<K, T>none()) {
                    subscriptions.add(target.pushes.subscribe(key, () -> {
                        pushed.add(at);
                        wakeup.signal();
                    }));
                }
                Option<T> inHand = target.pushes.latest(key).orElse(known.apply(key));
                Pending<K, T> fresh = new Pending<>(at, key, start, 0, inHand, 0, Option.none());
                Either<ElementsError, Awaited<T>> done = inHand.isDefined() ? judged(fresh, inHand.get(), target, start) : null;
                if (done != null) {
                    results[at] = done;
                } else {
                    Duration first = inHand.isDefined() ? options.backoff().delay(1, random)
                            : staggered(at, keys.size(), options);
                    current[at] = fresh.due(start.plus(first));
                    schedule.add(current[at]);
                }
            }
            while (!schedule.isEmpty()) {
                Pending<K, T> next = schedule.peek();
                Boolean slept = sleepUntil(next.due, wakeup);
                if (slept == null) {
                    drainInterrupted(schedule, results, target, start);
                    break;
                }
                if (slept) {
                    wakeup.clear();
                    for (Integer at = pushed.poll(); at != null; at = pushed.poll()) {
                        takePush(at, current, schedule, results, target, start);
                    }
                    continue;
                }
                schedule.poll();
                Option<T> delivered = target.pushes.latest(next.key);
                if (delivered.isDefined() && !delivered.equals(next.lastKnown)) {
                    // A callback came while no one was looking: judge it instead of polling.
                    Pending<K, T> read = next.read(delivered.get());
                    Either<ElementsError, Awaited<T>> done = judged(read, delivered.get(), target, start);
                    if (done != null) {
                        results[next.index] = done;
                        current[next.index] = null;
                        continue;
                    }
                    next = read;
                }
                Pending<K, T> polled = next.polledOnce();
                Either<ElementsError, T> answer = Objects.requireNonNull(target.poll.apply(next.key),
                        "a poll answered null");
                Duration retryAfter = Duration.ZERO;
                if (answer.isRight()) {
                    polled = polled.read(answer.get());
                    Either<ElementsError, Awaited<T>> done = judged(polled, answer.get(), target, start);
                    if (done != null) {
                        results[next.index] = done;
                        current[next.index] = null;
                        continue;
                    }
                } else {
                    ElementsError error = answer.getLeft();
                    polled = polled.failed(error);
                    Verdict verdict = verdict(error);
                    if (verdict == Verdict.END_UNRESOLVED || verdict == Verdict.KEEP_WAITING_UNLESS_REPEATED
                            && polled.persistentInARow >= DEFINITE_AFTER) {
                        // Never seen in this wait (an id the caller gave): the vendor's answer is the answer.
                        results[next.index] = polled.lastKnown.isEmpty() ? Either.left(error)
                                : Either.left(unresolved(target, polled, verdict == Verdict.END_UNRESOLVED
                                ? "could not be polled" : "was answered with an error " + polled.persistentInARow
                                + " polls in a row", start));
                        current[next.index] = null;
                        continue;
                    }
                    if (error instanceof ElementsError.RateLimited limited) {
                        retryAfter = limited.retryAfter().getOrElse(Duration.ZERO);
                    }
                }
                Instant now = clock.instant();
                if (options.maxAttempts() > 0 && polled.attempts >= options.maxAttempts()) {
                    results[next.index] = Either.left(unresolved(target, polled,
                            "did not finish within " + polled.attempts + " attempts", start));
                    current[next.index] = null;
                } else if (!now.isBefore(deadline)) {
                    results[next.index] = Either.left(unresolved(target, polled,
                            "did not finish within the " + Durations.human(options.timeout()) + " timeout", start));
                    current[next.index] = null;
                } else {
                    Duration delay = max(options.backoff().delay(polled.attempts, random), retryAfter);
                    Instant due = now.plus(delay);
                    // The last poll lands on the deadline rather than past it, so the timeout holds exactly.
                    current[next.index] = polled.due(due.isAfter(deadline) ? deadline : due);
                    schedule.add(current[next.index]);
                }
            }
        } finally {
            subscriptions.forEach(Pushes.Subscription::close);
        }
        @SuppressWarnings("unchecked")
        Seq<Either<ElementsError, Awaited<T>>> ordered = Array.of(results).map(r -> (Either<ElementsError, Awaited<T>>) r);
        return ordered;
    }

    /** Judges the state pushed for the wait at {@code at}: a terminal one ends it, another is kept as the last known. */
    private <K, T> void takePush(int at, Pending<K, T>[] current, PriorityQueue<Pending<K, T>> schedule,
                                 Object[] results, Target<K, T> target, Instant start) {
        Pending<K, T> pending = current[at];
        if (pending == null) {
            return;
        }
        Option<T> delivered = target.pushes.latest(pending.key);
        if (delivered.isEmpty()) {
            return;
        }
        Pending<K, T> read = pending.read(delivered.get());
        Either<ElementsError, Awaited<T>> done = judged(read, delivered.get(), target, start);
        schedule.remove(pending);
        if (done != null) {
            results[at] = done;
            current[at] = null;
        } else {
            current[at] = read;
            schedule.add(read);
        }
    }

    /**
     * When the first poll of the {@code index}-th of {@code count} fresh waits goes out: spread evenly over the first
     * backoff interval, so waiting for many tasks at once does not send every first poll at the same instant. A
     * single wait polls at once.
     */
    private static Duration staggered(int index, int count, AwaitOptions options) {
        return index == 0 ? Duration.ZERO : options.backoff().initial().multipliedBy(index).dividedBy(count);
    }

    /** The end of the wait when {@code value} is terminal, else null (poll again). */
    private <K, T> Either<ElementsError, Awaited<T>> judged(Pending<K, T> pending, T value, Target<K, T> target,
                                                           Instant start) {
        Acceptance acceptance = Objects.requireNonNull(target.acceptor.apply(value), "acceptor answered null");
        return switch (acceptance) {
            case SUCCESS -> Either.right(new Awaited<>(value, pending.attempts, Duration.between(start, clock.instant())));
            case FAILURE -> Either.left(target.onFailure.apply(value));
            case RETRY -> null;
        };
    }

    /**
     * Sleeps until {@code due} or a push: true when woken by a push, false when due, null when interrupted.
     */
    private Boolean sleepUntil(Instant due, Wakeup wakeup) {
        if (wakeup.isSignalled()) {
            return true;
        }
        Duration wait = Duration.between(clock.instant(), due);
        if (wait.isNegative() || wait.isZero()) {
            return Thread.currentThread().isInterrupted() ? null : false;
        }
        try {
            return sleeper.sleep(wait, wakeup);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private <K, T> void drainInterrupted(PriorityQueue<Pending<K, T>> schedule, Object[] results, Target<K, T> target,
                                         Instant start) {
        for (Pending<K, T> left = schedule.poll(); left != null; left = schedule.poll()) {
            results[left.index] = Either.left(unresolved(target, left, "stopped: the thread was interrupted", start));
        }
    }

    private <K, T> ElementsError unresolved(Target<K, T> target, Pending<K, T> pending, String why, Instant start) {
        return Objects.requireNonNull(target.unresolved.apply(new Unresolved<>(pending.key, pending.lastKnown,
                pending.attempts, Duration.between(start, clock.instant()), why, pending.lastError)),
                "the target's unresolved error is null");
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** One key's place in the schedule and what its polls have shown so far. */
    private record Pending<K, T>(int index, K key, Instant due, int attempts, Option<T> lastKnown,
                                 int persistentInARow, Option<ElementsError> lastError)
            implements Comparable<Pending<K, T>> {

        Pending<K, T> due(Instant when) {
            return new Pending<>(index, key, when, attempts, lastKnown, persistentInARow, lastError);
        }

        Pending<K, T> polledOnce() {
            return new Pending<>(index, key, due, attempts + 1, lastKnown, persistentInARow, lastError);
        }

        Pending<K, T> read(T value) {
            return new Pending<>(index, key, due, attempts, Option.some(value), 0, Option.none());
        }

        Pending<K, T> failed(ElementsError error) {
            int inARow = verdict(error) == Verdict.KEEP_WAITING_UNLESS_REPEATED ? persistentInARow + 1 : persistentInARow;
            return new Pending<>(index, key, due, attempts, lastKnown, inARow, Option.some(error));
        }

        @Override
        public int compareTo(Pending<K, T> other) {
            int byDue = due.compareTo(other.due);
            return byDue != 0 ? byDue : Integer.compare(index, other.index);
        }
    }
}
