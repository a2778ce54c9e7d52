package io.elements4j.cli;

import io.elements4j.cli.CommandModel.Arg;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.query.Deletion;
import io.vavr.control.Option;

/** {@code elements delete ELEMENT_ID}. */
final class DeleteCommand extends TimedCommand {

    private String elementId;

    DeleteCommand(ElementsCommand root) {
        super(root);
    }

    @Override
    CommandModel describe() {
        return timed(CommandModel.of("delete", this, "Delete an element; deleting one that is already gone succeeds.")
                .positional(Arg.of(String.class, id -> elementId = id)
                        .label("ELEMENT_ID")
                        .description("the element's id")));
    }

    @Override
    Option<Capability> requires() {
        return Option.some(Capability.DELETE);
    }

    @Override
    String action() {
        return "delete element " + elementId;
    }

    @Override
    Object run(Session session, Output output) {
        ElementId id = ElementId.of(elementId);
        Deletion deletion = orFail(session.elements().delete(id), action(), session);
        output.line(
                deletion.outcome() == Deletion.Outcome.DELETED
                        ? "Deleted element " + id + "."
                        : "Element " + id + " was already gone; nothing to delete.");
        return Views.deletion(deletion);
    }
}
