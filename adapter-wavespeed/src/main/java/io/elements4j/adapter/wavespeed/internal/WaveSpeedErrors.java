package io.elements4j.adapter.wavespeed.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.adapter.support.CallKind;
import io.elements4j.adapter.support.DefaultErrorClassification;
import io.elements4j.adapter.support.ErrorClassifier;
import io.elements4j.adapter.support.HttpFailure;
import io.elements4j.adapter.support.Json;
import io.elements4j.adapter.support.VendorError;
import io.elements4j.domain.error.ElementsError;
import io.vavr.control.Option;
import java.util.regex.Pattern;

/**
 * WaveSpeed's errors: {@code {code, message, data: {error}}}, where {@code code} repeats the HTTP status and
 * {@code data.error} says what went wrong ({@code message} is the status's phrase). By status, as WaveSpeed
 * documents it (400, 401, 500; 429 when a tier's rate is exceeded), with two readings of our own: an answer whose
 * text speaks of the balance or credits is {@code InsufficientCredits} whatever its 4xx status (WaveSpeed documents
 * no code for it), and a 2xx whose {@code code} is an error status is that error.
 */
public final class WaveSpeedErrors implements ErrorClassifier {

    /** The vendor's name, as messages give it. */
    public static final String VENDOR = "WaveSpeed";

    private static final Pattern BALANCE = Pattern.compile(
            "(?i)insufficient\\s+(balance|credit|fund)|balance\\s+(is\\s+)?(not\\s+enough|insufficient|exhausted)"
                    + "|not\\s+enough\\s+(balance|credit)|top\\s*up");

    private final DefaultErrorClassification defaults = DefaultErrorClassification.forVendor(VENDOR);

    @Override
    public ElementsError classify(HttpFailure failure, CallKind call) {
        if (failure.kind() != HttpFailure.Kind.RESPONSE) {
            return defaults.classify(failure, call, VendorError.none());
        }
        Option<JsonNode> body = Json.tree(failure.body()).filter(JsonNode::isObject);
        Option<Integer> code =
                body.map(b -> b.path("code")).filter(JsonNode::canConvertToInt).map(JsonNode::asInt);
        Option<String> message =
                body.flatMap(b -> text(b.path("data").path("error")).orElse(() -> text(b.path("message"))));
        VendorError said = new VendorError(code.map(String::valueOf), message, Option.none()).orRequestIdFrom(failure);
        HttpFailure effective = failure.withStatus(
                failure.status() < 300 && code.exists(c -> c >= 400) ? code.get() : failure.status());
        if (effective.status() >= 400
                && effective.status() < 500
                && message.exists(m -> BALANCE.matcher(m).find())) {
            return defaults.insufficientCredits(effective, said);
        }
        return defaults.byStatus(effective, call, said);
    }

    /** A 2xx whose {@code code} is an error status: WaveSpeed's envelope says the call failed. */
    public static boolean isErrorEnvelope(JsonNode body) {
        return body.path("code").canConvertToInt() && body.path("code").asInt() >= 400;
    }

    private static Option<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? Option.of(node.asText()) : Option.none();
    }
}
