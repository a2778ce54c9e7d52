package io.elements4j.adapter.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.ports.callback.IncomingCallback;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;

/**
 * Reads a callback's body for an adapter, the same way on every vendor: a body that is not a JSON object, or not of
 * the vendor's shape, is a {@code ProviderFailure} naming the vendor and what is wrong — never an exception. It is
 * neither retryable nor ambiguous: it says nothing about the task, whose wait goes on polling.
 */
public final class CallbackBodies {

    private CallbackBodies() {
    }

    /**
     * The body as a JSON object.
     *
     * @param callback the request as it arrived
     * @param vendor   the vendor's name, for the message
     * @return the object, or why the body is not one
     */
    public static Either<ElementsError, JsonNode> object(IncomingCallback callback, String vendor) {
        Option<JsonNode> tree = Json.tree(callback.bodyText()).filter(JsonNode::isObject);
        return tree.isEmpty() ? Either.left(unusable(vendor, "is not a JSON object (" + callback.size() + " bytes)"))
                : Either.right(tree.get());
    }

    /**
     * A JSON object bound to the vendor's record type, unknown fields ignored.
     *
     * @param node   the body
     * @param type   the record it should bind to
     * @param vendor the vendor's name, for the message
     * @param <T>    the record type
     * @return the record, or why the body does not have its shape
     */
    public static <T> Either<ElementsError, T> bind(JsonNode node, Class<T> type, String vendor) {
        return Try.of(() -> Json.mapper().treeToValue(node, type)).toEither()
                .mapLeft(e -> unusable(vendor, "does not have the shape of a " + vendor + " task"));
    }

    /**
     * The error for a callback body that cannot be used.
     *
     * @param vendor  the vendor's name
     * @param problem what is wrong with it, as a phrase after "the … callback body"
     * @return a non-retryable, non-ambiguous {@code ProviderFailure}
     */
    public static ElementsError unusable(String vendor, String problem) {
        return ElementsError.ProviderFailure.definite("the " + vendor + " callback body " + problem, 0, Option.none(),
                Option.none());
    }
}
