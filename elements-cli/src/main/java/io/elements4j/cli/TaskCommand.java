package io.elements4j.cli;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.vavr.control.Option;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "task",
        mixinStandardHelpOptions = true,
        description = "Show a creation task as the vendor reports it now.")
final class TaskCommand extends TimedCommand {

    @CommandLine.Parameters(paramLabel = "TASK_ID", description = "the task id `create` printed")
    String taskId;

    @Override
    Option<Capability> requires() {
        return Option.some(Capability.TASK_QUERY);
    }

    @Override
    String action() {
        return "look up task " + taskId;
    }

    @Override
    CliFailure.Subject subject() {
        return CliFailure.Subject.TASK;
    }

    @Override
    Object run(Session session, Output output) {
        CreationTask task = orFail(session.elements().task(CreationTaskId.of(taskId)), action(), session);
        output.lines(Views.taskText(task));
        return Views.task(task, session.provider().id());
    }
}
