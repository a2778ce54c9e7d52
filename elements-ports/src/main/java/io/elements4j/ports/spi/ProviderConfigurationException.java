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
     * The one way to say a credential is missing: {@code api-key is not set: set one of elements.acme.api-key,
     * ELEMENTS_ACME_API_KEY, ACME_API_KEY (create a key in Acme's console)}.
     *
     * @param providerId the provider's id
     * @param key        the missing key
     * @param advice     where to get one, or what else would do; empty for nothing more
     * @return the exception to throw
     */
    public static ProviderConfigurationException missing(String providerId, ConfigKey key, String advice) {
        return new ProviderConfigurationException(providerId, key.name() + " is not set: set one of "
                + key.names(providerId).mkString(", ") + (advice.isEmpty() ? "" : " (" + advice + ")"));
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
