package io.elements4j.adapter.kling.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.adapter.support.CallKind;
import io.elements4j.adapter.support.DefaultErrorClassification;
import io.elements4j.adapter.support.ErrorClassifier;
import io.elements4j.adapter.support.HttpFailure;
import io.elements4j.adapter.support.Json;
import io.elements4j.adapter.support.VendorError;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.error.ElementsError.RateLimited;
import io.vavr.control.Option;
import java.util.regex.Pattern;

/**
 * Kling's errors by its business {@code code}, not only the HTTP status (see docs/vendors.md): HTTP 429 is a balance
 * problem for 1100–1102, a rate limit for 1302/1303 and an IP policy for 1304. The same table applies to an HTTP 200
 * whose {@code code} is not 0, and to Kling's error as a relay's gateway passes it on, wrapped as text. The vendor's
 * {@code request_id} is kept in every error.
 *
 * <table>
 *   <caption>codes</caption>
 *   <tr><td>1000–1004</td><td>Unauthorized</td></tr>
 *   <tr><td>1100–1102</td><td>InsufficientCredits</td></tr>
 *   <tr><td>1103</td><td>Forbidden</td></tr>
 *   <tr><td>1200</td><td>InvalidRequest</td></tr>
 *   <tr><td>1201</td><td>InvalidRequest; NotFound when the message says "not found" / "does not exist" /
 *       "already deleted"; Conflict when it says "already exists" (a duplicate {@code external_task_id})</td></tr>
 *   <tr><td>1202, 1203</td><td>NotFound</td></tr>
 *   <tr><td>1300, 1301, 1304</td><td>PolicyRejected</td></tr>
 *   <tr><td>1302</td><td>RateLimited, limit {@code REQUEST_RATE} (with the {@code Retry-After} if sent)</td></tr>
 *   <tr><td>1303</td><td>RateLimited, limit {@code PARALLEL_TASKS}: the resource pack's parallel tasks are all
 *       running (with the {@code Retry-After} if sent)</td></tr>
 *   <tr><td>5000, 5002</td><td>retryable ProviderFailure, ambiguous for a create (the task may exist)</td></tr>
 *   <tr><td>5001</td><td>retryable ProviderFailure, never ambiguous (maintenance: nothing was accepted)</td></tr>
 *   <tr><td>other</td><td>by HTTP status</td></tr>
 * </table>
 */
public final class KlingErrors implements ErrorClassifier {

    /** The vendor's name, as errors and logs give it. */
    public static final String VENDOR = "Kling";

    private static final Pattern ALREADY_EXISTS = Pattern.compile("(?i)already\\s+exist");
    private static final Pattern NOT_FOUND = Pattern.compile(
            "(?i)not\\s+found|not\\s+exist|does\\s*n[o']t\\s+exist|no\\s+such|already\\s+deleted|been\\s+deleted");

    private final DefaultErrorClassification defaults;

    /** Kling's own errors, named as Kling's. */
    public KlingErrors() {
        this(VENDOR);
    }

    /**
     * Kling's errors as a relay in front of Kling passes them on, named as the relay's.
     *
     * @param vendor the name messages give the vendor
     */
    public KlingErrors(String vendor) {
        this.defaults = DefaultErrorClassification.forVendor(vendor);
    }

    @Override
    public ElementsError classify(HttpFailure failure, CallKind call) {
        if (failure.kind() != HttpFailure.Kind.RESPONSE) {
            return defaults.classify(failure, call, VendorError.none());
        }
        VendorError said = unwrapped(VendorError.guess(failure));
        Option<Integer> code = said.code().flatMap(KlingErrors::number);
        if (code.isEmpty()) {
            return defaults.byStatus(failure, call, said);
        }
        String message = said.message().getOrElse("");
        return switch (code.get()) {
            case 1000, 1001, 1002, 1003, 1004 -> defaults.unauthorized(failure, said);
            case 1100, 1101, 1102 -> defaults.insufficientCredits(failure, said);
            case 1103 -> defaults.forbidden(failure, said);
            case 1200 -> defaults.invalidRequest(failure, said);
            case 1201 ->
                ALREADY_EXISTS.matcher(message).find()
                        ? defaults.conflict(failure, said)
                        : NOT_FOUND.matcher(message).find()
                                ? defaults.notFound(failure, said)
                                : defaults.invalidRequest(failure, said);
            case 1202, 1203 -> defaults.notFound(failure, said);
            case 1300, 1301, 1304 -> defaults.policyRejected(failure, said);
            case 1302 -> defaults.rateLimited(failure, said).withLimit(RateLimited.Limit.REQUEST_RATE);
            case 1303 -> defaults.rateLimited(failure, said).withLimit(RateLimited.Limit.PARALLEL_TASKS);
            case 5000, 5002 -> defaults.serverFailure(failure, call, said);
            case 5001 -> defaults.unavailable(failure, said);
            default -> defaults.byStatus(failure, call, said);
        };
    }

    /** Whether an error is Kling saying an {@code external_task_id} is taken. */
    public static boolean isDuplicateExternalTaskId(ElementsError error) {
        return error instanceof ElementsError.Conflict;
    }

    /**
     * A new-api gateway in front of Kling passes Kling's error on as text: {@code {"code": "fail_to_fetch_task",
     * "message": "{\"code\":1201,\"message\":…}"}}. Kling's own code, message and request id are read from it;
     * any other error is as it came.
     */
    private static VendorError unwrapped(VendorError said) {
        if (said.code().forAll(code -> number(code).isDefined())) {
            return said;
        }
        return said.message()
                .flatMap(Json::tree)
                .filter(inner -> inner.path("code").isIntegralNumber())
                .map(inner -> new VendorError(
                        Option.of(inner.path("code").asText()),
                        text(inner.path("message")),
                        text(inner.path("request_id")).orElse(said.requestId())))
                .getOrElse(said);
    }

    private static Option<String> text(JsonNode node) {
        return node.isTextual() ? Option.of(node.asText()) : Option.none();
    }

    private static Option<Integer> number(String code) {
        return code.matches("-?\\d{1,9}") ? Option.some(Integer.parseInt(code)) : Option.none();
    }
}
