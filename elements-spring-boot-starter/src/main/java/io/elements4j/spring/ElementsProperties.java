package io.elements4j.spring;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code elements.*} properties the auto-configured {@code Elements} is built from.
 *
 * <pre>
 * elements:
 *   provider: useapi            # optional when one provider is on the class path
 *   config:                     # or elements.useapi.api-key
 *     api-key: ${USEAPI_TOKEN}
 *   call-timeout: 2m
 *   await:
 *     timeout: 15m
 * </pre>
 */
@ConfigurationProperties(prefix = "elements")
public class ElementsProperties {

    /**
     * The provider to use (kling-official, useapi, evolink, gmi-cloud, ...). When unset, the only provider on the
     * class path.
     */
    private String provider;

    /**
     * The provider's configuration keys without the "elements.&lt;provider&gt;." prefix: api-key, base-url,
     * http-client, and the provider's own credential keys. Each may also be set as
     * elements.&lt;provider&gt;.&lt;key&gt; (the two forms must not disagree); the library still also reads the
     * vendors' environment variables. A value holding an unresolved ${...} placeholder, or a blank credential, is
     * refused at start-up.
     */
    private Map<String, String> config = new LinkedHashMap<>();

    /** How long one whole call may take, retries included (the library's default: 2 minutes). */
    private Duration callTimeout;

    /** TCP connect timeout (the library's default: 10 seconds). */
    private Duration connectTimeout;

    /** Time to wait for a response (the library's default: 60 seconds). */
    private Duration readTimeout;

    /** Retries of retryable calls (the library's default: 2). */
    private Integer maxRetries;

    /** How waits for a creation task poll. */
    private final Await await = new Await();

    /** The health indicator. */
    private final Health health = new Health();

    private final Callbacks callbacks = new Callbacks();

    private final Fleet fleet = new Fleet();

    /**
     * The provider id.
     *
     * @return the provider id, or null to find the only one on the class path
     */
    public String getProvider() {
        return provider;
    }

    /**
     * Sets the provider id.
     *
     * @param provider the provider id
     */
    public void setProvider(String provider) {
        this.provider = provider;
    }

    /**
     * The provider's keys.
     *
     * @return key name → value
     */
    public Map<String, String> getConfig() {
        return config;
    }

    /**
     * Sets the provider's keys.
     *
     * @param config key name → value
     */
    public void setConfig(Map<String, String> config) {
        this.config = config;
    }

    /**
     * The call timeout.
     *
     * @return the call timeout, or null for the default
     */
    public Duration getCallTimeout() {
        return callTimeout;
    }

    /**
     * Sets the call timeout.
     */
    public void setCallTimeout(Duration callTimeout) {
        this.callTimeout = callTimeout;
    }

    /**
     * The connect timeout.
     *
     * @return the connect timeout, or null for the default
     */
    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * Sets the connect timeout.
     */
    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /**
     * The read timeout.
     *
     * @return the read timeout, or null for the default
     */
    public Duration getReadTimeout() {
        return readTimeout;
    }

    /**
     * Sets the read timeout.
     */
    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    /**
     * The retries of retryable calls.
     *
     * @return the number, or null for the default
     */
    public Integer getMaxRetries() {
        return maxRetries;
    }

    /**
     * Sets the retries of retryable calls.
     *
     * @param maxRetries the number
     */
    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    /**
     * The wait settings.
     *
     * @return the wait settings
     */
    public Await getAwait() {
        return await;
    }

    /**
     * The health indicator settings.
     *
     * @return the health settings
     */
    public Health getHealth() {
        return health;
    }

    /**
     * The callback endpoint settings.
     *
     * @return the callback settings
     */
    public Callbacks getCallbacks() {
        return callbacks;
    }

    /**
     * The fleet settings.
     *
     * @return the settings of several instances sharing one PostgreSQL
     */
    public Fleet getFleet() {
        return fleet;
    }

    /**
     * Several instances of the app sharing one PostgreSQL ({@code elements.fleet.*}, with {@code elements-postgres}
     * on the class path): with {@code enabled=true} the facade is built as one of a {@code PostgresFleet} on the
     * app's {@code DataSource}, so a callback to any instance ends the waits on all of them; with
     * {@code account} and {@code parallel-tasks} set, every instance's bulk runs share the account's limit.
     */
    public static class Fleet {

        /** Whether the facade joins the fleet on the app's DataSource (the tables are created on first use). */
        private boolean enabled;

        /** How often the table is read for the tasks waited for, in case a notification was lost. */
        private Duration catchUp = Duration.ofSeconds(2);

        /** How long what an instance holds (slots, claimed drafts) stays its own after its last renewal. */
        private Duration lease = Duration.ofSeconds(30);

        /** A name for the vendor account, the same on every instance, to share its parallel-task limit. */
        private String account;

        /** The account's parallel-task limit, shared by the bulk runs of every instance (needs {@code account}). */
        private Integer parallelTasks;

        /**
         * Whether the facade joins the fleet.
         *
         * @return true when on
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Turns the fleet on or off.
         *
         * @param enabled true to join the fleet
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * The catch-up period.
         *
         * @return how often the table is read
         */
        public Duration getCatchUp() {
            return catchUp;
        }

        /**
         * Sets the catch-up period.
         *
         * @param catchUp how often the table is read, at least 10 ms
         */
        public void setCatchUp(Duration catchUp) {
            this.catchUp = catchUp;
        }

        /**
         * The lease period.
         *
         * @return how long a lease lasts without renewal
         */
        public Duration getLease() {
            return lease;
        }

        /**
         * Sets the lease period.
         *
         * @param lease how long a lease lasts without renewal, at least a second
         */
        public void setLease(Duration lease) {
            this.lease = lease;
        }

        /**
         * The shared account's name.
         *
         * @return the name, or null when the limit is not shared
         */
        public String getAccount() {
            return account;
        }

        /**
         * Names the shared account.
         *
         * @param account the name, the same on every instance
         */
        public void setAccount(String account) {
            this.account = account;
        }

        /**
         * The account's parallel-task limit.
         *
         * @return the limit, or null when not shared
         */
        public Integer getParallelTasks() {
            return parallelTasks;
        }

        /**
         * Sets the account's parallel-task limit.
         *
         * @param parallelTasks the limit, at least 1
         */
        public void setParallelTasks(Integer parallelTasks) {
            this.parallelTasks = parallelTasks;
        }
    }

    /**
     * The endpoint vendors call back ({@code elements.callbacks.*}): with {@code enabled=true} in a servlet web
     * app, {@code POST <path>} hands each callback to the facade, which ends the waits for its task.
     */
    public static class Callbacks {

        /** Whether to serve the callback endpoint (in a Spring MVC app). */
        private boolean enabled;

        /** The path vendors POST callbacks to. */
        private String path = "/elements/callbacks";

        /** The largest callback body taken, in bytes; a larger one is answered 413. */
        private int maxBodyBytes = 1 << 20;

        /**
         * Whether the endpoint is served.
         *
         * @return true when on
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Turns the endpoint on or off.
         *
         * @param enabled true for on
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * The endpoint's path.
         */
        public String getPath() {
            return path;
        }

        /**
         * Sets the endpoint's path.
         *
         * @param path an absolute path
         */
        public void setPath(String path) {
            this.path = path;
        }

        /**
         * The body limit.
         *
         * @return the most bytes taken
         */
        public int getMaxBodyBytes() {
            return maxBodyBytes;
        }

        /**
         * Sets the body limit.
         *
         * @param maxBodyBytes the most bytes taken
         */
        public void setMaxBodyBytes(int maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
        }
    }

    /** How waits for a creation task poll ({@code elements.await.*}). */
    public static class Await {

        /** The longest a wait may take (the library's default: 15 minutes). */
        private Duration timeout;

        /** The delay before the second poll; later delays double up to max-delay (default: 2 seconds). */
        private Duration initialDelay;

        /** The longest delay between polls (default: 30 seconds). */
        private Duration maxDelay;

        /**
         * The wait timeout.
         *
         * @return the timeout, or null for the default
         */
        public Duration getTimeout() {
            return timeout;
        }

        /**
         * Sets the wait timeout.
         */
        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        /**
         * The first delay between polls.
         *
         * @return the delay, or null for the default
         */
        public Duration getInitialDelay() {
            return initialDelay;
        }

        /**
         * Sets the first delay between polls.
         *
         * @param initialDelay the delay
         */
        public void setInitialDelay(Duration initialDelay) {
            this.initialDelay = initialDelay;
        }

        /**
         * The longest delay between polls.
         *
         * @return the delay, or null for the default
         */
        public Duration getMaxDelay() {
            return maxDelay;
        }

        /**
         * Sets the longest delay between polls.
         *
         * @param maxDelay the delay
         */
        public void setMaxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
        }
    }

    /** The health indicator ({@code elements.health.*}). */
    public static class Health {

        /** Whether to contribute an "elements" health indicator (when the health module is present). */
        private boolean enabled = true;

        /** How long a health check's answer is reused before the vendor is asked again. */
        private Duration cacheTtl = Duration.ofMinutes(1);

        /** The longest one check may take; a vendor slower than that counts as down. */
        private Duration timeout = Duration.ofSeconds(2);

        /**
         * Whether a vendor outage turns the app's overall health DOWN. Off by default: the indicator then reports
         * VENDOR_DOWN, which the overall status leaves out, and is served in the "elements-vendor" health group.
         */
        private boolean affectsApp;

        /**
         * The longest one check may take.
         *
         * @return the check's time limit
         */
        public Duration getTimeout() {
            return timeout;
        }

        /**
         * Sets the longest one check may take.
         *
         * @param timeout the check's time limit
         */
        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        /**
         * Whether a vendor outage turns the app's health DOWN.
         *
         * @return true when it does
         */
        public boolean isAffectsApp() {
            return affectsApp;
        }

        /**
         * Sets whether a vendor outage turns the app's health DOWN.
         *
         * @param affectsApp true to report DOWN
         */
        public void setAffectsApp(boolean affectsApp) {
            this.affectsApp = affectsApp;
        }

        /**
         * Whether the indicator is on.
         *
         * @return true when on
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Turns the indicator on or off.
         *
         * @param enabled true for on
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * How long an answer is reused.
         *
         * @return the time to live
         */
        public Duration getCacheTtl() {
            return cacheTtl;
        }

        /**
         * Sets how long an answer is reused.
         *
         * @param cacheTtl the time to live
         */
        public void setCacheTtl(Duration cacheTtl) {
            this.cacheTtl = cacheTtl;
        }
    }
}
