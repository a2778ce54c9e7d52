package io.elements4j.adapter.support;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.ports.callback.IncomingCallback;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.util.function.Function;

/**
 * Reads a callback's body for an adapter, the same way on every vendor: a body that is not a JSON object, or not of
 * the vendor's shape, is a {@code ProviderFailure} naming the vendor and what is wrong — never an exception. It is
 * neither retryable nor ambiguous: it says nothing about the task, whose wait goes on polling.
 *
 * <p>Anyone who can reach a callback URL can send anything, so the parser is bounded: nesting deeper than
 * {@value #MAX_NESTING} levels, a document longer than {@value #MAX_DOCUMENT_BYTES} bytes, a string or a field name
 * longer than {@value #MAX_STRING_CHARS} characters or a number longer than {@value #MAX_NUMBER_CHARS} digits stops
 * it at once, with the same typed answer. A vendor's callback is a few levels deep and a few kilobytes long.
 */
public final class CallbackBodies {

    /** The deepest nesting of arrays and objects read. */
    public static final int MAX_NESTING = 32;
    /** The longest body read, in bytes (what the receivers take at most by default). */
    public static final int MAX_DOCUMENT_BYTES = 1 << 20;
    /** The longest string or field name read. */
    public static final int MAX_STRING_CHARS = 64 * 1024;
    /** The longest number read, in characters. */
    public static final int MAX_NUMBER_CHARS = 64;

    /** Parsers held to the limits above; the trees they read are bound with the shared mapper. */
    private static final JsonFactory BOUNDED = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING)
                    .maxDocumentLength(MAX_DOCUMENT_BYTES)
                    .maxStringLength(MAX_STRING_CHARS)
                    .maxNameLength(MAX_STRING_CHARS)
                    .maxNumberLength(MAX_NUMBER_CHARS)
                    .build())
            .build();

    private CallbackBodies() {}

    /**
     * A body as a JSON object, read within the limits above.
     *
     * @param body   the body as text
     * @param vendor the vendor's name, for the message
     * @return the object, or why the body is not one
     */
    public static Either<ElementsError, JsonNode> object(String body, String vendor) {
        Try<JsonNode> read = Try.of(() -> {
            try (JsonParser parser = BOUNDED.createParser(body)) {
                return Json.mapper().readTree(parser);
            }
        });
        if (read.isFailure()) {
            return Either.left(unusable(
                    vendor,
                    read.getCause() instanceof StreamConstraintsException
                            ? "is beyond what a callback holds (nesting deeper than " + MAX_NESTING
                                    + ", or a string, name or" + " number too long)"
                            : "is not JSON (" + body.length() + " characters)"));
        }
        JsonNode tree = read.get();
        return tree == null || !tree.isObject()
                ? Either.left(unusable(vendor, "is not a JSON object (" + body.length() + " characters)"))
                : Either.right(tree);
    }

    /**
     * The body as a JSON object.
     *
     * @param callback the request as it arrived
     * @param vendor   the vendor's name, for the message
     * @return the object, or why the body is not one
     */
    public static Either<ElementsError, JsonNode> object(IncomingCallback callback, String vendor) {
        if (callback.size() > MAX_DOCUMENT_BYTES) {
            return Either.left(unusable(
                    vendor,
                    "is " + callback.size() + " bytes, more than the " + MAX_DOCUMENT_BYTES
                            + " a callback is read to"));
        }
        return object(callback.bodyText(), vendor);
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
        return Try.of(() -> Json.mapper().treeToValue(node, type))
                .toEither()
                .mapLeft(e -> unusable(vendor, "does not have the shape of a " + vendor + " task"));
    }

    /**
     * The task a callback reports, for a vendor whose callback body is one JSON object of its own shape: read as a
     * JSON object within the limits above, bound to {@code type}, and read as a task by {@code read}, whose refusal
     * is that the body "is not usable".
     *
     * @param callback the request as it arrived (verified first, where the vendor signs)
     * @param vendor   the vendor's name, for the messages
     * @param type     the record the body binds to
     * @param read     the task the record reports, or what in it cannot be used
     * @param <T>      the record type
     * @return the task, or why the body does not give one
     */
    public static <T> Either<ElementsError, CreationTask> task(
            IncomingCallback callback,
            String vendor,
            Class<T> type,
            Function<? super T, Either<String, CreationTask>> read) {
        return object(callback, vendor)
                .flatMap(body -> bind(body, type, vendor))
                .flatMap(
                        record -> read.apply(record).mapLeft(problem -> unusable(vendor, "is not usable: " + problem)));
    }

    /**
     * The error for a callback body that cannot be used.
     *
     * @param vendor  the vendor's name
     * @param problem what is wrong with it, as a phrase after "the … callback body"
     * @return a non-retryable, non-ambiguous {@code ProviderFailure}
     */
    public static ElementsError unusable(String vendor, String problem) {
        return ElementsError.ProviderFailure.definite(
                "the " + vendor + " callback body " + problem, 0, Option.none(), Option.none());
    }
}
