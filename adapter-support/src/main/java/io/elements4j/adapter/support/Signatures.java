package io.elements4j.adapter.support;

import io.elements4j.ports.spi.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The digests that request signing and webhook verification are made of: HMAC-SHA256, SHA-256, and their hex and
 * Base64 forms. Comparing signatures is {@link #sameBytes}, in constant time.
 */
public final class Signatures {

    private static final String HMAC_SHA256 = "HmacSHA256";

    private Signatures() {}

    /** HMAC-SHA256 of {@code text} (UTF-8) keyed with the secret's UTF-8 bytes. */
    public static byte[] hmacSha256(Secret key, String text) {
        Objects.requireNonNull(key, "key");
        return hmacSha256(key.reveal().getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_8));
    }

    /** HMAC-SHA256 keyed with {@code key} over the parts, one after another. */
    public static byte[] hmacSha256(byte[] key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(new SecretKeySpec(key, HMAC_SHA256));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC_SHA256 + " is not available in this JVM", e);
        }
    }

    /** SHA-256 of {@code bytes}. */
    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    /** Lower-case hex. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** Standard Base64, padded. */
    public static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Whether two signatures are the same bytes, taking as long whatever the first difference. */
    public static boolean sameBytes(byte[] expected, byte[] given) {
        return MessageDigest.isEqual(expected, given);
    }
}
