package io.elements4j.adapter.falqueue.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.adapter.support.LenientIds;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * Finds the created elements' ids in a finished request's {@code outcome}. GMI Cloud's queue guide says only that "the outcome will
 * contain the created element with its element_id", so the documented-looking places are tried first —
 * {@code outcome.element_id}, {@code outcome.element.element_id}, {@code outcome.elements[*].element_id} — then any
 * {@code element_id} nested deeper, in document order. An id may be a number or a string and is kept exactly as
 * its decimal text, also above 2^53.
 */
public final class Outcomes {

    private static final String ELEMENT_ID = "element_id";

    private Outcomes() {}

    /** The ids in the outcome, without duplicates; empty when it names none (or there is no outcome). */
    public static Seq<String> elementIds(JsonNode outcome) {
        if (outcome == null || !outcome.isContainerNode()) {
            return List.empty();
        }
        Seq<String> known = idOf(outcome)
                .appendAll(idOf(outcome.path("element")))
                .appendAll(List.ofAll(outcome.path("elements")).flatMap(Outcomes::idOf))
                .distinct();
        return known.isEmpty() ? nested(outcome).distinct() : known;
    }

    private static Seq<String> idOf(JsonNode node) {
        return node.isObject() ? exact(node.get(ELEMENT_ID)) : List.empty();
    }

    private static Seq<String> nested(JsonNode node) {
        List<String> found = List.empty();
        if (node.isObject()) {
            for (var field : node.properties()) {
                found = found.appendAll(
                        field.getKey().equals(ELEMENT_ID) ? exact(field.getValue()) : nested(field.getValue()));
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                found = found.appendAll(nested(item));
            }
        }
        return found;
    }

    private static Seq<String> exact(JsonNode id) {
        return List.ofAll(LenientIds.exactText(id)).map(String::trim).filter(s -> !s.isEmpty());
    }
}
