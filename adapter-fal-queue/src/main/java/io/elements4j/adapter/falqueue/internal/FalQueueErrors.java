package io.elements4j.adapter.falqueue.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.adapter.support.CallKind;
import io.elements4j.adapter.support.DefaultErrorClassification;
import io.elements4j.adapter.support.ErrorClassifier;
import io.elements4j.adapter.support.HttpFailure;
import io.elements4j.adapter.support.Json;
import io.elements4j.adapter.support.LenientIds;
import io.elements4j.adapter.support.ProblemDetails;
import io.elements4j.adapter.support.VendorError;
import io.elements4j.domain.error.ElementsError;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the queue's failures mean. GMI documents no error body (inferred), so every shape its peers use is read:
 * {@code {"error": "…"}}, {@code {"error": {"code", "message"}}}, {@code {"message": …}}, FastAPI's
 * {@code {"detail": "…"}} or {@code {"detail": [{"loc", "msg", "type"}]}} (every entry kept, as
 * {@code payload.element_name: msg}), and an RFC 9457 problem ({@code application/problem+json}: its title and
 * detail, its type as the code), as the gateway in front of the queue may answer. Statuses map as {@link DefaultErrorClassification} does — 400/422 invalid,
 * 401, 402 credits, 403, 404, 429 with {@code Retry-After}, 503 not accepted (a create may be re-sent), other 5xx
 * ambiguous for a create — except that a code naming a content policy is {@code PolicyRejected}.
 */
public final class FalQueueErrors implements ErrorClassifier {

    /** Codes that mean content moderation refused the input, e.g. {@code content_policy_violation}. */
    private static final Pattern POLICY_CODE =
            Pattern.compile(".*(content_policy|policy_violation|moderation|sensitive|unsafe).*");

    private final DefaultErrorClassification defaults;

    /**
     * The classification for the vendor behind the queue.
     *
     * @param vendor the vendor's name, as errors give it
     */
    public FalQueueErrors(String vendor) {
        this.defaults = DefaultErrorClassification.forVendor(vendor);
    }

    @Override
    public ElementsError classify(HttpFailure failure, CallKind call) {
        if (failure.kind() != HttpFailure.Kind.RESPONSE) {
            return defaults.classify(failure, call, VendorError.none());
        }
        VendorError said = read(failure);
        boolean policy = said.code()
                .exists(c -> POLICY_CODE.matcher(c.toLowerCase(Locale.ROOT)).matches());
        if (policy && failure.status() >= 400 && failure.status() < 500) {
            return defaults.policyRejected(failure, said);
        }
        return defaults.byStatus(failure, call, said);
    }

    /** The code, message and request id of an error body, whatever its shape; the request id may come from a header. */
    public static VendorError read(HttpFailure failure) {
        Option<JsonNode> body = Json.tree(failure.body()).filter(JsonNode::isObject);
        VendorError said = ProblemDetails.of(failure)
                .map(ProblemDetails::said)
                .getOrElse(() -> body.map(FalQueueErrors::fromBody).getOrElse(VendorError::none));
        if (said.message().isEmpty() && said.code().isEmpty()) {
            said = VendorError.guess(failure);
        }
        return said.orRequestIdFrom(failure);
    }

    private static VendorError fromBody(JsonNode root) {
        JsonNode error = root.path("error");
        Option<String> message = text(error)
                .orElse(() -> text(error.path("message")))
                .orElse(() -> text(root.path("message")))
                .orElse(() -> text(root.path("detail")))
                .orElse(() -> validationDetail(root.path("detail")));
        Option<String> code = LenientIds.exactText(error.path("code"))
                .orElse(() -> text(error.path("type")))
                .orElse(() -> LenientIds.exactText(root.path("code")))
                .orElse(() -> text(root.path("error_type")))
                .orElse(() -> validationType(root.path("detail")));
        Option<String> requestId = text(root.path("request_id")).orElse(() -> text(error.path("request_id")));
        return new VendorError(code, message, requestId);
    }

    /** FastAPI's validation list: {@code payload.element_name: msg; payload.refer_images: msg}. */
    private static Option<String> validationDetail(JsonNode detail) {
        if (!detail.isArray() || detail.isEmpty()) {
            return Option.none();
        }
        Seq<String> entries = List.ofAll(detail)
                .flatMap(entry -> text(entry.path("msg")).map(msg -> {
                    String where = List.ofAll(entry.path("loc"))
                            .map(JsonNode::asText)
                            .dropWhile("body"::equals)
                            .mkString(".");
                    return where.isEmpty() ? msg : where + ": " + msg;
                }));
        return entries.isEmpty() ? Option.none() : Option.of(entries.mkString("; "));
    }

    private static Option<String> validationType(JsonNode detail) {
        return detail.isArray() ? text(detail.path(0).path("type")) : Option.none();
    }

    private static Option<String> text(JsonNode node) {
        return node.isTextual() && !node.textValue().isBlank() ? Option.of(node.textValue()) : Option.none();
    }
}
