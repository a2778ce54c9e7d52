package io.elements4j.adapter.kling;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.adapter.kling.internal.KlingMapper;
import io.elements4j.adapter.kling.internal.KlingRecords;
import io.elements4j.adapter.kling.internal.KlingTaskRecord;
import io.elements4j.adapter.support.CallbackBodies;
import io.elements4j.adapter.support.Json;
import io.elements4j.adapter.support.Signatures;
import io.elements4j.adapter.support.WebhookSecrets;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.ports.callback.IncomingCallback;
import io.elements4j.ports.spi.Secret;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
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
 * message cannot be replayed. Header names are matched without regard to case. Immutable and thread-safe.
 */
public final class KlingCallbacks {

    /** How far a webhook's timestamp may be from now. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private static final String VERSION = "v1";

    private final byte[] key;
    private final Clock clock;

    private KlingCallbacks(byte[] key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    /** Why a webhook was refused. */
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
        byte[] key = WebhookSecrets.standardWebhooksKey(webhookSecret)
                .getOrElseThrow(
                        problem -> new IllegalArgumentException("the Kling webhook secret is refused: " + problem));
        return new KlingCallbacks(key, clock);
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
        if (blank(webhookId) || blank(webhookTimestamp) || blank(webhookSignature)) {
            return reject(
                    Reason.MISSING_HEADER,
                    "a signed Kling webhook carries webhook-id, webhook-timestamp and"
                            + " webhook-signature; missing: "
                            + List.of("webhook-id", "webhook-timestamp", "webhook-signature")
                                    .zip(List.of(webhookId, webhookTimestamp, webhookSignature))
                                    .filter(h -> blank(h._2))
                                    .map(h -> h._1)
                                    .mkString(", "));
        }
        Option<Instant> sent = Try.of(() -> Instant.ofEpochSecond(Long.parseLong(webhookTimestamp.trim())))
                .toOption();
        if (sent.isEmpty()) {
            return reject(
                    Reason.MALFORMED_TIMESTAMP,
                    "webhook-timestamp is not Unix seconds: '" + shorten(webhookTimestamp) + "'");
        }
        Duration skew = Duration.between(sent.get(), clock.instant()).abs();
        if (skew.compareTo(TOLERANCE) > 0) {
            return reject(
                    Reason.TIMESTAMP_OUT_OF_TOLERANCE,
                    "webhook-timestamp " + sent.get() + " is " + skew.toSeconds() + " s from now, more than the "
                            + TOLERANCE.toMinutes() + " minutes allowed");
        }
        byte[] expected = sign(webhookId.trim(), webhookTimestamp.trim(), rawBody == null ? new byte[0] : rawBody);
        boolean matches = List.of(webhookSignature.trim().split("\\s+"))
                .flatMap(KlingCallbacks::signatureBytes)
                .exists(given -> Signatures.sameBytes(expected, given));
        return matches
                ? Either.right(rawBody)
                : reject(Reason.SIGNATURE_MISMATCH, "no v1 signature in webhook-signature matches the body");
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
        return verify(
                        callback.header("webhook-id").getOrNull(),
                        callback.header("webhook-timestamp").getOrNull(),
                        callback.header("webhook-signature").getOrNull(),
                        callback.body())
                .<ElementsError>mapLeft(r -> new ElementsError.Unauthorized(
                        "Kling webhook refused: " + r.message(), Option.none(), Option.none()))
                .flatMap(bytes -> parse(new String(bytes, StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return "KlingCallbacks[secret ****, tolerance " + TOLERANCE + "]";
    }

    private byte[] sign(String id, String timestamp, byte[] body) {
        return Signatures.hmacSha256(key, (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8), body);
    }

    /** The bytes of a {@code v1,<base64>} entry; none for another version or unreadable Base64. */
    private static Option<byte[]> signatureBytes(String entry) {
        int comma = entry.indexOf(',');
        if (comma < 0 || !entry.substring(0, comma).equals(VERSION)) {
            return Option.none();
        }
        return Try.of(() -> Base64.getDecoder().decode(entry.substring(comma + 1)))
                .toOption();
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

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    private static <T> Either<Rejection, T> reject(Reason reason, String message) {
        return Either.left(new Rejection(reason, message));
    }

    private static ElementsError unusable(String problem) {
        return CallbackBodies.unusable("Kling", problem);
    }
}
