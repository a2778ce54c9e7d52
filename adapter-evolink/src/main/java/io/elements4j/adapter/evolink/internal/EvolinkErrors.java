package io.elements4j.adapter.evolink.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.adapter.support.CallKind;
import io.elements4j.adapter.support.DefaultErrorClassification;
import io.elements4j.adapter.support.ErrorClassifier;
import io.elements4j.adapter.support.HttpFailure;
import io.elements4j.adapter.support.Json;
import io.elements4j.adapter.support.VendorError;
import io.elements4j.domain.error.ElementsError;
import io.vavr.control.Option;

/**
 * Evolink's errors: the {@code {"error": {"code", "message", "type"}}} envelope (Evolink's element docs), mapped by
 * code first, then by type (where a type names one kind of error: {@code invalid_request_error} covers both 400 and
 * 403, so it does not), then by HTTP status.
 *
 * <table>
 *   <caption>Evolink's documented errors</caption>
 *   <tr><th>HTTP</th><th>code</th><th>becomes</th></tr>
 *   <tr><td>400</td><td>invalid_request, invalid_task_id</td><td>InvalidRequest</td></tr>
 *   <tr><td>400</td><td>content_policy_violation (a failed-task code, should it arrive as HTTP)</td><td>PolicyRejected</td></tr>
 *   <tr><td>401</td><td>unauthorized</td><td>Unauthorized</td></tr>
 *   <tr><td>402</td><td>insufficient_quota</td><td>InsufficientCredits</td></tr>
 *   <tr><td>403</td><td>model_access_denied</td><td>Forbidden</td></tr>
 *   <tr><td>404</td><td>(unknown task; code undocumented)</td><td>NotFound</td></tr>
 *   <tr><td>429</td><td>rate_limit_exceeded</td><td>RateLimited, with Retry-After if sent</td></tr>
 *   <tr><td>500 / 502</td><td>internal_error / upstream_error</td><td>ProviderFailure, retryable</td></tr>
 * </table>
 *
 * <p>Evolink takes no idempotency key, so every 5xx answer to a create — 503 included, as Evolink documents none
 * and forwards to an upstream service that may have started the task — is {@code ambiguous} and never re-sent.
 */
public final class EvolinkErrors implements ErrorClassifier {

    /** The vendor's name, as errors and logs give it. */
    public static final String VENDOR = "Evolink";

    private final DefaultErrorClassification defaults = DefaultErrorClassification.forVendor(VENDOR);

    @Override
    public ElementsError classify(HttpFailure failure, CallKind call) {
        if (failure.kind() != HttpFailure.Kind.RESPONSE) {
            return defaults.classify(failure, call, VendorError.none().orRequestIdFrom(failure));
        }
        Option<JsonNode> error =
                Json.tree(failure.body()).map(body -> body.path("error")).filter(JsonNode::isObject);
        Option<String> code = error.flatMap(e -> text(e.path("code")));
        Option<String> type = error.flatMap(e -> text(e.path("type")));
        VendorError said = new VendorError(
                        code.orElse(type), error.flatMap(e -> text(e.path("message"))), Option.none())
                .orRequestIdFrom(failure);
        return byCode(code.getOrElse(""), failure, call, said)
                .orElse(() -> byCode(type.getOrElse(""), failure, call, said))
                .getOrElse(() -> byStatus(failure, call, said));
    }

    private Option<ElementsError> byCode(String code, HttpFailure failure, CallKind call, VendorError said) {
        return Option.of(
                switch (code) {
                    case "invalid_request", "invalid_task_id", "invalid_parameters" ->
                        defaults.invalidRequest(failure, said);
                    case "content_policy_violation" -> defaults.policyRejected(failure, said);
                    case "unauthorized", "authentication_error" -> defaults.unauthorized(failure, said);
                    case "insufficient_quota" -> defaults.insufficientCredits(failure, said);
                    case "model_access_denied" -> defaults.forbidden(failure, said);
                    case "task_not_found" -> defaults.notFound(failure, said);
                    case "rate_limit_exceeded", "rate_limit_error" -> defaults.rateLimited(failure, said);
                    case "internal_error", "api_error", "upstream_error" -> serverFailure(failure, call, said);
                    default -> null;
                });
    }

    private ElementsError byStatus(HttpFailure failure, CallKind call, VendorError said) {
        return failure.status() >= 500 && call == CallKind.CREATE
                ? defaults.serverFailure(failure, call, said)
                : defaults.byStatus(failure, call, said);
    }

    /** A 5xx is retryable, and leaves a create ambiguous; a 2xx-carried envelope is treated like its status. */
    private ElementsError serverFailure(HttpFailure failure, CallKind call, VendorError said) {
        return failure.status() >= 500
                ? defaults.serverFailure(failure, call, said)
                : defaults.byStatus(failure, call, said);
    }

    private static Option<String> text(JsonNode node) {
        return node.isTextual() && !node.textValue().isBlank() ? Option.some(node.textValue()) : Option.none();
    }
}
