package io.elements4j.client.config;

import io.elements4j.ports.spi.ConfigKey;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Where one configuration key's value came from, for the CLI and for error messages. A secret's value is only
 * ever shown as {@code ****}.
 *
 * @param source       where the value came from, e.g. {@code system property elements.useapi.api-key} or
 *                     {@code env KLING_API_KEY}; none when the key is unset
 * @param displayValue the value, or {@code ****} for a secret; none when the key is unset
 * @param names        every name that sets the key, highest precedence first, so an unset key can say what to set
 */
public record ResolvedKey(ConfigKey key, Option<String> source, Option<String> displayValue, Seq<String> names) {

    /**
     * Creates the value, checking every component.
     */
    public ResolvedKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(displayValue, "displayValue");
        names = List.ofAll(Objects.requireNonNull(names, "names"));
        if (source.isDefined() != displayValue.isDefined()) {
            throw new IllegalArgumentException(
                    "a key is either set, with a source and a value, or unset: " + key.name());
        }
    }

    /**
     * Whether this resolved key is set.
     *
     * @return whether this resolved key is set
     */
    public boolean isSet() {
        return source.isDefined();
    }

    /**
     * {@code api-key = **** (env KLING_API_KEY)} or {@code api-key: unset (set elements.x.api-key or ...)}.
     *
     * @return {@code api-key = **** (env KLING_API_KEY)} or {@code api-key: unset (set elements.x.api-key or ...)}
     */
    public String describe() {
        return source.isDefined()
                ? key.name() + " = " + displayValue.get() + " (" + source.get() + ")"
                : key.name() + ": unset (set " + names.mkString(" or ") + ")";
    }
}
