package io.elements4j.sandbox.core;

import java.util.UUID;
import java.util.random.RandomGenerator;

/** Ids shaped like vendors' real ones, for the simulators; a vendor's own id shape lives in its simulator. */
public final class SimIds {

    private static final long TWO_TO_THE_53 = 1L << 53;
    private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";

    private SimIds() {}

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
     * Random lower-case letters and digits, as some vendors end their ids with.
     *
     * @param length how many characters
     * @param random the source of randomness
     * @return {@code length} characters from a-z and 0-9
     */
    public static String alphanumeric(int length, RandomGenerator random) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return text.toString();
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
