package io.elements4j.cli;

import io.elements4j.cli.CommandModel.Arg;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.vavr.control.Option;
import java.time.Duration;

/** {@code elements await TASK_ID}. */
final class AwaitCommand extends ProviderCommand {

    private String taskId;
    private Duration timeout;

    AwaitCommand(ElementsCommand root) {
        super(root);
    }

    @Override
    CommandModel describe() {
        return CommandModel.of(
                        "await",
                        this,
                        "Wait until a creation task succeeds, fails or the timeout passes (progress on stderr when"
                                + " it is a terminal).")
                .positional(Arg.of(String.class, id -> taskId = id)
                        .label("TASK_ID")
                        .description("the task id `create` printed"))
                .option(Arg.of(Duration.class, given -> timeout = given)
                        .names("--timeout")
                        .label("DURATION")
                        .defaultValue("15m")
                        .converter(new Arguments.DurationConverter())
                        .description("give up after this long: 90s, 10m, 1h or PT10M (default: ${DEFAULT-VALUE})"));
    }

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
