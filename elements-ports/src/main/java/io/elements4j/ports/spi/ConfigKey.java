package io.elements4j.ports.spi;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Locale;
import java.util.Objects;

/**
 * A configuration key a provider reads. It is looked up as {@code elements.<provider>.<name>} (system property or
 * a map given to the builder), then env {@code ELEMENTS_<PROVIDER>_<NAME>}, then the vendor's usual env names.
 *
 * @param name           the key, e.g. {@code api-key}
 * @param secret         whether the value is a credential (held as {@link Secret}, masked everywhere)
 * @param description    what it is for, shown by the CLI and in loader messages
 * @param vendorEnvNames the vendor's usual env names, e.g. {@code KLING_API_KEY}
 */
public record ConfigKey(String name, boolean secret, String description, Seq<String> vendorEnvNames) {

    /** The BASE URL. */
    public static final ConfigKey BASE_URL = plain("base-url", "the vendor's base URL");
    /** The CONNECT TIMEOUT. */
    public static final ConfigKey CONNECT_TIMEOUT =
            plain("connect-timeout", "TCP connect timeout (ISO-8601 or seconds)");
    /** The READ TIMEOUT. */
    public static final ConfigKey READ_TIMEOUT =
            plain("read-timeout", "time to wait for a response (ISO-8601 or seconds)");
    /** The MAX RETRIES. */
    public static final ConfigKey MAX_RETRIES = plain("max-retries", "retries of retryable calls (default 2)");
    /** The CALL TIMEOUT. */
    /** The first wait between two polls of a task; later waits double, up to 30 s (ISO-8601 or seconds). */
    public static final ConfigKey POLL_DELAY = plain(
            "poll-delay",
            "the first wait between two polls of a task; later waits double up to 30 s (ISO-8601 or seconds; default 2 s)");
    /** The longest a wait for a task may take by default (ISO-8601 or seconds). */
    public static final ConfigKey AWAIT_TIMEOUT = plain(
            "await-timeout",
            "the longest a wait for a task may take by default (ISO-8601 or seconds; default 15 minutes)");
    /** The longest one whole call may take, retries and {@code Retry-After} waits included. */
    public static final ConfigKey CALL_TIMEOUT = plain(
            "call-timeout",
            "the longest one whole call may take, retries and Retry-After waits included (ISO-8601 or seconds; default 2 minutes)");
    /** How often a wait for a task created with a callback URL polls, in case its callback is lost. */
    public static final ConfigKey CALLBACK_SAFETY_NET = plain(
            "callback-safety-net",
            "how often a wait for a task created with a callback URL still polls, in case the callback is lost"
                    + " (ISO-8601 or seconds; default 60 s)");
    /** For sandboxes and tests: lets a draft's callback URL point at this machine (loopback, plain http). */
    public static final ConfigKey ALLOW_LOOPBACK_CALLBACKS = plain(
            "allow-loopback-callbacks",
            "for sandboxes and tests only: true lets a callback URL point at a loopback host over http (real vendors"
                    + " refuse it)");
    /**
     * The secret a vendor signs its callbacks with (Standard Webhooks' {@code whsec_…} on Kling). When set, every
     * callback must carry a valid signature. Set but blank, or not a valid secret, is a configuration error when the
     * facade is built: an empty secret would verify nothing. A provider redeclares it with its vendor's env name.
     */
    public static final ConfigKey CALLBACK_SECRET = secret(
            "callback-secret",
            "the vendor's webhook signing secret: when set, every callback must carry a valid signature (set but"
                    + " blank or malformed fails at start-up)");
    /**
     * The explicit choice to run without callback verification on a vendor that signs its callbacks: with
     * {@code true} and no {@link #CALLBACK_SECRET}, unsigned callbacks are accepted (the start-up log and the health
     * details say so); without it they are refused.
     */
    public static final ConfigKey ACCEPT_UNSIGNED_CALLBACKS = plain(
            "accept-unsigned-callbacks",
            "true: on a vendor that signs its callbacks, accept them unverified when no callback-secret is set (the"
                    + " start-up log and health details say so); otherwise such callbacks are refused");
    /** The largest callback body {@code Elements.receiveCallback} reads; a larger one is refused unread (413). */
    public static final ConfigKey CALLBACK_MAX_BYTES = plain(
            "callback-max-bytes",
            "the largest callback body receiveCallback reads, in bytes (default 1048576); a larger one is refused"
                    + " before it is parsed");
    /** The HTTP CLIENT. */
    public static final ConfigKey HTTP_CLIENT = plain(
            "http-client",
            "the HTTP client: apache (default; Apache HttpClient 5, blocking, pooled) or jdk (java.net.http)");

    /**
     * Creates the value, checking every component.
     */
    public ConfigKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        vendorEnvNames = List.ofAll(Objects.requireNonNull(vendorEnvNames, "vendorEnvNames"));
    }

    /**
     * A config key: plain.
     *
     * @return A config key: plain
     */
    public static ConfigKey plain(String name, String description, String... vendorEnvNames) {
        return new ConfigKey(name, false, description, List.of(vendorEnvNames));
    }

    /**
     * A config key: secret.
     *
     * @return A config key: secret
     */
    public static ConfigKey secret(String name, String description, String... vendorEnvNames) {
        return new ConfigKey(name, true, description, List.of(vendorEnvNames));
    }

    /**
     * {@code elements.<provider>.<name>}
     *
     * @param providerId the provider's id, such as {@code kling-official}
     * @return {@code elements.<provider>.<name>}
     */
    public String propertyName(String providerId) {
        return "elements." + providerId + "." + name;
    }

    /**
     * {@code ELEMENTS_<PROVIDER>_<NAME>} in upper snake case.
     *
     * @param providerId the provider's id, such as {@code kling-official}
     * @return {@code ELEMENTS_<PROVIDER>_<NAME>} in upper snake case
     */
    public String envName(String providerId) {
        return ("ELEMENTS_" + providerId + "_" + name)
                .toUpperCase(Locale.ROOT)
                .replace('-', '_')
                .replace('.', '_');
    }

    /**
     * Every name this key is read by, in the order they are looked up: the system property, the library's env name,
     * then the vendor's usual env names.
     *
     * @param providerId the provider's id, such as {@code acme}
     * @return every name this key is read by
     */
    public Seq<String> names(String providerId) {
        return List.of(propertyName(providerId), envName(providerId)).appendAll(vendorEnvNames);
    }
}
