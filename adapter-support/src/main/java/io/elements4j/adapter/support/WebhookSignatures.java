package io.elements4j.adapter.support;

import io.elements4j.domain.error.ElementsError;
import io.elements4j.ports.callback.IncomingCallback;
import io.elements4j.ports.time.Durations;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Verifies webhooks signed in the layout of Standard Webhooks (https://www.standardwebhooks.com): the headers
 * {@code webhook-id}, {@code webhook-timestamp} (Unix seconds) and {@code webhook-signature}, a space-separated list
 * of {@code <version>,<signature>} entries, each an HMAC-SHA256 over {@code "{id}.{timestamp}.{raw body}"}. Vendors
 * differ in the version tag and in how a signature is written: Kling signs {@code v1,<Base64>} (Standard Webhooks
 * itself), WaveSpeed {@code v3,<hex>}; each adapter derives the key from its vendor's secret.
 *
 * <p>One matching entry is enough (a vendor rotating its secret sends several); signatures are compared in constant
 * time; a timestamp further than the tolerance from the clock's now is refused, so an old message cannot be
 * replayed. Nothing here throws on what arrives over the wire, and no message ever holds the key. Thread-safe.
 */
public final class WebhookSignatures {

    private static final List<String> HEADERS = List.of("webhook-id", "webhook-timestamp", "webhook-signature");

    /** How a vendor writes the signature after its version tag. */
    public enum Encoding {
        /** Standard Base64, padded. */
        BASE64,
        /** Hexadecimal, either case. */
        HEX
    }

    /** Why a webhook was refused. */
    public enum Reason {
        /** {@code webhook-id}, {@code webhook-timestamp} or {@code webhook-signature} is missing or blank. */
        MISSING_HEADER,
        /** {@code webhook-timestamp} is not whole Unix seconds. */
        MALFORMED_TIMESTAMP,
        /** {@code webhook-timestamp} is further from now than the tolerance. */
        TIMESTAMP_OUT_OF_TOLERANCE,
        /** No entry of the vendor's version in {@code webhook-signature} matches the body. */
        SIGNATURE_MISMATCH
    }

    /**
     * A refused webhook: why, and a plain account that never contains the key.
     *
     * @param reason  why
     * @param message the account, naming the headers or the skew at fault
     */
    public record Rejection(Reason reason, String message) {
        /** Checks both components. */
        public Rejection {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    private final String vendor;
    private final String version;
    private final Encoding encoding;
    private final byte[] key;
    private final Duration tolerance;
    private final Clock clock;

    private WebhookSignatures(
            String vendor, String version, Encoding encoding, byte[] key, Duration tolerance, Clock clock) {
        this.vendor = Objects.requireNonNull(vendor, "vendor");
        this.version = Objects.requireNonNull(version, "version");
        this.encoding = Objects.requireNonNull(encoding, "encoding");
        this.key = key.clone();
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A verifier for one vendor's webhooks.
     *
     * @param vendor    the vendor's name, as refusals name it
     * @param version   the version tag its signatures carry ({@code v1}, {@code v3})
     * @param encoding  how it writes a signature after the tag
     * @param key       the HMAC key, as derived from the vendor's secret
     * @param tolerance how far a timestamp may be from now
     * @param clock     what "now" is
     * @return the verifier
     * @throws IllegalArgumentException for an empty key
     */
    public static WebhookSignatures of(
            String vendor, String version, Encoding encoding, byte[] key, Duration tolerance, Clock clock) {
        if (key == null || key.length == 0) {
            throw new IllegalArgumentException("the " + vendor + " webhook secret is empty");
        }
        return new WebhookSignatures(vendor, version, encoding, key, tolerance, clock);
    }

    /**
     * Verifies a webhook over its body's exact bytes.
     *
     * @param id        {@code webhook-id}, or null
     * @param timestamp {@code webhook-timestamp}, or null
     * @param signature {@code webhook-signature}, or null
     * @param body      the body exactly as received
     * @return the body when the webhook is genuine, else why not
     */
    public Either<Rejection, byte[]> verify(String id, String timestamp, String signature, byte[] body) {
        List<String> given = List.of(id, timestamp, signature).map(v -> v == null ? "" : v.trim());
        if (given.exists(String::isEmpty)) {
            return reject(
                    Reason.MISSING_HEADER,
                    "a signed " + vendor + " webhook carries " + HEADERS.mkString(", ") + "; missing: "
                            + HEADERS.zip(given)
                                    .filter(h -> h._2.isEmpty())
                                    .map(h -> h._1)
                                    .mkString(", "));
        }
        Option<Instant> sent = Try.of(() -> Instant.ofEpochSecond(Long.parseLong(given.get(1))))
                .toOption();
        if (sent.isEmpty()) {
            String shown = given.get(1).length() > 40 ? given.get(1).substring(0, 40) + "…" : given.get(1);
            return reject(Reason.MALFORMED_TIMESTAMP, "webhook-timestamp is not Unix seconds: '" + shown + "'");
        }
        Duration skew = Duration.between(sent.get(), clock.instant()).abs();
        if (skew.compareTo(tolerance) > 0) {
            return reject(
                    Reason.TIMESTAMP_OUT_OF_TOLERANCE,
                    "webhook-timestamp " + sent.get() + " is " + skew.toSeconds() + " s from now, more than the "
                            + Durations.human(tolerance) + " allowed");
        }
        byte[] raw = body == null ? new byte[0] : body;
        byte[] expected = Signatures.hmacSha256(
                key, (given.get(0) + "." + given.get(1) + ".").getBytes(StandardCharsets.UTF_8), raw);
        boolean matches = List.of(given.get(2).split("\\s+"))
                .flatMap(this::signatureBytes)
                .exists(candidate -> Signatures.sameBytes(expected, candidate));
        return matches
                ? Either.right(raw)
                : reject(
                        Reason.SIGNATURE_MISMATCH,
                        "no " + version + " signature in webhook-signature matches the body");
    }

    /**
     * Verifies a callback as it arrived (header names in any case); a refused one is {@code Unauthorized}, saying why.
     *
     * @param callback the request
     * @return the body's bytes when the webhook is genuine
     */
    public Either<ElementsError, byte[]> verify(IncomingCallback callback) {
        return verify(
                        callback.header(HEADERS.get(0)).getOrNull(),
                        callback.header(HEADERS.get(1)).getOrNull(),
                        callback.header(HEADERS.get(2)).getOrNull(),
                        callback.body())
                .mapLeft(r -> new ElementsError.Unauthorized(
                        vendor + " webhook refused: " + r.message(), Option.none(), Option.none()));
    }

    /** The bytes of an entry of this vendor's version; none for another version or an unreadable signature. */
    private Option<byte[]> signatureBytes(String entry) {
        int comma = entry.indexOf(',');
        if (comma < 0 || !entry.substring(0, comma).equals(version)) {
            return Option.none();
        }
        String written = entry.substring(comma + 1);
        return Try.of(() -> encoding == Encoding.BASE64
                        ? Base64.getDecoder().decode(written)
                        : HexFormat.of().parseHex(written.toLowerCase(java.util.Locale.ROOT)))
                .toOption();
    }

    private static <T> Either<Rejection, T> reject(Reason reason, String message) {
        return Either.left(new Rejection(reason, message));
    }

    /** Names the vendor and the tolerance; never the key. */
    @Override
    public String toString() {
        return "WebhookSignatures[" + vendor + ", " + version + ", secret ****, tolerance " + tolerance + "]";
    }
}
