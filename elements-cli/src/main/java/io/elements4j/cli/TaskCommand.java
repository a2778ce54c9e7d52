package io.elements4j.cli;

import io.elements4j.cli.CommandModel.Arg;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.vavr.control.Option;

/** {@code elements task TASK_ID}. */
final class TaskCommand extends TimedCommand {

    private String taskId;

    TaskCommand(ElementsCommand root) {
        super(root);
    }

    @Override
    CommandModel describe() {
        return timed(CommandModel.of("task", this, "Show a creation task as the vendor reports it now.")
                .positional(Arg.of(String.class, id -> taskId = id)
                        .label("TASK_ID")
                        .description("the task id `create` printed")));
    }

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
