package io.elements4j.adapter.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * How a vendor's error envelope in a 2xx body is spotted ({@link VendorHttp.Builder#errorEnvelopeIn2xx}).
 *
 * @param isError    decides, on the body parsed as a tree, whether it is an error envelope
 * @param mayBeError when given, sees the value bound straight from the body's bytes first and clears every body
 *                   that cannot be an error envelope, so those are never parsed as a tree; only a body it flags,
 *                   or one that does not bind to the expected type (or binds to JSON {@code null}), goes on to
 *                   {@code isError}. It must flag every body {@code isError} would call an error: a body it
 *                   wrongly flags only costs a second parse
 */
record ErrorEnvelope(Predicate<JsonNode> isError, Option<Predicate<Object>> mayBeError) {

    ErrorEnvelope {
        Objects.requireNonNull(isError, "isError");
        Objects.requireNonNull(mayBeError, "mayBeError");
    }
}
