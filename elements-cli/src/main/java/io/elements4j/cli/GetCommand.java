package io.elements4j.cli;

import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.vavr.control.Option;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "get", mixinStandardHelpOptions = true, description = "Show one element.")
final class GetCommand extends ProviderCommand {

    @CommandLine.Parameters(paramLabel = "ELEMENT_ID", description = "the element's id, exactly as the vendor gave it")
    String elementId;

    @Override
    Object run(Session session, Output output) {
        ElementId id = ElementId.of(elementId);
        String action = "get element " + id;
        Option<Element> found = orFail(session.elements().find(id), action, session);
        Element element = found.getOrElseThrow(() -> CliFailure.of(action, session.provider(),
                new ElementsError.NotFound("there is no element " + id, Option.none(), Option.none())));
        output.lines(Views.elementText(element));
        return Views.element(element);
    }
}
