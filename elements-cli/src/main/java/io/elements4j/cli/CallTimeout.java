package io.elements4j.cli;

import io.vavr.control.Option;
import java.time.Duration;
import picocli.CommandLine;

/**
 * {@code --timeout} on a command that makes calls: how long one whole call may take, retries and the vendor's
 * {@code Retry-After} waits included. It sets the provider's {@code call-timeout} for this command, over any
 * configured one.
 */
final class CallTimeout {

    @CommandLine.Option(
            names = "--timeout",
            paramLabel = "DURATION",
            converter = Arguments.DurationConverter.class,
            description = "give up on a call after this long, retries included: 90s, 10m, PT2M (default: the"
                    + " provider's call-timeout: 2m unless the provider or the configuration sets another)")
    Duration timeout;

    Option<Duration> value() {
        return Option.of(timeout);
    }
}
