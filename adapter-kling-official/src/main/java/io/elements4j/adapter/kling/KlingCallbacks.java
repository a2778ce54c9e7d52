package io.elements4j.adapter.kling;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.adapter.kling.internal.KlingMapper;
import io.elements4j.adapter.kling.internal.KlingRecords;
import io.elements4j.adapter.kling.internal.KlingTaskRecord;
import io.elements4j.adapter.support.CallbackBodies;
import io.elements4j.adapter.support.Json;
import io.elements4j.adapter.support.WebhookScheme;
import io.elements4j.adapter.support.WebhookSecrets;
import io.elements4j.adapter.support.WebhookSignatures;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.ports.callback.IncomingCallback;
import io.elements4j.ports.spi.Secret;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * For host apps that receive Kling's callbacks ({@code callback_url}, docs/vendors.md): reads a callback body into a
 * {@link CreationTask}, and verifies Kling's signed webhooks (Standard Webhooks: {@code webhook-id},
 * {@code webhook-timestamp}, {@code webhook-signature}). Nothing here throws on what arrives over the wire: every
 * answer is an {@link Either}.
 *
 * <pre>{@code
 * KlingCallbacks callbacks = KlingCallbacks.verifyingWith(Secret.of(System.getenv("KLING_WEBHOOK_SECRET")), Clock.systemUTC());
 * Either<ElementsError, CreationTask> task = callbacks.verifiedTask(request.headers(), request.rawBody());
 * }</pre>
 *
 * <p>A signature is {@code Base64(HMAC-SHA256(key, "{webhook-id}.{webhook-timestamp}.{raw body}"))}, where the key is
 * the webhook secret without its {@code whsec_} prefix, Base64-decoded. The header may carry several
 * space-separated {@code v1,<signature>} entries (during a secret rotation); one match is enough. Signatures are
 * compared in constant time, and a timestamp more than {@link #TOLERANCE} from the clock's now is refused, so an old
 * message cannot be replayed. Header names are matched without regard to case. The check itself is adapter-support's
 * {@link WebhookSignatures}, which WaveSpeed's webhooks use too. Immutable and thread-safe.
 */
public final class KlingCallbacks {

    /** How far a webhook's timestamp may be from now. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    /** Standard Webhooks itself: {@code v1,<Base64>}, keyed with the secret Base64-decoded after its prefix. */
    static final WebhookScheme SCHEME = new WebhookScheme(
            "Kling", "v1", WebhookSignatures.Encoding.BASE64, WebhookSecrets::standardWebhooksKey, TOLERANCE);

    private final WebhookSignatures signatures;

    private KlingCallbacks(WebhookSignatures signatures) {
        this.signatures = signatures;
    }

    /** Why a webhook was refused (the same reasons as {@link WebhookSignatures.Reason}, which checks it). */
    public enum Reason {
        /** {@code webhook-id}, {@code webhook-timestamp} or {@code webhook-signature} is missing or blank. */
        MISSING_HEADER,
        /** {@code webhook-timestamp} is not whole Unix seconds. */
        MALFORMED_TIMESTAMP,
        /** {@code webhook-timestamp} is more than {@link #TOLERANCE} from now. */
        TIMESTAMP_OUT_OF_TOLERANCE,
        /** No {@code v1} signature in {@code webhook-signature} matches the body. */
        SIGNATURE_MISMATCH
    }

    /** A refused webhook: why, and a plain account that never contains the secret. */
    public record Rejection(Reason reason, String message) {
        public Rejection {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * Verifies webhooks signed with {@code webhookSecret} (as the Kling console shows it, {@code whsec_…}, or the
     * bare Base64), judging timestamps by {@code clock}.
     *
     * @throws IllegalArgumentException when the secret is not a Standard Webhooks secret (Base64 of a 24 to 64 byte
     *                                  key after its prefix): a configuration mistake, worded without the secret
     */
    public static KlingCallbacks verifyingWith(Secret webhookSecret, Clock clock) {
        Objects.requireNonNull(webhookSecret, "webhookSecret");
        Objects.requireNonNull(clock, "clock");
        return new KlingCallbacks(SCHEME.verifier(webhookSecret, clock));
    }

    /**
     * Reads a callback body: the bare legacy task object ({@code task_id}, {@code task_status}, {@code task_info},
     * {@code task_result}, …), the same wrapped in Kling's {@code {code, data}} envelope, or the new-standard shape
     * ({@code id}, {@code status}, {@code outputs}). Anything else is a {@code ProviderFailure} saying what is wrong.
     */
    public static Either<ElementsError, CreationTask> parse(String body) {
        Either<ElementsError, JsonNode> tree = CallbackBodies.object(body == null ? "" : body, "Kling");
        if (tree.isLeft()) {
            return Either.left(tree.getLeft());
        }
        JsonNode data = tree.get().path("data");
        JsonNode task = data.isObject() && tree.get().has("code") ? data : tree.get();
        Either<String, KlingTaskRecord> record = Try.of(() -> Json.mapper().treeToValue(task, KlingTaskRecord.class))
                .toEither()
                .mapLeft(e -> "does not have the shape of a Kling task")
                .flatMap(r -> KlingRecords.check(r).mapLeft(problem -> "is not usable: " + problem));
        return record.mapLeft(KlingCallbacks::unusable).map(KlingMapper.INSTANCE::toTask);
    }

    /** Verifies a webhook whose headers arrive as a map (names in any case); answers the body when it is genuine. */
    public Either<Rejection, String> verify(Map<String, String> headers, String rawBody) {
        return verify(
                header(headers, "webhook-id"),
                header(headers, "webhook-timestamp"),
                header(headers, "webhook-signature"),
                rawBody);
    }

    /** Verifies a webhook from its three headers' values (any may be null) and its body exactly as received. */
    public Either<Rejection, String> verify(
            String webhookId, String webhookTimestamp, String webhookSignature, String rawBody) {
        String body = rawBody == null ? "" : rawBody;
        return verify(webhookId, webhookTimestamp, webhookSignature, body.getBytes(StandardCharsets.UTF_8))
                .map(ok -> body);
    }

    /** Verifies a webhook over the body's raw bytes; answers them when the webhook is genuine. */
    public Either<Rejection, byte[]> verify(
            String webhookId, String webhookTimestamp, String webhookSignature, byte[] rawBody) {
        return signatures
                .verify(webhookId, webhookTimestamp, webhookSignature, rawBody)
                .mapLeft(r -> new Rejection(Reason.valueOf(r.reason().name()), r.message()));
    }

    /** Verifies, then reads the body; a refused webhook is {@code Unauthorized}. */
    public Either<ElementsError, CreationTask> verifiedTask(Map<String, String> headers, String rawBody) {
        return verify(headers, rawBody)
                .<ElementsError>mapLeft(r -> new ElementsError.Unauthorized(
                        "Kling webhook refused: " + r.message(), Option.none(), Option.none()))
                .flatMap(KlingCallbacks::parse);
    }

    /**
     * Verifies a callback over the exact bytes received, then reads its body; a refused webhook is
     * {@code Unauthorized}, naming why (never the secret).
     *
     * @param callback the request as it arrived
     * @return the task the callback describes
     */
    public Either<ElementsError, CreationTask> verifiedTask(IncomingCallback callback) {
        return signatures.verify(callback).flatMap(bytes -> parse(new String(bytes, StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return "KlingCallbacks[secret ****, tolerance " + TOLERANCE + "]";
    }

    private static String header(Map<String, String> headers, String name) {
        if (headers == null) {
            return null;
        }
        return headers.entrySet().stream()
                .filter(e -> e.getKey() != null
                        && e.getKey().trim().toLowerCase(Locale.ROOT).equals(name))
                .map(Map.Entry::getValue)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static ElementsError unusable(String problem) {
        return CallbackBodies.unusable("Kling", problem);
    }
}
