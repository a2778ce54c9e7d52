package io.elements4j.spring;

import io.elements4j.ports.spi.ConfigKey;
import io.vavr.control.Option;

/**
 * An {@code elements.*} property the starter refuses at start-up. The message and action never hold the value.
 */
final class ElementsPropertyException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String providerId;
    private final transient ConfigKey key;
    private final String action;

    ElementsPropertyException(String providerId, Option<ConfigKey> key, String message, String action) {
        super(providerId + ": " + message);
        this.providerId = providerId;
        this.key = key.getOrNull();
        this.action = action;
    }

    String providerId() {
        return providerId;
    }

    Option<ConfigKey> key() {
        return Option.of(key);
    }

    String action() {
        return action;
    }
}
