package io.elements4j.cli;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.voice.Voice;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/** {@code elements voices}. */
final class VoicesCommand extends TimedCommand {

    VoicesCommand(ElementsCommand root) {
        super(root);
    }

    @Override
    CommandModel describe() {
        return timed(CommandModel.of(
                "voices", this, "List the voices that can be bound to elements (use the id with `create --voice`)."));
    }

    @Override
    Option<Capability> requires() {
        return Option.some(Capability.VOICE_CATALOGUE);
    }

    @Override
    CliFailure.Subject subject() {
        return CliFailure.Subject.CATALOGUE;
    }

    @Override
    Object run(Session session, Output output) {
        Seq<Voice> voices = orFail(session.elements().voices(), "list voices", session);
        Table table = new Table(List.of("ID", "NAME", "ORIGIN", "TRIAL"), 60);
        voices.forEach(voice -> table.row(List.of(
                voice.id().value(),
                voice.name(),
                Views.lower(voice.origin()),
                voice.trialUrl().getOrElse("-"))));
        output.lines(table.render());
        output.line(voices.size() + " voice" + (voices.size() == 1 ? "" : "s"));
        return Json.object().put("voices", voices.map(Views::voice));
    }
}
