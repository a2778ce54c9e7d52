package io.elements4j.client.config;

import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.elements4j.ports.spi.ProviderMetadata;
import io.elements4j.ports.spi.Secret;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.Properties;

/**
 * Reads a provider's configuration keys from, highest precedence first: an explicit map (full property names,
 * {@code elements.<provider>.<key>}), system properties of the same names, env {@code ELEMENTS_<PROVIDER>_<KEY>},
 * the same three under each of the provider's {@linkplain ProviderMetadata#formerIds() former ids} (deprecated,
 * logged as such), then the vendor's usual env names in the order the key lists them ({@code KLING_API_KEY}). Blank values count
 * as unset; values are trimmed, since a stray newline from a file or shell is never part of a key or URL. The one
 * exception fails closed: a {@code callback-secret} that is set, but only to blanks, and set nowhere else, is a
 * {@link ProviderConfigurationException} — an empty {@code KLING_WEBHOOK_SECRET} must not turn verification off.
 *
 * <p>It works on snapshots taken when it is made, so later changes to system properties are not seen.
 */
public final class ConfigResolver {

    static final String MASK = "****";
    private static final System.Logger LOG = System.getLogger("io.elements4j.client");
    private static final Seq<ConfigKey> ALWAYS_READ = List.of(
            ConfigKey.BASE_URL,
            ConfigKey.CONNECT_TIMEOUT,
            ConfigKey.READ_TIMEOUT,
            ConfigKey.CALL_TIMEOUT,
            ConfigKey.MAX_RETRIES,
            ConfigKey.HTTP_CLIENT,
            ConfigKey.POLL_DELAY,
            ConfigKey.AWAIT_TIMEOUT,
            ConfigKey.CALLBACK_SAFETY_NET,
            ConfigKey.ALLOW_LOOPBACK_CALLBACKS,
            ConfigKey.CALLBACK_MAX_BYTES);

    /** Keys whose blank setting is an error rather than "unset": a blank one would turn a check off. */
    private static final Set<String> REFUSED_WHEN_BLANK = HashSet.of(ConfigKey.CALLBACK_SECRET.name());

    private final Map<String, String> explicit;
    private final Map<String, String> systemProperties;
    private final Map<String, String> env;
    private final Set<String> blank;

    private ConfigResolver(
            Map<String, String> explicit,
            Map<String, String> systemProperties,
            Map<String, String> env,
            Set<String> blank) {
        this.explicit = explicit;
        this.systemProperties = systemProperties;
        this.env = env;
        this.blank = blank;
    }

    /**
     * A snapshot of {@code System.getProperties()} and {@code System.getenv()}.
     *
     * @return a snapshot of {@code System.getProperties()} and {@code System.getenv()}
     */
    public static ConfigResolver fromSystem() {
        return of(java.util.Map.of(), System.getProperties(), System.getenv());
    }

    /**
     * The config resolver of the given parts.
     *
     * @param env the process environment
     * @param systemProperties the JVM's system properties
     * @return the config resolver of the given parts
     */
    public static ConfigResolver of(
            java.util.Map<String, String> explicit, Properties systemProperties, java.util.Map<String, String> env) {
        Objects.requireNonNull(systemProperties, "systemProperties");
        Set<String> blank = blankNames("explicit ", explicit)
                .addAll(blankNames("env ", env))
                .addAll(List.ofAll(systemProperties.stringPropertyNames())
                        .filter(name ->
                                nonBlank(systemProperties.getProperty(name)).isEmpty())
                        .map(name -> "system property " + name));
        return new ConfigResolver(copy(explicit, "explicit"), copy(systemProperties), copy(env, "env"), blank);
    }

    /**
     * Every key the provider declares, plus base URL, timeouts and retries: plain values with
     * {@link ProviderConfig.Builder#set}, secrets as {@link Secret}. Unset keys are left out, so the provider's
     * defaults apply; the builder is returned so callers can still set a clock, a sleeper or overrides.
     *
     * @return every key the provider declares, plus base URL, timeouts and retries: plain values with {@link ProviderConfig.Builder#set}, secrets as {@link Secret}
     * @throws ProviderConfigurationException when a {@code callback-secret} is set only to blanks, naming where
     */
    public ProviderConfig.Builder resolve(ProviderMetadata metadata) {
        ProviderConfig.Builder builder = ProviderConfig.builder(metadata.id());
        for (ConfigKey key : keysOf(metadata)) {
            Option<Tuple2<String, String>> value = lookUp(metadata, key);
            if (value.isEmpty() && REFUSED_WHEN_BLANK.contains(key.name())) {
                refuseBlank(metadata, key);
            }
            value.forEach(found -> {
                warnIfFormer(metadata, key, found._1);
                if (key.secret()) {
                    builder.secret(key.name(), Secret.of(found._2));
                } else {
                    builder.set(key.name(), found._2);
                }
            });
        }
        return builder;
    }

    /**
     * For every key {@link #resolve} reads: where its value came from and the value, secrets masked.
     *
     * @return for every key {@link #resolve} reads: where its value came from and the value, secrets masked
     */
    public Seq<ResolvedKey> describe(ProviderMetadata metadata) {
        return keysOf(metadata).map(key -> {
            Option<Tuple2<String, String>> found = lookUp(metadata, key);
            return new ResolvedKey(
                    key, found.map(Tuple2::_1), found.map(f -> key.secret() ? MASK : f._2), names(metadata.id(), key));
        });
    }

    /**
     * Every name that sets a key, highest precedence first.
     *
     * @param providerId the provider's id, such as {@code kling-official}
     * @return every name that sets a key, highest precedence first
     */
    public static Seq<String> names(String providerId, ConfigKey key) {
        return key.names(providerId);
    }

    /** A key set only to blanks where a blank would turn a check off: named with where it was set, never ignored. */
    private void refuseBlank(ProviderMetadata metadata, ConfigKey key) {
        Seq<String> where = sources(metadata, key).filter(blank::contains);
        if (where.nonEmpty()) {
            throw new ProviderConfigurationException(
                    metadata.id(),
                    key,
                    key.name() + " is set but blank ("
                            + where.mkString(", ")
                            + "): a blank secret would verify nothing, so it is refused rather than"
                            + " read as unset; set the vendor's secret, or remove the setting");
        }
    }

    /** Where a key may be set, worded as {@link #lookUp} names its sources. */
    private static Seq<String> sources(ProviderMetadata metadata, ConfigKey key) {
        return idsOf(metadata)
                .flatMap(providerId -> {
                    String property = key.propertyName(providerId);
                    return List.of(
                            "explicit " + property, "system property " + property, "env " + key.envName(providerId));
                })
                .appendAll(key.vendorEnvNames().map(name -> "env " + name));
    }

    /** The provider's id, then its former ids: a setting under the current id wins over one under a former id. */
    private static Seq<String> idsOf(ProviderMetadata metadata) {
        return List.of(metadata.id()).appendAll(metadata.formerIds());
    }

    /** A value read under a former id still works; the log says which name to move it to. */
    private static void warnIfFormer(ProviderMetadata metadata, ConfigKey key, String source) {
        metadata.formerIds()
                .find(former ->
                        source.endsWith(" " + key.propertyName(former)) || source.equals("env " + key.envName(former)))
                .forEach(former -> LOG.log(
                        System.Logger.Level.WARNING,
                        "{0} is read under the deprecated provider id [{1}]; rename it to {2} (or env {3})",
                        source,
                        former,
                        key.propertyName(metadata.id()),
                        key.envName(metadata.id())));
    }

    private static Set<String> blankNames(String source, java.util.Map<String, String> values) {
        Objects.requireNonNull(values, source.trim());
        return HashSet.ofAll(values.entrySet())
                .filter(e -> e.getValue() != null && nonBlank(e.getValue()).isEmpty())
                .map(e -> source + e.getKey());
    }

    // A provider may redeclare a standard key, e.g. to add its vendor's env name for the base URL; its own wins.
    private static Seq<ConfigKey> keysOf(ProviderMetadata metadata) {
        return metadata.configKeys().appendAll(ALWAYS_READ).distinctBy(ConfigKey::name);
    }

    /** The source and the value of the first non-blank setting, in precedence order. */
    private Option<Tuple2<String, String>> lookUp(ProviderMetadata metadata, ConfigKey key) {
        return idsOf(metadata)
                .flatMap(providerId -> {
                    String property = key.propertyName(providerId);
                    return List.<Tuple2<String, Option<String>>>of(
                            Tuple.of("explicit " + property, explicit.get(property)),
                            Tuple.of("system property " + property, systemProperties.get(property)),
                            Tuple.of("env " + key.envName(providerId), env.get(key.envName(providerId))));
                })
                .appendAll(key.vendorEnvNames().map(name -> Tuple.of("env " + name, env.get(name))))
                .find(candidate -> candidate._2.isDefined())
                .map(candidate -> Tuple.of(candidate._1, candidate._2.get()));
    }

    private static Map<String, String> copy(java.util.Map<String, String> values, String what) {
        Objects.requireNonNull(values, what);
        Map<String, String> copy = HashMap.empty();
        for (java.util.Map.Entry<String, String> entry : values.entrySet()) {
            Option<String> value =
                    nonBlank(Objects.requireNonNull(entry.getValue(), () -> what + " value of " + entry.getKey()));
            if (value.isDefined()) {
                copy = copy.put(entry.getKey(), value.get());
            }
        }
        return copy;
    }

    private static Map<String, String> copy(Properties properties) {
        Map<String, String> copy = HashMap.empty();
        for (String name : properties.stringPropertyNames()) {
            Option<String> value = nonBlank(properties.getProperty(name));
            if (value.isDefined()) {
                copy = copy.put(name, value.get());
            }
        }
        return copy;
    }

    private static Option<String> nonBlank(String value) {
        return Option.of(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    @Override
    public String toString() {
        // Never the values: the snapshot holds credentials.
        return "ConfigResolver[" + explicit.size() + " explicit, " + systemProperties.size() + " system properties, "
                + env.size() + " env]";
    }
}
