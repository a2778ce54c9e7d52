package io.elements4j.ports.time;

import java.time.Duration;
import java.util.Locale;

/** Durations as the library's messages write them, so every message a user reads says a wait the same way. */
public final class Durations {

    private Durations() {}

    /**
     * A duration as messages show it: {@code 7 s}, {@code 1.5 s}, {@code 15 min 0 s}. Under two minutes it is
     * seconds (with one decimal when not whole), above it minutes and seconds.
     */
    public static String human(Duration d) {
        long seconds = d.toSeconds();
        if (seconds < 120) {
            return d.toMillis() % 1000 == 0
                    ? seconds + " s"
                    : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
        }
        return seconds / 60 + " min " + seconds % 60 + " s";
    }
}
