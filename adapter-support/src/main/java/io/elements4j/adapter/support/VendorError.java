package io.elements4j.adapter.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What a vendor said about a failure, taken from its error envelope: its own code, its message and its request id.
 * A vendor classifier reads these from its envelope and hands them to {@link DefaultErrorClassification}.
 */
public record VendorError(Option<String> code, Option<String> message, Option<String> requestId) {

    private static final int MAX_MESSAGE_CHARS = 500;
    private static final List<String> REQUEST_ID_HEADERS = List.of("x-request-id", "request-id", "x-amzn-requestid");

    public VendorError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(requestId, "requestId");
        code = code.map(String::trim).filter(s -> !s.isEmpty());
        message = message.map(VendorError::oneLine).filter(s -> !s.isEmpty());
        requestId = requestId.map(String::trim).filter(s -> !s.isEmpty());
    }

    public static VendorError none() {
        return new VendorError(Option.none(), Option.none(), Option.none());
    }

    /** From an envelope's fields; null or blank ones count as absent. */
    public static VendorError of(String code, String message, String requestId) {
        return new VendorError(Option.of(code), Option.of(message), Option.of(requestId));
    }

    /**
     * A best guess from the envelope shapes our vendors use — {@code {code, message, request_id}} (Kling),
     * {@code {error: "…", code}} (useapi), {@code {error: {code, message, type}}} (Evolink), {@code {detail}} (queue
     * APIs), and RFC 9457 problems ({@link ProblemDetails}, as a gateway in front of any of them may answer) — with
     * the request id from a {@code X-Request-Id}-style header when the body has none. A body that is
     * not JSON gives no message.
     */
    public static VendorError guess(HttpFailure failure) {
        VendorError fromBody = Json.tree(failure.body())
                .filter(JsonNode::isObject)
                .map(body -> ProblemDetails.of(failure, body)
                        .map(ProblemDetails::said)
                        .getOrElse(() -> fromEnvelope(body)))
                .getOrElse(VendorError::none);
        return fromBody.orRequestIdFrom(failure);
    }

    /** This, with the request id taken from the response headers when the envelope had none. */
    public VendorError orRequestIdFrom(HttpFailure failure) {
        if (requestId.isDefined()) {
            return this;
        }
        Option<String> fromHeaders =
                REQUEST_ID_HEADERS.map(failure::header).find(Option::isDefined).flatMap(o -> o);
        return new VendorError(code, message, fromHeaders);
    }

    private static VendorError fromEnvelope(JsonNode root) {
        JsonNode error = root.path("error");
        Option<String> message = text(root.path("message"))
                .orElse(() -> text(error.path("message")))
                .orElse(() -> text(error))
                .orElse(() -> text(root.path("detail")))
                .orElse(() -> text(root.path("detail").path(0).path("msg")))
                .orElse(() -> text(root.path("msg")))
                .orElse(() -> text(root.path("error_description")));
        Option<String> code = LenientIds.exactText(root.path("code"))
                .orElse(() -> LenientIds.exactText(error.path("code")))
                .orElse(() -> text(root.path("error_type")))
                .orElse(() -> text(error.path("type")));
        Option<String> requestId = text(root.path("request_id"))
                .orElse(() -> text(root.path("requestId")))
                .orElse(() -> text(error.path("request_id")));
        return new VendorError(code, message, requestId);
    }

    private static Option<String> text(JsonNode node) {
        return node.isTextual() ? Option.of(node.textValue()) : Option.none();
    }

    private static String oneLine(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > MAX_MESSAGE_CHARS ? line.substring(0, MAX_MESSAGE_CHARS) + "…" : line;
    }
}
