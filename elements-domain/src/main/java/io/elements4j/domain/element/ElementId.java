package io.elements4j.domain.element;

import java.util.Objects;

/**
 * The vendor's id of an element, kept as the exact text the vendor sent.
 *
 * <p>Numeric vendor ids are 64-bit integers that exceed 2^53, so they must never pass through a {@code double}; holding the
 * decimal text and offering {@link #ofLong(long)} / {@link #asLong()} keeps them exact.
 */
public record ElementId(String value) {

    /**
     * Creates the value, checking every component.
     */
    public ElementId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an element id must not be blank");
        }
    }

    /**
     * The element id of the given parts.
     *
     * @param value the id as the vendor gives it
     * @return the element id of the given parts
     */
    public static ElementId of(String value) {
        return new ElementId(value);
    }

    /**
     * The id of a vendor that numbers its elements.
     *
     * @param value the id as the vendor gives it long
     * @return the id
     */
    public static ElementId ofLong(long value) {
        return new ElementId(Long.toString(value));
    }

    /**
     * Whether the id is a plain decimal integer (numeric vendor ids are; prefixed ids such as {@code u_…} are not).
     *
     * @return whether the id is a plain decimal integer (numeric vendor ids are; prefixed ids such as {@code u_…} are not)
     */
    public boolean isNumeric() {
        return value.chars().allMatch(Character::isDigit) && value.length() <= 19;
    }

    /**
     * The id as a 64-bit integer; only for {@linkplain #isNumeric() numeric} ids.
     *
     * @return the id as a 64-bit integer; only for {@linkplain #isNumeric() numeric} ids
     */
    public long asLong() {
        return Long.parseLong(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
