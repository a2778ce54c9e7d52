package io.elements4j.adapter.support;

import java.time.Instant;

/** Instants as vendors send them as numbers: documented as epoch seconds, sometimes milliseconds. */
public final class LenientTimes {

    /** Epoch values beyond this are milliseconds: as seconds they would be after the year 5138. */
    static final long LARGEST_EPOCH_SECOND = 100_000_000_000L;

    private LenientTimes() {}

    /** The instant {@code value} stands for, read as epoch seconds unless it is too large to be any. */
    public static Instant epochSecondsOrMillis(long value) {
        return Math.abs(value) > LARGEST_EPOCH_SECOND ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
    }
}
