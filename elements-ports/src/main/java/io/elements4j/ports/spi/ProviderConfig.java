package io.elements4j.ports.spi;

import io.elements4j.ports.time.Sleeper;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
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

    private final String providerId;
    private final Map<String, String> values;
    private final Map<String, Secret> secrets;
    private final Clock clock;
    private final Sleeper sleeper;

    private ProviderConfig(String providerId, Map<String, String> values, Map<String, Secret> secrets, Clock clock,
                           Sleeper sleeper) {
        this.providerId = providerId;
        this.values = values;
        this.secrets = secrets;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** A builder for a new provider config. */
    public static Builder builder(String providerId) {
        return new Builder(providerId);
    }

    /** The provider id. */
    public String providerId() {
        return providerId;
    }

    /**
     * A plain value by key name ({@code base-url}).
     *
     * @param key the key
     * @return a plain value by key name ({@code base-url})
     */
    public Option<String> get(String key) {
        return values.get(key);
    }

    /**
     * A secret by key name ({@code api-key}).
     *
     * @param key the key
     * @return a secret by key name ({@code api-key})
     */
    public Option<Secret> secret(String key) {
        return secrets.get(key);
    }

    /** Base url. */
    public String baseUrl(String defaultBaseUrl) {
        String url = get(ConfigKey.BASE_URL.name()).getOrElse(defaultBaseUrl);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The connect timeout. */
    public Duration connectTimeout() {
        return duration(ConfigKey.CONNECT_TIMEOUT.name()).getOrElse(DEFAULT_CONNECT_TIMEOUT);
    }

    /** The read timeout. */
    public Duration readTimeout() {
        return duration(ConfigKey.READ_TIMEOUT.name()).getOrElse(DEFAULT_READ_TIMEOUT);
    }

    /** The max retries. */
    public int maxRetries() {
        return get(ConfigKey.MAX_RETRIES.name()).map(v -> parseInt(ConfigKey.MAX_RETRIES.name(), v))
                .getOrElse(DEFAULT_MAX_RETRIES);
    }

    /** The clock. */
    public Clock clock() {
        return clock;
    }

    /** The sleeper. */
    public Sleeper sleeper() {
        return sleeper;
    }

    /**
     * A duration value: ISO-8601 ({@code PT30S}) or whole seconds ({@code 30}).
     *
     * @param key the key
     * @return a duration value: ISO-8601 ({@code PT30S}) or whole seconds ({@code 30})
     */
    public Option<Duration> duration(String key) {
        return get(key).map(v -> parseDuration(key, v));
    }

    /** A builder that starts from this value, to change some of its parts. */
    public Builder toBuilder() {
        Builder b = new Builder(providerId);
        b.values = values;
        b.secrets = secrets;
        b.clock = clock;
        b.sleeper = sleeper;
        return b;
    }

    private Duration parseDuration(String key, String value) {
        String v = value.trim();
        Duration parsed;
        try {
            parsed = v.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(v)) : Duration.parse(v);
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            // NumberFormatException: more whole seconds than a long holds.
            throw new ProviderConfigurationException(providerId, "configuration key " + key + " must be a duration such as PT30S or 30 (seconds); got '" + value + "'");
        }
        if (parsed.isNegative() || parsed.isZero()) {
            throw new ProviderConfigurationException(providerId, "configuration key " + key + " must be a positive duration; got '" + value + "'");
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
            throw new ProviderConfigurationException(providerId, "configuration key " + key + " must be a whole number of at least 0; got '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return "ProviderConfig[" + providerId + ", values=" + values.toJavaMap()
                + ", secrets=" + secrets.mapValues(s -> s.toString()).toJavaMap() + "]";
    }

    /** Builder. */
    public static final class Builder {
        private final String providerId;
        private Map<String, String> values = HashMap.empty();
        private Map<String, Secret> secrets = HashMap.empty();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();

        private Builder(String providerId) {
            this.providerId = Objects.requireNonNull(providerId, "providerId");
        }

        /** Sets the set. */
        public Builder set(String key, String value) {
            values = values.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Sets the secret. */
        public Builder secret(String key, Secret value) {
            secrets = secrets.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Sets the secret. */
        public Builder secret(String key, String value) {
            return secret(key, Secret.of(value));
        }

        /** Sets the base url. */
        public Builder baseUrl(String url) {
            return set(ConfigKey.BASE_URL.name(), url);
        }

        /** Sets the api key. */
        public Builder apiKey(String key) {
            return secret("api-key", key);
        }

        /** Sets the clock. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Sets the sleeper. */
        public Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value, "sleeper");
            return this;
        }

        /** Builds the provider config from what was set. */
        public ProviderConfig build() {
            return new ProviderConfig(providerId, values, secrets, clock, sleeper);
        }
    }
}
