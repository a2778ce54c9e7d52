package io.elements4j.cli;

import io.elements4j.cli.CommandModel.Arg;
import io.vavr.control.Option;
import java.time.Duration;

/**
 * {@code --timeout} on a command that makes calls: how long one whole call may take, retries and the vendor's
 * {@code Retry-After} waits included. It sets the provider's {@code call-timeout} for this command, over any
 * configured one.
 */
final class CallTimeout {

    private Duration timeout;

    /** The option, setting this timeout. */
    Arg<Duration> option() {
        return Arg.of(Duration.class, given -> timeout = given)
                .names("--timeout")
                .label("DURATION")
                .converter(new Arguments.DurationConverter())
                .description("give up on a call after this long, retries included: 90s, 10m, PT2M (default: the"
                        + " provider's call-timeout: 2m unless the provider or the configuration sets another)");
    }

    Option<Duration> value() {
        return Option.of(timeout);
    }
}
