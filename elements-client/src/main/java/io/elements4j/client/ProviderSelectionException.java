package io.elements4j.client;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The loader cannot choose a provider. The message says what is wrong, lists every provider found (id, class,
 * jar) and says exactly what to set or add; {@link #reason()} and {@link #found()} give the same to code.
 */
public final class ProviderSelectionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** Why no provider could be chosen. */
    public enum Reason {
        /** NONE FOUND. */
        NONE_FOUND,
        /** SEVERAL WITHOUT CHOICE. */
        SEVERAL_WITHOUT_CHOICE,
        /** UNKNOWN id. */
        UNKNOWN_ID,
        /** FAILED TO LOAD. */
        FAILED_TO_LOAD,
        /** DUPLICATE id. */
        DUPLICATE_ID
    }

    /** The reason. */
    private final Reason reason;
    // Providers are not serializable; after deserialization only the message carries the list.
    private final transient Seq<FoundProvider> found;

    ProviderSelectionException(Reason reason, Seq<FoundProvider> found, String message) {
        super(message);
        this.reason = reason;
        this.found = found;
    }

    /**
     * The reason.
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Every provider registered on the class path, loaded or not.
     *
     * @return every provider registered on the class path, loaded or not
     */
    public Seq<FoundProvider> found() {
        return found == null ? List.empty() : found;
    }
}
