package io.elements4j.cli;

import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.ports.waiter.AwaitOptions;
import io.elements4j.ports.waiter.Awaited;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "await", mixinStandardHelpOptions = true,
        description = "Wait until a creation task succeeds, fails or the timeout passes (progress on stderr when it"
                + " is a terminal).")
final class AwaitCommand extends ProviderCommand {

    @CommandLine.Parameters(paramLabel = "TASK_ID", description = "the task id `create` printed")
    String taskId;

    @CommandLine.Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "15m",
            converter = Arguments.DurationConverter.class,
            description = "give up after this long: 90s, 10m, 1h or PT10M (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Override
    Object run(Session session, Output output) {
        CreationTaskId id = CreationTaskId.of(taskId);
        session.progress().start("task " + id);
        Awaited<CreationTask> awaited;
        try {
            awaited = orFail(session.elements().await(id, AwaitOptions.DEFAULT.withTimeout(timeout)),
                    "wait for task " + id, session);
        } finally {
            session.progress().stop();
        }
        output.lines(Views.taskText(awaited.value()));
        output.line("  finished after " + awaited.attempts() + " poll(s), " + Progress.human(awaited.elapsed()));
        return Views.task(awaited.value()).put("attempts", awaited.attempts()).put("elapsed", awaited.elapsed());
    }
}
