package io.elements4j.adapter.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;

/**
 * An RFC 9457 problem ({@code application/problem+json}, https://www.rfc-editor.org/rfc/rfc9457): the error body of
 * many HTTP APIs and of the gateways in front of them. Read one from a failure with {@link #of}; it becomes what the
 * vendor said with {@link #said}, which {@link VendorError#guess} does for every adapter, and
 * {@link ProblemJsonErrors} maps its {@code type} to the domain's errors.
 *
 * @param type     the problem type, a URI; none for {@code about:blank}, the RFC's "no more than the status"
 * @param title    the short summary of the type
 * @param status   the status the problem says, which should be the response's
 * @param detail   what happened this time
 * @param instance the URI of this occurrence
 * @param requestId a request id among the extension members ({@code request_id}, {@code requestId},
 *                  {@code traceId}), if any
 */
public record ProblemDetails(
        Option<String> type,
        Option<String> title,
        Option<Integer> status,
        Option<String> detail,
        Option<String> instance,
        Option<String> requestId) {

    /** The media type RFC 9457 registers for JSON problems. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String NO_TYPE = "about:blank";
    private static final List<String> REQUEST_ID_MEMBERS = List.of("request_id", "requestId", "traceId");

    /** Checks every component; blank text counts as absent, and {@code about:blank} as no type. */
    public ProblemDetails {
        type = present(Objects.requireNonNull(type, "type")).filter(t -> !t.equalsIgnoreCase(NO_TYPE));
        title = present(Objects.requireNonNull(title, "title"));
        Objects.requireNonNull(status, "status");
        detail = present(Objects.requireNonNull(detail, "detail"));
        instance = present(Objects.requireNonNull(instance, "instance"));
        requestId = present(Objects.requireNonNull(requestId, "requestId"));
    }

    /**
     * The problem a failed response carries: a JSON object sent as {@code application/problem+json}, or — for a
     * server that labels it plain JSON — an object with a text {@code title} and a {@code status} equal to the
     * response's. None for anything else, so other envelopes are left to their readers.
     */
    public static Option<ProblemDetails> of(HttpFailure failure) {
        Objects.requireNonNull(failure, "failure");
        return Json.tree(failure.body()).filter(JsonNode::isObject).flatMap(body -> of(failure, body));
    }

    /** {@link #of(HttpFailure)} for a body already parsed. */
    static Option<ProblemDetails> of(HttpFailure failure, JsonNode body) {
        if (failure.kind() != HttpFailure.Kind.RESPONSE || !body.isObject()) {
            return Option.none();
        }
        boolean labelled = failure.header("Content-Type")
                .exists(value -> value.trim().toLowerCase(Locale.ROOT).startsWith(MEDIA_TYPE));
        ProblemDetails problem = read(body);
        return labelled || problem.title.isDefined() && problem.status.contains(failure.status())
                ? Option.some(problem)
                : Option.none();
    }

    /** The members of a problem object, whatever else it holds; a member of the wrong JSON type is absent. */
    public static ProblemDetails read(JsonNode body) {
        Objects.requireNonNull(body, "body");
        JsonNode status = body.path("status");
        return new ProblemDetails(
                text(body.path("type")),
                text(body.path("title")),
                status.canConvertToInt() && status.isIntegralNumber() ? Option.some(status.intValue()) : Option.none(),
                text(body.path("detail")),
                text(body.path("instance")),
                REQUEST_ID_MEMBERS
                        .map(name -> text(body.path(name)))
                        .find(Option::isDefined)
                        .flatMap(id -> id));
    }

    /**
     * What the vendor said, for the error's message: the type as the code, "title: detail" as the message (either
     * alone when the other is missing), and the request id.
     */
    public VendorError said() {
        Option<String> message = title.isEmpty()
                ? detail
                : detail.filter(d -> !d.equals(title.get()))
                        .map(d -> title.get() + ": " + d)
                        .orElse(title);
        return new VendorError(type, message, requestId);
    }

    private static Option<String> text(JsonNode node) {
        return node.isTextual() ? Option.of(node.textValue()) : Option.none();
    }

    private static Option<String> present(Option<String> text) {
        return text.map(String::trim).filter(t -> !t.isEmpty());
    }
}
