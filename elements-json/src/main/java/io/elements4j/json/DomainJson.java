package io.elements4j.json;

import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.element.ElementMedia;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.Deletion;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.rules.RuleViolation;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.voice.Voice;
import io.elements4j.domain.voice.VoiceId;
import io.vavr.collection.Traversable;
import io.vavr.control.Option;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The domain's values as JSON trees of plain Java values — {@link LinkedHashMap} objects (fields in a fixed order),
 * {@link List} arrays, strings, numbers, booleans and null — in the shape the {@code elements} CLI writes with
 * {@code --json}:
 *
 * <ul>
 *   <li>ids ({@link ElementId}, {@link CreationTaskId}, {@link VoiceId}, {@link IdempotencyKey}) as strings, exactly
 *       as the vendor sent them, so a 64-bit id never loses digits in JavaScript;</li>
 *   <li>Vavr's {@link Option} as its value or null, its collections as arrays, its maps as objects;</li>
 *   <li>instants and durations as ISO-8601 text to the millisecond ({@code PT0.732S}); enums by name;</li>
 *   <li>an element as {@code {id, name, description, kind, status, origin, tags, voice, media: {cover, references,
 *       video}, createdAt, updatedAt}}, a tag as {@code {id, name, kind}}, a task as {@code {id, state, elementIds,
 *       elements, failureReason, idempotencyKey, progress, createdAt, updatedAt}}, a page as {@code {page, size,
 *       total, hasMore, elements}} ({@code items} for anything but elements);</li>
 *   <li>an {@link ElementsError} as {@code {type, message, vendorCode, requestId, retryable}} and then the fields of
 *       its kind ({@code violations: [{field, code, message}]}, {@code retryAfter}, {@code taskId}, …). An error
 *       holds no secret, so neither does its JSON.</li>
 * </ul>
 *
 * Anything else is returned as it is, for the JSON library to write.
 */
public final class DomainJson {

    /**
     * Every type whose values {@link #tree} shapes: a JSON module registers its writer for each (and for their
     * subtypes).
     */
    public static final List<Class<?>> TYPES = List.of(
            Element.class,
            ElementMedia.class,
            ElementId.class,
            CreationTask.class,
            CreationTaskId.class,
            Voice.class,
            VoiceId.class,
            Tag.class,
            IdempotencyKey.class,
            Page.class,
            PageRequest.class,
            Deletion.class,
            RuleViolation.class,
            ElementsError.class,
            Option.class,
            Traversable.class);

    private static final Set<String> ERROR_BASICS = Set.of("message", "vendorCode", "requestId", "retryable");

    private DomainJson() {}

    /**
     * The value's JSON tree.
     *
     * @param value any value; null is null
     * @return the tree: maps, lists, strings, numbers, booleans, null, or the value itself when it is not a domain
     *         value
     */
    public static Object tree(Object value) {
        if (value instanceof Option<?> option) {
            return tree(option.getOrNull());
        }
        if (value instanceof io.vavr.collection.Map<?, ?> map) {
            Map<String, Object> object = new LinkedHashMap<>();
            map.forEach((key, item) -> object.put(String.valueOf(tree(key)), tree(item)));
            return object;
        }
        if (value instanceof Traversable<?> items) {
            List<Object> array = new ArrayList<>();
            items.forEach(item -> array.add(tree(item)));
            return array;
        }
        if (value instanceof Instant instant) {
            return instant.truncatedTo(ChronoUnit.MILLIS).toString();
        }
        if (value instanceof Duration duration) {
            return duration.truncatedTo(ChronoUnit.MILLIS).toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof ElementId id) {
            return id.value();
        }
        if (value instanceof CreationTaskId id) {
            return id.value();
        }
        if (value instanceof VoiceId id) {
            return id.value();
        }
        if (value instanceof IdempotencyKey key) {
            return key.value();
        }
        return shaped(value);
    }

    private static Object shaped(Object value) {
        if (value instanceof Element element) {
            return element(element);
        }
        if (value instanceof ElementMedia media) {
            return object("cover", media.cover(), "references", media.references(), "video", media.video());
        }
        if (value instanceof CreationTask task) {
            return object(
                    "id",
                    task.id(),
                    "state",
                    task.state(),
                    "elementIds",
                    task.elementIds(),
                    "elements",
                    task.elements(),
                    "failureReason",
                    task.failureReason(),
                    "idempotencyKey",
                    task.idempotencyKey(),
                    "progress",
                    task.progress(),
                    "createdAt",
                    task.createdAt(),
                    "updatedAt",
                    task.updatedAt());
        }
        if (value instanceof Voice voice) {
            return object(
                    "id", voice.id(), "name", voice.name(), "origin", voice.origin(), "trialUrl", voice.trialUrl());
        }
        if (value instanceof Tag tag) {
            return object(
                    "id", tag.id(), "name", tag.name(), "kind", tag instanceof Tag.Known known ? known.kind() : null);
        }
        if (value instanceof Page<?> page) {
            boolean elements = page.items().forAll(Element.class::isInstance);
            return object(
                    "page",
                    page.request().page(),
                    "size",
                    page.request().size(),
                    "total",
                    page.total(),
                    "hasMore",
                    page.hasMore(),
                    elements ? "elements" : "items",
                    page.items());
        }
        if (value instanceof PageRequest request) {
            return object("page", request.page(), "size", request.size(), "cursor", request.cursor());
        }
        if (value instanceof Deletion deletion) {
            return object("id", deletion.id(), "outcome", deletion.outcome());
        }
        if (value instanceof RuleViolation violation) {
            return object("field", violation.field(), "code", violation.code(), "message", violation.message());
        }
        if (value instanceof ElementsError error) {
            return error(error);
        }
        return value;
    }

    private static Map<String, Object> element(Element element) {
        return object(
                "id",
                element.id(),
                "name",
                element.name(),
                "description",
                element.description(),
                "kind",
                element.kind(),
                "status",
                element.status(),
                "origin",
                element.origin(),
                "tags",
                element.tags(),
                "voice",
                element.voice(),
                "media",
                element.media(),
                "createdAt",
                element.createdAt(),
                "updatedAt",
                element.updatedAt());
    }

    private static Map<String, Object> error(ElementsError error) {
        Map<String, Object> json = object(
                "type",
                error.getClass().getSimpleName(),
                "message",
                error.message(),
                "vendorCode",
                error.vendorCode(),
                "requestId",
                error.requestId(),
                "retryable",
                error.retryable());
        if (error instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (!ERROR_BASICS.contains(component.getName())) {
                    json.put(component.getName(), tree(read(component, record)));
                }
            }
        }
        return json;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "cannot read " + component.getName() + " of "
                            + record.getClass().getSimpleName(),
                    e);
        }
    }

    /** An object of name, value pairs, each value shaped. */
    private static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            json.put((String) namesAndValues[i], tree(namesAndValues[i + 1]));
        }
        return json;
    }
}
