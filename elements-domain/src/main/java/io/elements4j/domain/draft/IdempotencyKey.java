package io.elements4j.domain.draft;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A key minted once per draft, before any retry, so every attempt to create the same element carries it.
 * A vendor that deduplicates creates receives it as its external task id; vendors without such a key never re-send a create at all.
 */
public record IdempotencyKey(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Creates the value, checking every component.
     */
    public IdempotencyKey {
        Objects.requireNonNull(value, "value");
        if (!allowed(value)) {
            throw new IllegalArgumentException(
                    "an idempotency key is 1-64 characters of letters, digits, '.', '_', ':' or '-'");
        }
    }

    /** 1-64 of {@code [A-Za-z0-9._:-]}; checked by hand, as every task record read back carries a key. */
    private static boolean allowed(String value) {
        int length = value.length();
        if (length == 0 || length > 64) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            boolean ok = c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '.'
                    || c == '_'
                    || c == ':'
                    || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
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
     * The key with this text, checked: 1-64 letters, digits, {@code .}, {@code _}, {@code :} or {@code -}.
     *
     * @param value the key text
     * @return the key
     * @throws IllegalArgumentException when the text is not such a key
     */
    public static IdempotencyKey of(String value) {
        return new IdempotencyKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
