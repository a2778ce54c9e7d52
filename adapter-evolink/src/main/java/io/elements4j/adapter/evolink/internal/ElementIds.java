package io.elements4j.adapter.evolink.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.adapter.support.LenientIds;
import io.elements4j.domain.element.ElementId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Iterator;
import java.util.Map;

/**
 * Finds the new element's id in a finished task's {@code result_data}. Evolink says only that "{@code result_data}
 * will contain the {@code element_id}" (see docs/vendors.md), so this looks where community code does,
 * in order, and stops at the first place that has one:
 *
 * <ol>
 *   <li>{@code result_data[i].element_id} — {@code result_data} as the array Evolink's own MCP types it;</li>
 *   <li>{@code result_data.element_id} — {@code result_data} as an object;</li>
 *   <li>any key named {@code element_id} anywhere below {@code result_data}, depth first, in document order.</li>
 * </ol>
 *
 * <p>A number or a string is taken as its exact text ({@link LenientIds#exactText}), so ids above 2^53 — and even
 * above 2^63 — survive digit for digit. Blank strings, fractions, booleans and nulls are not ids.
 */
public final class ElementIds {

    private static final String FIELD = "element_id";

    private ElementIds() {}

    /** The ids found, without duplicates, in the order found; empty when there is none anywhere. */
    public static Seq<ElementId> in(JsonNode resultData) {
        if (resultData == null || resultData.isMissingNode() || resultData.isNull()) {
            return List.empty();
        }
        Seq<ElementId> fromItems =
                resultData.isArray() ? List.ofAll(resultData).flatMap(item -> id(item.get(FIELD))) : List.empty();
        if (fromItems.nonEmpty()) {
            return fromItems.distinct();
        }
        Seq<ElementId> fromObject = id(resultData.get(FIELD)).toList();
        if (fromObject.nonEmpty()) {
            return fromObject;
        }
        return anywhereBelow(resultData).distinct();
    }

    private static Seq<ElementId> anywhereBelow(JsonNode node) {
        List<ElementId> found = List.empty();
        if (node.isArray()) {
            for (JsonNode item : node) {
                found = found.appendAll(anywhereBelow(item));
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields =
                            node.properties().iterator();
                    fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                found = field.getKey().equals(FIELD)
                        ? found.appendAll(id(field.getValue()))
                        : found.appendAll(anywhereBelow(field.getValue()));
            }
        }
        return found;
    }

    private static Option<ElementId> id(JsonNode node) {
        if (node == null || !(node.isTextual() || node.isNumber())) {
            return Option.none();
        }
        return LenientIds.exactText(node)
                .map(String::strip)
                .filter(text -> !text.isEmpty())
                .map(ElementId::of);
    }
}
