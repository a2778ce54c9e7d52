package io.elements4j.sandbox.core;

import java.time.Instant;
import java.util.UUID;
import java.util.random.RandomGenerator;

/** Ids shaped like each vendor's real ones. */
public final class SimIds {

    private static final long TWO_TO_THE_53 = 1L << 53;
    private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";

    private SimIds() {
    }

    /**
     * A Kling 64-bit id above 2^53 (18–19 digits), which a {@code double} cannot hold exactly.
     *
     * @param random the source of jitter
     * @return a Kling 64-bit id above 2^53 (18–19 digits), which a {@code double} cannot hold exactly
     */
    public static long kling(RandomGenerator random) {
        return random.nextLong(TWO_TO_THE_53 * 64, Long.MAX_VALUE);
    }

    /**
     * A useapi user element id: {@code u_} and 15 digits.
     *
     * @param random the source of jitter
     * @return a useapi user element id: {@code u_} and 15 digits
     */
    public static String useapi(RandomGenerator random) {
        return "u_" + random.nextLong(100_000_000_000_000L, 1_000_000_000_000_000L);
    }

    /**
     * An Evolink task id: {@code task-unified-<epoch seconds>-<8 characters>}.
     *
     * @param now the current time
     * @param random the source of jitter
     * @return an Evolink task id: {@code task-unified-<epoch seconds>-<8 characters>}
     */
    public static String evolink(Instant now, RandomGenerator random) {
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            suffix.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return "task-unified-" + now.getEpochSecond() + "-" + suffix;
    }

    /**
     * A request-queue request id: a UUID.
     *
     * @param random the source of jitter
     * @return a request-queue request id: a UUID
     */
    public static String uuid(RandomGenerator random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
