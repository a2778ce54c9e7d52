package io.elements4j.ports.callback;

/**
 * How a provider judges who sent a callback, as configured: stated in the start-up log and the Spring Boot health
 * details, so running without verification is never a silent default.
 */
public enum CallbackVerification {

    /** Every callback must carry a valid signature made with the configured {@code callback-secret}. */
    SIGNATURES_CHECKED("signatures checked with callback-secret"),

    /**
     * The vendor signs its callbacks, no {@code callback-secret} is set, and {@code accept-unsigned-callbacks=true}
     * says to take them unverified: anyone who can reach the callback URL can end a wait.
     */
    UNSIGNED_ACCEPTED("UNVERIFIED: the vendor signs callbacks, but no callback-secret is set and"
            + " accept-unsigned-callbacks=true accepts them unchecked"),

    /**
     * The vendor signs its callbacks and no {@code callback-secret} is set: every callback is refused until one is
     * (or until {@code accept-unsigned-callbacks=true} accepts them unverified). Waits still end by polling.
     */
    UNSIGNED_REFUSED("refused: the vendor signs callbacks and no callback-secret is set to check them"
            + " (set it, or accept-unsigned-callbacks=true)"),

    /**
     * The vendor does not sign its callbacks: each is read as it comes, so its URL should be one no one can guess
     * (a random path segment) when the endpoint is public.
     */
    VENDOR_DOES_NOT_SIGN("not verifiable: the vendor does not sign its callbacks"),

    /** The provider takes no callbacks. */
    NO_CALLBACKS("the provider takes no callbacks");

    private final String description;

    CallbackVerification(String description) {
        this.description = description;
    }

    /**
     * What this means, in a phrase for a log line or a health detail.
     *
     * @return the description
     */
    public String describe() {
        return description;
    }
}
