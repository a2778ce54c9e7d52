package io.elements4j.cli;

import io.elements4j.client.config.ConfigResolver;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Map;
import java.util.Properties;

/** What the CLI needs to know about a provider's credentials, without ever showing one. */
final class Credentials {

    private Credentials() {}

    /** {@code useapi.net (useapi)}: how messages name a provider. */
    static String label(ProviderMetadata provider) {
        return provider.displayName().equals(provider.id())
                ? provider.id()
                : provider.displayName() + " (" + provider.id() + ")";
    }

    static Seq<ConfigKey> secretKeys(ProviderMetadata provider) {
        // A callback secret is a secret but not a credential: it signs what the vendor sends, not what we send.
        return provider.configKeys()
                .filter(ConfigKey::secret)
                .filter(key -> !key.name().equals(CALLBACK_SECRET));
    }

    /** The key of a vendor's webhook signing secret, wherever a provider declares one. */
    static final String CALLBACK_SECRET = "callback-secret";

    /** Whether any credential of the provider is set, from the explicit map, the properties or the environment. */
    static boolean present(
            ProviderMetadata provider, Map<String, String> explicit, Properties properties, Map<String, String> env) {
        return ConfigResolver.of(explicit, properties, env)
                .describe(provider)
                .exists(key -> key.key().secret() && key.isSet());
    }

    /**
     * The usual names of the provider's first credential, the vendor's own first: {@code set USEAPI_TOKEN or
     * ELEMENTS_USEAPI_API_KEY}. Where there are other ways (Kling's access and secret key), it points at
     * {@code elements providers}, which lists every key.
     */
    static String whatToSet(ProviderMetadata provider) {
        Seq<ConfigKey> secrets = secretKeys(provider);
        if (secrets.isEmpty()) {
            return "see `elements providers` for its configuration keys";
        }
        ConfigKey first = secrets.head();
        String names = first.vendorEnvNames()
                .append(first.envName(provider.id()))
                .distinct()
                .mkString(" or ");
        return "set " + names + (secrets.size() > 1 ? "; `elements providers` lists the other credential keys" : "");
    }

    /** Every credential value that could be in use, so output can mask it wherever it appears. */
    static Seq<String> values(
            Seq<ProviderMetadata> providers,
            Map<String, String> explicit,
            Properties properties,
            Map<String, String> env) {
        return providers
                .flatMap(provider -> secretKeys(provider)
                        .flatMap(key -> ConfigResolver.names(provider.id(), key)
                                .flatMap(name -> List.of(
                                                Option.of(explicit.get(name)),
                                                Option.of(properties.getProperty(name)),
                                                Option.of(env.get(name)))
                                        .flatMap(o -> o))))
                .map(String::trim)
                .filter(v -> !v.isEmpty())
                .distinct();
    }
}
