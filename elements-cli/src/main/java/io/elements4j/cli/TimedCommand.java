package io.elements4j.cli;

import io.vavr.control.Option;
import java.time.Duration;
import picocli.CommandLine;

/** A command that makes calls and takes {@code --timeout} as the {@code call-timeout} of each. */
abstract class TimedCommand extends ProviderCommand {

    @CommandLine.Mixin
    CallTimeout callTimeout = new CallTimeout();

    @Override
    Option<Duration> callTimeout() {
        return callTimeout.value();
    }
}
