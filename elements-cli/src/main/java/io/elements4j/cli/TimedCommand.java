package io.elements4j.cli;

import io.vavr.control.Option;
import java.time.Duration;

/** A command that makes calls and takes {@code --timeout} as the {@code call-timeout} of each. */
abstract class TimedCommand extends ProviderCommand {

    final CallTimeout callTimeout = new CallTimeout();

    TimedCommand(ElementsCommand root) {
        super(root);
    }

    /** {@code model} with {@code --timeout}. */
    CommandModel timed(CommandModel model) {
        return model.option(callTimeout.option());
    }

    @Override
    Option<Duration> callTimeout() {
        return callTimeout.value();
    }
}
