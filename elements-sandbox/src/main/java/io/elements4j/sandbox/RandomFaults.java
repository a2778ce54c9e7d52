package io.elements4j.sandbox;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Faults that strike a share of all requests at random — the same seed, the same faults — evenly over six kinds that
 * a real network and a real vendor produce. Armed on a simulator with {@link VendorSimulator#injectRandomFaults};
 * it counts what it injected, by operation and kind, so a test can show every kind of request was hit.
 *
 * <p>Thread-safe: a simulator may serve requests on several threads.
 */
public final class RandomFaults {

    /** The kinds of fault, each either before the vendor acted on the request or after. */
    public enum Kind {
        /** The connection is reset before the request reaches the vendor: nothing was done. */
        RESET_BEFORE_FORWARDING,
        /** The vendor acted on the request, then the connection dropped without an answer. */
        DROPPED_AFTER_FORWARDING,
        /** A 500, 502 or 503 (in the vendor's error body) from in front of the vendor: nothing was done. */
        SERVER_ERROR_BEFORE_FORWARDING,
        /** A 429 with {@code Retry-After: 1}, in the vendor's body: nothing was done. */
        RATE_LIMITED_BEFORE_FORWARDING,
        /** The vendor acted on the request and answered, but slower than the client's read timeout. */
        SLOW_ANSWER,
        /** The vendor acted on the request and answered 200, but the JSON is cut short. */
        CUT_SHORT_AFTER_FORWARDING
    }

    private static final RandomFaults NONE = new RandomFaults(0, 0.0, Duration.ZERO);
    private static final int[] SERVER_ERRORS = {500, 502, 503};

    private final SplittableRandom random;
    private final double rate;
    private final Duration slowAnswer;
    private final Map<Operation, int[]> injected = new EnumMap<>(Operation.class);

    private RandomFaults(long seed, double rate, Duration slowAnswer) {
        this.random = new SplittableRandom(seed);
        this.rate = rate;
        this.slowAnswer = slowAnswer;
    }

    /**
     * Faults on a share of all requests, evenly over the six kinds.
     *
     * @param seed       the seed: the same seed injects the same faults into the same requests
     * @param rate       the share of requests to fault, from 0 to 1
     * @param slowAnswer how late a {@link Kind#SLOW_ANSWER} answers: set it above the client's read timeout
     * @return the plan
     */
    public static RandomFaults of(long seed, double rate, Duration slowAnswer) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("rate must be between 0 and 1: " + rate);
        }
        Objects.requireNonNull(slowAnswer, "slowAnswer");
        return new RandomFaults(seed, rate, slowAnswer);
    }

    /**
     * No random faults (the default).
     *
     * @return the empty plan
     */
    public static RandomFaults none() {
        return NONE;
    }

    /**
     * Draws for one request: the fault to apply, or none.
     *
     * @param operation what the request does; {@link Operation#OTHER} is never faulted
     * @param typical   the vendor's own fault for an error kind (its status, envelope and code)
     * @return the fault, if this request is to be faulted
     */
    public synchronized Option<Fault> draw(Operation operation, Function<ErrorKind, Fault> typical) {
        if (rate == 0 || operation == Operation.OTHER || random.nextDouble() >= rate) {
            return Option.none();
        }
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        injected.computeIfAbsent(operation, op -> new int[Kind.values().length])[kind.ordinal()]++;
        return Option.some(
                switch (kind) {
                    case RESET_BEFORE_FORWARDING -> Fault.connectionResetBeforeProcessing();
                    case DROPPED_AFTER_FORWARDING -> Fault.connectionReset();
                    case SERVER_ERROR_BEFORE_FORWARDING ->
                        withStatus(
                                typical.apply(ErrorKind.SERVER_ERROR),
                                SERVER_ERRORS[random.nextInt(SERVER_ERRORS.length)]);
                    case RATE_LIMITED_BEFORE_FORWARDING -> withRetryAfter(typical.apply(ErrorKind.RATE_LIMITED));
                    case SLOW_ANSWER -> Fault.delay(slowAnswer);
                    case CUT_SHORT_AFTER_FORWARDING -> Fault.cutShort();
                });
    }

    /**
     * How many faults of a kind hit requests of an operation.
     *
     * @return the count so far
     */
    public synchronized int injected(Operation operation, Kind kind) {
        int[] counts = injected.get(operation);
        return counts == null ? 0 : counts[kind.ordinal()];
    }

    /**
     * How many faults hit requests of an operation, of any kind.
     *
     * @return the count so far
     */
    public synchronized int injected(Operation operation) {
        int[] counts = injected.get(operation);
        int sum = 0;
        for (int i = 0; counts != null && i < counts.length; i++) {
            sum += counts[i];
        }
        return sum;
    }

    /**
     * The operations that were hit, in the order of {@link Operation}.
     *
     * @return every operation with at least one fault
     */
    public synchronized Seq<Operation> operationsHit() {
        return List.ofAll(injected.keySet());
    }

    /**
     * What was injected, for a test's report: {@code CREATE: 12 (RESET_BEFORE_FORWARDING 2, …); TASK: …}.
     */
    public synchronized String summary() {
        StringBuilder sb = new StringBuilder();
        injected.forEach((operation, counts) -> {
            sb.append(sb.length() == 0 ? "" : "; ")
                    .append(operation)
                    .append(": ")
                    .append(injected(operation))
                    .append(" (");
            for (Kind kind : Kind.values()) {
                sb.append(kind.ordinal() == 0 ? "" : ", ")
                        .append(kind.name().toLowerCase(Locale.ROOT))
                        .append(' ')
                        .append(counts[kind.ordinal()]);
            }
            sb.append(')');
        });
        return sb.length() == 0 ? "no faults" : sb.toString();
    }

    private static Fault withStatus(Fault fault, int status) {
        return fault instanceof Fault.Status s ? Fault.status(status, s.vendorCode(), "injected " + status) : fault;
    }

    private static Fault withRetryAfter(Fault fault) {
        return fault instanceof Fault.Status s
                ? Fault.status(s.status(), s.vendorCode(), s.message(), Duration.ofSeconds(1))
                : fault;
    }
}
