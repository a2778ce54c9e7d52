package io.elements4j.ports.spi;

import io.elements4j.ports.observe.ElementsListener;
import io.elements4j.ports.time.Sleeper;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The resolved configuration a provider builds its client from: plain values, secrets (masked in
 * {@code toString}), and the clock and sleeper every retry and wait must use.
 */
public final class ProviderConfig {

    /** The DEFAULT CONNECT TIMEOUT. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** The DEFAULT READ TIMEOUT. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
    /** The DEFAULT MAX RETRIES. */
    public static final int DEFAULT_MAX_RETRIES = 2;
    /** How long one whole call may take by default, retries included (like AWS SDK's {@code apiCallTimeout}). */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);

    private final String providerId;
    private final Map<String, String> values;
    private final Map<String, Secret> secrets;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ElementsListener listener;

    private ProviderConfig(
            String providerId,
            Map<String, String> values,
            Map<String, Secret> secrets,
            Clock clock,
            Sleeper sleeper,
            ElementsListener listener) {
        this.providerId = providerId;
        this.values = values;
        this.secrets = secrets;
        this.clock = clock;
        this.sleeper = sleeper;
        this.listener = listener;
    }

    /**
     * A builder for a new provider config.
     *
     * @param providerId the provider's id, such as {@code kling-official}
     * @return A builder for a new provider config
     */
    public static Builder builder(String providerId) {
        return new Builder(providerId);
    }

    /**
     * The provider id.
     */
    public String providerId() {
        return providerId;
    }

    /**
     * A plain value by key name ({@code base-url}).
     *
     * @return A plain value by key name ({@code base-url})
     */
    public Option<String> get(String key) {
        return values.get(key);
    }

    /**
     * A secret the provider cannot work without; when it is not set, the one missing-credential message
     * ({@link ProviderConfigurationException#missing}).
     *
     * @param key    the credential's key
     * @param advice where to get one, or what else would do; empty for nothing more
     * @return the secret
     * @throws ProviderConfigurationException when the key is not set, naming every place to set it
     */
    public Secret requiredSecret(ConfigKey key, String advice) {
        return secret(key.name()).getOrElseThrow(() -> ProviderConfigurationException.missing(providerId, key, advice));
    }

    /**
     * A secret by key name ({@code api-key}).
     *
     * @return A secret by key name ({@code api-key})
     */
    public Option<Secret> secret(String key) {
        return secrets.get(key);
    }

    /**
     * The configured {@code base-url}, or {@code defaultBaseUrl}, without a trailing slash.
     *
     * @throws ProviderConfigurationException for a URL that is not absolute with a host, or one with user info
     *                                        ({@code https://user:pass@host}): credentials go in their own keys, and
     *                                        the message never repeats what stood before the {@code @}
     *
     * @return the configured {@code base-url}, or {@code defaultBaseUrl}, without a trailing slash
     */
    public String baseUrl(String defaultBaseUrl) {
        String url = get(ConfigKey.BASE_URL.name()).getOrElse(defaultBaseUrl);
        checkBaseUrl(url);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private void checkBaseUrl(String url) {
        String key = ConfigKey.BASE_URL.propertyName(providerId);
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new ProviderConfigurationException(
                    providerId,
                    ConfigKey.BASE_URL,
                    "configuration key " + key
                            + " must be an absolute URL with a host, such as https://api.example.com; got '"
                            + masked(withoutUserInfo(url)) + "'");
        }
        if (uri.getRawUserInfo() != null
                || uri.getRawAuthority() != null && uri.getRawAuthority().contains("@")) {
            throw new ProviderConfigurationException(
                    providerId,
                    ConfigKey.BASE_URL,
                    "configuration key " + key
                            + " must not carry user info (user:password@): set the credentials in their own keys; got '"
                            + masked(withoutUserInfo(url)) + "'");
        }
        if (uri.getScheme() == null || uri.getHost() == null && uri.getRawAuthority() == null) {
            throw new ProviderConfigurationException(
                    providerId,
                    ConfigKey.BASE_URL,
                    "configuration key " + key
                            + " must be an absolute URL with a host, such as https://api.example.com; got '"
                            + masked(url) + "'");
        }
    }

    private String property(String key) {
        return "elements." + providerId + "." + key;
    }

    private static String withoutUserInfo(String url) {
        int at = url.lastIndexOf('@');
        int scheme = url.indexOf("://");
        return at < 0
                ? url
                : (scheme < 0 || scheme > at ? "" : url.substring(0, scheme + 3)) + "****" + url.substring(at);
    }

    /**
     * A value as messages may show it: every configured secret in it masked.
     *
     * @param value the masked
     * @return A value as messages may show it: every configured secret in it masked
     */
    public String masked(String value) {
        String shown = value;
        for (Secret secret : secrets.values()) {
            String revealed = secret.reveal();
            if (!revealed.isEmpty()) {
                shown = shown.replace(revealed, "****");
            }
        }
        return shown;
    }

    /**
     * The connect timeout.
     */
    public Duration connectTimeout() {
        return duration(ConfigKey.CONNECT_TIMEOUT.name()).getOrElse(DEFAULT_CONNECT_TIMEOUT);
    }

    /**
     * The read timeout.
     */
    public Duration readTimeout() {
        return duration(ConfigKey.READ_TIMEOUT.name()).getOrElse(DEFAULT_READ_TIMEOUT);
    }

    /**
     * How long one whole call may take, retries and {@code Retry-After} waits included (default 2 minutes).
     *
     * @return how long one whole call may take, retries and {@code Retry-After} waits included (default 2 minutes)
     */
    public Duration callTimeout() {
        return duration(ConfigKey.CALL_TIMEOUT.name()).getOrElse(DEFAULT_CALL_TIMEOUT);
    }

    /**
     * The max retries.
     */
    public int maxRetries() {
        return get(ConfigKey.MAX_RETRIES.name())
                .map(v -> parseInt(ConfigKey.MAX_RETRIES.name(), v))
                .getOrElse(DEFAULT_MAX_RETRIES);
    }

    /**
     * The clock.
     */
    public Clock clock() {
        return clock;
    }

    /**
     * The sleeper.
     */
    public Sleeper sleeper() {
        return sleeper;
    }

    /**
     * Who is told of every call the client makes ({@link ElementsListener#none()} unless the user registered one).
     */
    public ElementsListener listener() {
        return listener;
    }

    /**
     * A duration value: ISO-8601 ({@code PT30S}) or whole seconds ({@code 30}).
     *
     * @return the value, when the key is set
     * @throws ProviderConfigurationException for a value that is not a positive duration
     */
    public Option<Duration> duration(String key) {
        return get(key).map(v -> parseDuration(key, v));
    }

    /**
     * A builder that starts from this value, to change some of its parts.
     *
     * @return A builder that starts from this value, to change some of its parts
     */
    public Builder toBuilder() {
        Builder b = new Builder(providerId);
        b.values = values;
        b.secrets = secrets;
        b.clock = clock;
        b.sleeper = sleeper;
        b.listener = listener;
        return b;
    }

    private Duration parseDuration(String key, String value) {
        String v = value.trim();
        Duration parsed;
        try {
            parsed = v.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(v)) : Duration.parse(v);
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            // NumberFormatException: more whole seconds than a long holds.
            throw new ProviderConfigurationException(
                    providerId,
                    "configuration key " + property(key) + " must be a duration such as PT30S or 30 (seconds); got '"
                            + masked(value) + "'");
        }
        if (parsed.isNegative() || parsed.isZero()) {
            throw new ProviderConfigurationException(
                    providerId,
                    "configuration key " + property(key) + " must be a positive duration; got '" + masked(value) + "'");
        }
        return parsed;
    }

    private int parseInt(String key, String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ProviderConfigurationException(
                    providerId,
                    "configuration key " + property(key) + " must be a whole number of at least 0; got '"
                            + masked(value) + "'");
        }
    }

    @Override
    public String toString() {
        return "ProviderConfig[" + providerId + ", values=" + values.toJavaMap() + ", secrets="
                + secrets.mapValues(s -> s.toString()).toJavaMap() + "]";
    }

    /** Builder. */
    public static final class Builder {
        private final String providerId;
        private Map<String, String> values = HashMap.empty();
        private Map<String, Secret> secrets = HashMap.empty();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private ElementsListener listener = ElementsListener.none();

        private Builder(String providerId) {
            this.providerId = Objects.requireNonNull(providerId, "providerId");
        }

        /**
         * Sets the set.
         *
         * @param value the set
         * @return this builder
         */
        public Builder set(String key, String value) {
            values = values.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets the secret.
         *
         * @param value the secret
         * @return this builder
         */
        public Builder secret(String key, Secret value) {
            secrets = secrets.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets the secret.
         *
         * @param value the secret
         * @return this builder
         */
        public Builder secret(String key, String value) {
            return secret(key, Secret.of(value));
        }

        /**
         * Sets the base url.
         *
         * @return this builder
         */
        public Builder baseUrl(String url) {
            return set(ConfigKey.BASE_URL.name(), url);
        }

        /**
         * Sets the api key.
         *
         * @return this builder
         */
        public Builder apiKey(String key) {
            return secret("api-key", key);
        }

        /**
         * Sets the clock.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Sets the sleeper.
         *
         * @param value the sleeper
         * @return this builder
         */
        public Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value, "sleeper");
            return this;
        }

        /**
         * Who is told of every call the client makes.
         *
         * @param value the listener
         * @return this builder
         */
        public Builder listener(ElementsListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /**
         * Builds the configuration from what was set.
         *
         * @return the built value
         */
        public ProviderConfig build() {
            return new ProviderConfig(providerId, values, secrets, clock, sleeper, listener);
        }
    }
}
