package io.elements4j.domain.error;

import java.util.Objects;

/**
 * An {@link ElementsError} thrown where a value cannot be returned: lazily iterating all pages of a listing.
 * Its message is the error's message, which never holds a secret.
 */
public final class ElementsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ElementsError error;

    /**
     * Elements exception.
     */
    public ElementsException(ElementsError error) {
        super(Objects.requireNonNull(error, "error").message(), null, false, false);
        this.error = error;
    }

    /**
     * The error.
     */
    public ElementsError error() {
        return error;
    }
}
