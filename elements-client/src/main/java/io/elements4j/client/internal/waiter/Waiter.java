package io.elements4j.client.internal.waiter;

import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
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
 * {@link AsyncWaiter} drives the same step ({@link WaitProgress}: judge a pushed state, poll, read the answer by this
 * table, count, hold the deadline) on a scheduler instead.
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

        /** Checks that nothing is null. */
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
        public Target(
                String description,
                Function<K, Either<ElementsError, T>> poll,
                Function<T, Acceptance> acceptor,
                Function<T, ElementsError> onFailure,
                Function<Unresolved<K, T>, ElementsError> unresolved) {
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
    public record Unresolved<K, T>(
            K key, Option<T> lastKnown, int attempts, Duration elapsed, String why, Option<ElementsError> lastError) {

        /** Checks that nothing is null. */
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
        if (error instanceof ElementsError.Unauthorized
                || error instanceof ElementsError.Forbidden
                || error instanceof ElementsError.InsufficientCredits
                || error instanceof ElementsError.NotFound
                || error instanceof ElementsError.Conflict
                || error instanceof ElementsError.PolicyRejected
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
    public <K, T> Either<ElementsError, Awaited<T>> await(
            K key, Option<T> known, Target<K, T> target, AwaitOptions options) {
        return awaitAll(Array.of(key), k -> known, target, options).head();
    }

    /**
     * Waits for many things at once, on this thread, and answers in the order of {@code keys}. Each has its own
     * attempts, backoff and timeout, counted from the start of this call; the first polls are spread over the first
     * backoff interval.
     *
     * @param keys    what to wait for
     * @param known   the state already in hand for a key, if any
     * @param target  what to poll and how to judge it
     * @param options backoff, timeout and attempt limit, for each key
     * @param <K>     the key polled by
     * @param <T>     the state read
     * @return one answer per key, in the order of {@code keys}
     */
    public <K, T> Seq<Either<ElementsError, Awaited<T>>> awaitAll(
            Seq<K> keys, Function<K, Option<T>> known, Target<K, T> target, AwaitOptions options) {
        Instant start = clock.instant();
        Array<WaitProgress<K, T>> waits =
                Array.ofAll(keys).map(key -> new WaitProgress<>(key, target, options, clock, random, start));
        return new Blocking<>(waits, target).run(known);
    }

    /** The blocking driver: one schedule of when each wait is next due, slept through on the calling thread. */
    private final class Blocking<K, T> {
        private final Array<WaitProgress<K, T>> waits;
        private final Target<K, T> target;
        private final Object[] results;
        private final Due[] due;
        private final PriorityQueue<Due> schedule = new PriorityQueue<>();
        private final Queue<Integer> pushed = new ConcurrentLinkedQueue<>();
        private final Wakeup wakeup = new Wakeup();

        Blocking(Array<WaitProgress<K, T>> waits, Target<K, T> target) {
            this.waits = waits;
            this.target = target;
            this.results = new Object[waits.size()];
            this.due = new Due[waits.size()];
        }

        Seq<Either<ElementsError, Awaited<T>>> run(Function<K, Option<T>> known) {
            List<Pushes.Subscription> subscriptions = new ArrayList<>();
            try {
                for (int i = 0; i < waits.size(); i++) {
                    int at = i;
                    K key = waits.get(i).key();
                    if (target.pushes() != Pushes.<K, T>none()) {
                        subscriptions.add(target.pushes().subscribe(key, () -> {
                            pushed.add(at);
                            wakeup.signal();
                        }));
                    }
                    Option<T> inHand = target.pushes().latest(key).orElse(known.apply(key));
                    follow(i, waits.get(i).begin(inHand, i, waits.size()));
                }
                loop();
            } finally {
                subscriptions.forEach(Pushes.Subscription::close);
            }
            @SuppressWarnings("unchecked")
            Seq<Either<ElementsError, Awaited<T>>> ordered =
                    Array.of(results).map(r -> (Either<ElementsError, Awaited<T>>) r);
            return ordered;
        }

        private void loop() {
            while (!schedule.isEmpty()) {
                Due next = schedule.peek();
                Boolean slept = sleepUntil(next.at(), wakeup);
                if (slept == null) {
                    for (Due left = schedule.poll(); left != null; left = schedule.poll()) {
                        results[left.index()] =
                                Either.left(waits.get(left.index()).unresolved("stopped: the thread was interrupted"));
                    }
                    return;
                }
                if (slept) {
                    wakeup.clear();
                    for (Integer at = pushed.poll(); at != null; at = pushed.poll()) {
                        takePush(at);
                    }
                } else {
                    schedule.poll();
                    follow(next.index(), waits.get(next.index()).poll());
                }
            }
        }

        /** Judges the state pushed for the wait at {@code at}: a terminal one ends it, before its next poll. */
        private void takePush(int at) {
            if (results[at] != null) {
                return;
            }
            waits.get(at).pushed().forEach(end -> {
                results[at] = end;
                schedule.remove(due[at]);
            });
        }

        private void follow(int at, WaitProgress.Next<T> next) {
            if (next instanceof WaitProgress.Next.Ended<T> ended) {
                results[at] = ended.result();
            } else if (next instanceof WaitProgress.Next.PollAt<T> poll) {
                due[at] = new Due(poll.due(), at);
                schedule.add(due[at]);
            }
        }
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

    /** When the wait at {@code index} next polls; earlier first, then in the order asked. */
    private record Due(Instant at, int index) implements Comparable<Due> {

        @Override
        public int compareTo(Due other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime : Integer.compare(index, other.index);
        }
    }
}
