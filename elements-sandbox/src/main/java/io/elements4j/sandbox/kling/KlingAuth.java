package io.elements4j.sandbox.kling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elements4j.sandbox.core.SimJson;
import io.elements4j.sandbox.core.SimRequest;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Kling's two credentials: a static API key, or an HS256 JWT signed with the secret key whose {@code iss} is the
 * access key, valid from {@code nbf} until {@code exp} (seconds since the epoch). Answers which 401 code a request
 * earns, if any.
 */
final class KlingAuth {

    /** Why a request is refused: Kling's code and message. */
    record Refusal(int code, String message) {}

    private final String apiKey;
    private final String accessKey;
    private final String secretKey;

    KlingAuth(String apiKey, String accessKey, String secretKey) {
        this.apiKey = apiKey;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    /** None when the request carries the API key or a JWT valid at {@code now}; otherwise the 401 to answer. */
    Option<Refusal> check(SimRequest request, Instant now) {
        Option<String> header = request.header("authorization").filter(h -> !h.isBlank());
        if (header.isEmpty()) {
            return Option.some(new Refusal(1001, "Authorization is empty"));
        }
        Option<String> token = request.bearerToken().filter(t -> !t.isEmpty());
        if (token.isEmpty()) {
            return Option.some(new Refusal(1002, "Authorization is invalid: expected 'Bearer <token>'"));
        }
        if (constantTimeEquals(token.get(), apiKey)) {
            return Option.none();
        }
        return checkJwt(token.get(), now);
    }

    private Option<Refusal> checkJwt(String token, Instant now) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return invalid("neither the API key nor a JWT");
        }
        Option<ObjectNode> header = decodeJson(parts[0]);
        Option<ObjectNode> claims = decodeJson(parts[1]);
        if (header.isEmpty() || claims.isEmpty()) {
            return invalid("the JWT is malformed");
        }
        if (!"HS256".equals(header.get().path("alg").asText())) {
            return invalid("the JWT must be signed with HS256");
        }
        if (!validSignature(parts[0] + "." + parts[1], parts[2])) {
            return invalid("the JWT signature does not match");
        }
        if (!accessKey.equals(claims.get().path("iss").asText())) {
            return invalid("the JWT issuer is not a known access key");
        }
        JsonNode exp = claims.get().get("exp");
        if (exp == null || !exp.canConvertToLong()) {
            return invalid("the JWT has no exp claim");
        }
        long nowSeconds = now.getEpochSecond();
        JsonNode nbf = claims.get().get("nbf");
        if (nbf != null && nbf.canConvertToLong() && nbf.asLong() > nowSeconds) {
            return Option.some(new Refusal(1003, "Authorization is not yet valid"));
        }
        if (exp.asLong() <= nowSeconds) {
            return Option.some(new Refusal(1004, "Authorization has expired"));
        }
        return Option.none();
    }

    private static Option<Refusal> invalid(String why) {
        return Option.some(new Refusal(1002, "Authorization is invalid: " + why));
    }

    private boolean validSignature(String signingInput, String signature) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
            byte[] given = Base64.getUrlDecoder().decode(signature);
            return MessageDigest.isEqual(expected, given);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Option<ObjectNode> decodeJson(String part) {
        try {
            return SimJson.readObject(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Option.none();
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
