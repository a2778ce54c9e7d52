package io.elements4j.cli;

import io.elements4j.domain.element.Element;
import io.elements4j.domain.query.Deletion;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.voice.Voice;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Locale;

/** How elements, tasks, tags and voices read as text and as JSON. Ids are always strings, exactly as sent. */
final class Views {

    static final Seq<String> ELEMENT_COLUMNS = List.of("ID", "NAME", "KIND", "STATUS", "ORIGIN", "TAGS");

    private Views() {}

    /** {@code provider}: whose element it is, so a tag carries only that vendor's key. */
    static Json.Obj element(Element element, String provider) {
        return Json.object()
                .put("id", element.id().value())
                .put("name", element.name())
                .put("description", element.description())
                .put("kind", element.kind())
                .put("status", element.status())
                .put("origin", element.origin())
                .put("tags", element.tags().map(tag -> tag(tag, provider)))
                .put("voice", element.voice().map(Views::voice))
                .put(
                        "media",
                        Json.object()
                                .put("cover", element.media().cover())
                                .put("references", element.media().references())
                                .put("video", element.media().video()))
                .put("createdAt", element.createdAt())
                .put("updatedAt", element.updatedAt());
    }

    static Seq<String> elementText(Element element) {
        return List.of(
                        "Element " + element.id() + " \"" + element.name() + "\"",
                        "  kind:        " + lower(element.kind()) + ", " + lower(element.status()) + ", "
                                + lower(element.origin()))
                .appendAll(
                        element.description().isBlank()
                                ? List.empty()
                                : List.of("  description: " + element.description()))
                .append("  tags:        " + tagsText(element.tags()))
                .appendAll(element.voice().map(v -> "  voice:       " + voiceText(v)))
                .appendAll(element.media().cover().map(url -> "  cover:       " + url))
                .appendAll(element.media().references().map(url -> "  reference:   " + url))
                .appendAll(element.media().video().map(url -> "  video:       " + url))
                .appendAll(element.createdAt().map(at -> "  created:     " + at))
                .appendAll(element.updatedAt().map(at -> "  updated:     " + at));
    }

    static Seq<String> elementRow(Element element) {
        return List.of(
                element.id().value(),
                element.name(),
                lower(element.kind()),
                lower(element.status()),
                lower(element.origin()),
                tagsText(element.tags()));
    }

    static Json.Obj page(Page<Element> page, String provider) {
        return Json.object()
                .put("page", page.request().page())
                .put("size", page.request().size())
                .put("total", page.total())
                .put("hasMore", page.hasMore())
                .put("elements", page.items().map(e -> element(e, provider)));
    }

    static Json.Obj task(CreationTask task, String provider) {
        return Json.object()
                .put("id", task.id().value())
                .put("state", task.state())
                .put("elementIds", task.elementIds().map(id -> id.value()))
                .put("elements", task.elements().map(e -> element(e, provider)))
                .put("failureReason", task.failureReason())
                .put("idempotencyKey", task.idempotencyKey().map(key -> key.value()))
                .put("progress", task.progress())
                .put("createdAt", task.createdAt())
                .put("updatedAt", task.updatedAt());
    }

    static Seq<String> taskText(CreationTask task) {
        return List.of("Task " + task.id() + ": " + task.state()
                        + task.progress().map(p -> " (" + p + "%)").getOrElse(""))
                .appendAll(task.failureReason().map(reason -> "  reason:   " + reason))
                .appendAll(
                        task.elementIds().isEmpty()
                                ? List.empty()
                                : List.of("  elements: " + task.elementIds().mkString(", ")))
                .appendAll(task.idempotencyKey().map(key -> "  idempotency key: " + key));
    }

    /** A tag: its id, its name and its catalogue kind (null for a tag the catalogue does not know). */
    static Json.Obj tag(Tag tag, String provider) {
        Json.Obj json = Json.object().put("id", tag.id()).put("name", tag.name());
        if (tag instanceof Tag.Known known) {
            json.put("kind", known.kind());
        } else {
            json.put("kind", null);
        }
        return json;
    }

    static String tagsText(Seq<Tag> tags) {
        return tags.isEmpty()
                ? "-"
                : tags.map(t -> t.name() + " (" + t.id() + ")").mkString(", ");
    }

    static Json.Obj voice(Voice voice) {
        return Json.object()
                .put("id", voice.id().value())
                .put("name", voice.name())
                .put("origin", voice.origin())
                .put("trialUrl", voice.trialUrl());
    }

    static String voiceText(Voice voice) {
        return voice.name() + " (" + voice.id() + ", " + lower(voice.origin()) + ")";
    }

    static Json.Obj deletion(Deletion deletion) {
        return Json.object().put("id", deletion.id().value()).put("outcome", deletion.outcome());
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
