package io.elements4j.ports.spi;

/**
 * A provider cannot be built from the configuration it was given (a credential is missing, a value is malformed).
 * The message names the key and what to set; it never contains a secret.
 */
public final class ProviderConfigurationException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The provider id. */
    private final String providerId;

    /**
     * Provider configuration exception.
     *
     * @param message a plain-English account of what went wrong
     * @param providerId the provider's id, such as {@code kling-official}
     */
    public ProviderConfigurationException(String providerId, String message) {
        super(providerId + ": " + message);
        this.providerId = providerId;
    }

    /**
     * The provider id.
     *
     * @return the provider id
     */
    public String providerId() {
        return providerId;
    }
}
