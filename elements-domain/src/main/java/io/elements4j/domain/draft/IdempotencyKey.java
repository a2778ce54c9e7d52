package io.elements4j.domain.draft;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A key minted once per draft, before any retry, so every attempt to create the same element carries it.
 * A vendor that deduplicates creates receives it as its external task id; vendors without such a key never re-send a create at all.
 */
public record IdempotencyKey(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Compiled once: a key is checked on every record that carries one (String.matches compiles each time). */
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /**
     * Creates the value, checking every component.
     */
    public IdempotencyKey {
        Objects.requireNonNull(value, "value");
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "an idempotency key is 1-64 characters of letters, digits, '.', '_', ':' or '-'");
        }
    }

    /**
     * A new random key ({@code e4j-} and 26 hex digits).
     *
     * @return a new random key ({@code e4j-} and 26 hex digits)
     */
    public static IdempotencyKey generate() {
        byte[] bytes = new byte[13];
        RANDOM.nextBytes(bytes);
        return new IdempotencyKey("e4j-" + HexFormat.of().formatHex(bytes));
    }

    /**
     * The idempotency key of the given parts.
     *
     * @param value the key text
     * @return the idempotency key of the given parts
     */
    public static IdempotencyKey of(String value) {
        return new IdempotencyKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
