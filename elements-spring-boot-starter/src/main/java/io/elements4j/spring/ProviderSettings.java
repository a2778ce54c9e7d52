package io.elements4j.spring;

import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ElementsProvider;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.core.env.Environment;

/**
 * The provider's keys as a Spring app sets them, in either form: {@code elements.config.<key>} or
 * {@code elements.<provider>.<key>} (the form the library's own messages name; a provider's former id still works
 * there, deprecated, when the current id does not set the key). Refused at start-up, without the
 * value ever being repeated: the two forms set to different values, a value still holding a {@code ${…}}
 * placeholder nothing resolved (it would be sent to the vendor as it is), and a secret set to a blank value.
 */
final class ProviderSettings {

    private static final System.Logger LOG = System.getLogger("io.elements4j.spring");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)?");

    private ProviderSettings() {}

    /**
     * The provider's keys, as the library's full names ({@code elements.<provider>.<key>}).
     *
     * @throws ElementsPropertyException for a setting that is ambiguous, unresolved or a blank secret
     */
    static Map<String, String> read(ElementsProvider provider, ElementsProperties properties, Environment environment) {
        String id = provider.metadata().id();
        Map<String, String> byProvider = new LinkedHashMap<>(providerForm(id, environment));
        for (String former : provider.metadata().formerIds()) {
            // Settings under the id the provider had before are still read, when the current id does not set them.
            providerForm(former, environment).forEach((key, value) -> {
                if (!byProvider.containsKey(key)) {
                    LOG.log(
                            System.Logger.Level.WARNING,
                            "elements.{0}.{1} is read under the deprecated provider id [{0}]; rename it to"
                                    + " elements.{2}.{1}",
                            former,
                            key,
                            id);
                    byProvider.put(key, value);
                }
            });
        }
        Map<String, String> keys = new LinkedHashMap<>();
        properties.getConfig().forEach((key, value) -> keys.put(key, value));
        byProvider.forEach((key, value) -> {
            String other = keys.get(key);
            if (other != null && !other.equals(value)) {
                throw new ElementsPropertyException(
                        id,
                        key(provider, key),
                        "elements.config." + key + " and elements." + id + "." + key
                                + " are both set, to different values; the app cannot tell which one is meant",
                        "Keep one of the two properties (elements.config." + key + " or elements." + id + "." + key
                                + ") and remove the other.");
            }
            keys.put(key, value);
        });
        Map<String, String> full = new LinkedHashMap<>();
        keys.forEach((key, value) -> {
            check(provider, key, value);
            full.put("elements." + id + "." + key, value);
        });
        return full;
    }

    private static Map<String, String> providerForm(String id, Environment environment) {
        if (!ConfigurationPropertyName.isValid("elements." + id)) {
            return Map.of();
        }
        Map<String, String> bound = Binder.get(environment)
                .bind("elements." + id, Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        Map<String, String> keys = new LinkedHashMap<>();
        // An env var such as ELEMENTS_USEAPI_API_KEY binds as "api.key" here; the library reads those itself.
        bound.forEach((key, value) -> {
            if (!key.contains(".")) {
                keys.put(key, value);
            }
        });
        return keys;
    }

    private static void check(ElementsProvider provider, String key, String value) {
        String id = provider.metadata().id();
        Option<ConfigKey> declared = key(provider, key);
        Matcher placeholder = PLACEHOLDER.matcher(value == null ? "" : value);
        if (placeholder.find()) {
            String name = placeholder.group(1);
            throw new ElementsPropertyException(
                    id,
                    declared,
                    "elements.config." + key + " (or elements." + id
                            + "." + key + ") still holds a placeholder nothing resolved"
                            + (name != null ? " (${" + name + "} is not set)" : "")
                            + "; it would be sent to the vendor as it is",
                    "Set the variable it names, or give the key its value"
                            + declared.map(k -> k.vendorEnvNames().isEmpty()
                                            ? ""
                                            : ": the adapter reads "
                                                    + k.vendorEnvNames().mkString(" or ") + " itself, so "
                                                    + "with that variable set the property can be left out")
                                    .getOrElse("")
                            + ".");
        }
        if ((value == null || value.isBlank()) && declared.exists(ConfigKey::secret)) {
            throw new ElementsPropertyException(
                    id,
                    declared,
                    "elements.config." + key + " (or elements." + id + "." + key
                            + ") is set but blank; a blank credential is never valid",
                    "Give it a value, or remove the property"
                            + declared.map(k -> k.vendorEnvNames().isEmpty()
                                            ? ""
                                            : " and set " + k.vendorEnvNames().mkString(" or "))
                                    .getOrElse("")
                            + ".");
        }
    }

    private static Option<ConfigKey> key(ElementsProvider provider, String name) {
        return List.ofAll(provider.metadata().configKeys()).find(k -> k.name().equals(name));
    }
}
