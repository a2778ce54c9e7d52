package io.elements4j.ports.spi;

import io.vavr.control.Option;

/**
 * A provider cannot be built from the configuration it was given (a credential is missing, a value is malformed).
 * The message names the key and what to set; it never contains a secret.
 */
public final class ProviderConfigurationException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The provider id. */
    private final String providerId;
    // Keys are not serializable; after deserialization only the message names the key.
    private final transient ConfigKey key;

    /**
     * Provider configuration exception.
     *
     * @param message a plain-English account of what went wrong
     * @param providerId the provider's id, such as {@code kling-official}
     */
    public ProviderConfigurationException(String providerId, String message) {
        this(providerId, null, message);
    }

    /**
     * A problem with one key, which a host app's start-up report can then name in every form it is set by.
     *
     * @param providerId the provider's id, such as {@code kling-official}
     * @param key        the key that is missing or wrong; null when the problem is not one key's
     * @param message    a plain-English account of what went wrong, without the key's value if it is a secret
     */
    public ProviderConfigurationException(String providerId, ConfigKey key, String message) {
        super(providerId + ": " + message);
        this.providerId = providerId;
        this.key = key;
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
        return new ProviderConfigurationException(
                providerId,
                key,
                key.name() + " is not set: set one of " + key.names(providerId).mkString(", ")
                        + (advice.isEmpty() ? "" : " (" + advice + ")"));
    }

    /**
     * The provider id.
     */
    public String providerId() {
        return providerId;
    }

    /**
     * The key the problem is about, with every name it is read by ({@link ConfigKey#names}).
     *
     * @return the key, or none when the problem is not one key's (or after deserialization)
     */
    public Option<ConfigKey> key() {
        return Option.of(key);
    }
}
