package io.elements4j.cli;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.tag.Tag;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/** {@code elements tags}. */
final class TagsCommand extends TimedCommand {

    TagsCommand(ElementsCommand root) {
        super(root);
    }

    @Override
    CommandModel describe() {
        return timed(CommandModel.of(
                "tags", this, "List the tags the provider knows (use any of their keys with `create --tag`)."));
    }

    @Override
    Option<Capability> requires() {
        return Option.some(Capability.TAG_CATALOGUE);
    }

    @Override
    CliFailure.Subject subject() {
        return CliFailure.Subject.CATALOGUE;
    }

    @Override
    Object run(Session session, Output output) {
        Seq<Tag> tags = orFail(session.elements().tags(), "list tags", session);
        Table table = new Table(List.of("ID", "NAME", "KEYS"), 40);
        tags.forEach(tag -> table.row(List.of(
                tag.id(),
                tag.name(),
                tag instanceof Tag.Known known ? known.kind().keys().mkString(", ") : "-")));
        output.lines(table.render());
        return Json.object()
                .put("tags", tags.map(tag -> Views.tag(tag, session.provider().id())));
    }
}
