package io.elements4j.adapter.falqueue.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.adapter.support.LenientIds;
import io.vavr.control.Option;

/**
 * The reason a failed request gives in its {@code error}, whose shape is undocumented: a string
 * ({@code "error": "…"}, as GMI client code reads it (from secondary sources)), {@code {"message": …}} or {@code {"code": …, "message": …}}.
 */
public final class FailureText {

    private FailureText() {}

    /** "the frontal image shows no subject" or "… (code upstream_error)"; none when the error says nothing. */
    public static Option<String> of(JsonNode error) {
        if (error == null || error.isNull() || error.isMissingNode()) {
            return Option.none();
        }
        if (error.isTextual()) {
            return nonBlank(error.textValue());
        }
        if (error.isObject()) {
            Option<String> message = text(error, "message")
                    .orElse(() -> text(error, "msg"))
                    .orElse(() -> text(error, "detail"))
                    .orElse(() -> text(error, "reason"));
            Option<String> code = code(error);
            if (message.isEmpty()) {
                return code.map(c -> "code " + c);
            }
            return message.map(m -> code.map(c -> m + " (code " + c + ")").getOrElse(m));
        }
        return nonBlank(error.toString());
    }

    /** The error's code, when the error is an object that names one ({@code code}, else {@code type}). */
    public static Option<String> code(JsonNode error) {
        if (error == null || !error.isObject()) {
            return Option.none();
        }
        return LenientIds.exactText(error.path("code"))
                .flatMap(FailureText::nonBlank)
                .orElse(() -> text(error, "type"));
    }

    private static Option<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? nonBlank(value.textValue()) : Option.none();
    }

    private static Option<String> nonBlank(String text) {
        return text == null || text.isBlank() ? Option.none() : Option.of(text.strip());
    }
}
