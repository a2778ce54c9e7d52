package io.elements4j.cli;

import io.elements4j.cli.CommandModel.Arg;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.element.ElementStatus;
import io.vavr.control.Option;

/** {@code elements get ELEMENT_ID}. */
final class GetCommand extends TimedCommand {

    private String elementId;

    GetCommand(ElementsCommand root) {
        super(root);
    }

    @Override
    CommandModel describe() {
        return timed(CommandModel.of(
                        "get",
                        this,
                        "Show one element. An element that was deleted is not found (exit code 6) on every provider.",
                        "What it costs: one request on most providers; a provider without a lookup by id pages"
                                + " through the account's elements until it turns up (the row \"get costs\" of"
                                + " `elements providers` says which and how).")
                .positional(Arg.of(String.class, id -> elementId = id)
                        .label("ELEMENT_ID")
                        .description("the element's id, exactly as the vendor gave it")));
    }

    @Override
    Option<Capability> requires() {
        return Option.some(Capability.FIND);
    }

    @Override
    String action() {
        return "get element " + elementId;
    }

    @Override
    Object run(Session session, Output output) {
        ElementId id = ElementId.of(elementId);
        Option<Element> found = orFail(session.elements().find(id), action(), session);
        // Kling keeps deleted elements, marked; useapi forgets them. Either way, to a user it is gone.
        if (found.isEmpty() || found.get().status() == ElementStatus.DELETED) {
            throw notFound(session, found.isDefined());
        }
        Element element = found.get();
        output.lines(Views.elementText(element));
        return Views.element(element, session.provider().id());
    }

    private CliFailure notFound(Session session, boolean deleted) {
        String line = action() + " failed on " + session.label() + ": there is no element " + elementId
                + (deleted ? " (it was deleted)" : "") + " — ";
        String provider = " --provider " + session.provider().id();
        if (deleted) {
            line += "`elements list --include-deleted" + provider + "` shows it among the deleted ones";
        } else if (session.oneShotSandbox()) {
            line += "this command's offline sandbox started afresh and keeps nothing from earlier commands; serve a"
                    + " lasting one with `elements sandbox "
                    + session.provider().id() + "` and point elements at it";
        } else if (session.provider().supports(Capability.LIST)) {
            line += "check the id (`elements list" + provider + "` shows the account's elements)";
        } else {
            line += "check the id (the one `elements create` reported)";
        }
        return CliFailure.of(ExitCode.NOT_FOUND, "NotFound", line);
    }
}
