package io.elements4j.cli;

import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.vavr.control.Option;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "await",
        mixinStandardHelpOptions = true,
        description = "Wait until a creation task succeeds, fails or the timeout passes (progress on stderr when it"
                + " is a terminal).")
final class AwaitCommand extends ProviderCommand {

    @CommandLine.Parameters(paramLabel = "TASK_ID", description = "the task id `create` printed")
    String taskId;

    @CommandLine.Option(
            names = "--timeout",
            paramLabel = "DURATION",
            defaultValue = "15m",
            converter = Arguments.DurationConverter.class,
            description = "give up after this long: 90s, 10m, 1h or PT10M (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Override
    Option<Capability> requires() {
        return Option.some(Capability.TASK_QUERY);
    }

    @Override
    String action() {
        return "wait for task " + taskId;
    }

    @Override
    CliFailure.Subject subject() {
        return CliFailure.Subject.TASK;
    }

    @Override
    Object run(Session session, Output output) {
        CreationTaskId id = CreationTaskId.of(taskId);
        // One look first: a task that does not exist is not found (exit 6), not waited for until the timeout.
        orFail(session.elements().task(id), action(), session);
        session.progress().start("task " + id);
        session.progress().track(id);
        Awaited<CreationTask> awaited;
        Runnable unwatch = session.watchForInterrupt();
        try {
            awaited =
                    orFail(session.elements().await(id, AwaitOptions.DEFAULT.withTimeout(timeout)), action(), session);
        } finally {
            unwatch.run();
            session.progress().stop();
        }
        output.lines(Views.taskText(awaited.value()));
        output.line("  finished after " + awaited.attempts() + " poll(s), " + Progress.human(awaited.elapsed()));
        return Views.task(awaited.value(), session.provider().id())
                .put("attempts", awaited.attempts())
                .put("elapsedMillis", awaited.elapsed().toMillis());
    }
}
