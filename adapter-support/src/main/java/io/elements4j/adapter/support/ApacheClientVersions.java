package io.elements4j.adapter.support;

import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Which Apache HttpClient 5 the class path holds, checked before the default transport is built. A host app's
 * dependency management (Spring Boot's, a BOM) picks the httpclient5 and httpcore5 versions, not this library; when
 * it picks a line the transport does not work with, building a provider fails with a message that names the versions
 * found, the minimum, and what to do, instead of a linkage error from inside the client.
 *
 * <p>Supported: httpclient5 5.4 or later with httpcore5 5.3 or later (the transport is tested on the latest patch of
 * 5.4, 5.5 and 5.6). A class path whose jars carry no version (a shaded or repackaged client) is not refused; a
 * linkage error it causes is turned into the same kind of message by {@link #unusable}.
 */
final class ApacheClientVersions {

    /** The oldest httpclient5 line the transport works with: its TLS set-up API came in 5.4. */
    static final int[] MINIMUM_CLIENT = {5, 4};
    /** The httpcore5 line httpclient5 5.4 is built on. */
    static final int[] MINIMUM_CORE = {5, 3};

    private static final String CLIENT_RESOURCE = "org/apache/hc/client5/version.properties";
    private static final String CORE_RESOURCE = "org/apache/hc/core5/version.properties";

    /** The versions on the class path, read once: a few hundred bytes from two jars. */
    private static volatile Found found;

    /**
     * What the class path holds; a version is none when its jar is absent or carries no version.
     *
     * @param client      httpclient5's version, such as {@code 5.5.2}
     * @param core        httpcore5's version, such as {@code 5.3.6}
     * @param clientAbsent whether no httpclient5 class can be loaded at all
     */
    record Found(Option<String> client, Option<String> core, boolean clientAbsent) {

        String describe() {
            return "httpclient5 " + client.getOrElse(clientAbsent ? "(absent)" : "(version unknown)")
                    + " and httpcore5 " + core.getOrElse("(version unknown)");
        }
    }

    private ApacheClientVersions() {}

    /**
     * Refuses to build the default transport on a class path it cannot work with.
     *
     * @param providerId the provider being built, named in the message
     * @throws ProviderConfigurationException naming the versions found, the minimum and what to do
     */
    static void require(String providerId) {
        Option<String> problem = problem(onClassPath(), providerId);
        if (problem.isDefined()) {
            throw new ProviderConfigurationException(providerId, problem.get());
        }
    }

    /**
     * The same message for a class path that passed {@link #require} but still failed to link (a client of unknown
     * version, a mix of jars from different lines).
     */
    static ProviderConfigurationException unusable(String providerId, LinkageError error) {
        ProviderConfigurationException refused = new ProviderConfigurationException(
                providerId,
                "the default HTTP transport could not load Apache HttpClient 5 ("
                        + error.getClass().getSimpleName()
                        + ": " + error.getMessage() + "); found "
                        + onClassPath().describe() + ". "
                        + advice(providerId));
        refused.initCause(error);
        return refused;
    }

    /** Why the transport cannot work with {@code found}, or none when it can (or the versions are unknown). */
    static Option<String> problem(Found found, String providerId) {
        if (found.clientAbsent()) {
            return Option.of("the default HTTP transport needs Apache HttpClient " + dotted(MINIMUM_CLIENT)
                    + " or later, and org.apache.httpcomponents.client5:httpclient5 is not on the class path;"
                    + " add it (version " + dotted(MINIMUM_CLIENT) + " or later)");
        }
        boolean clientTooOld = found.client().exists(v -> olderThan(v, MINIMUM_CLIENT));
        boolean coreTooOld = found.core().exists(v -> olderThan(v, MINIMUM_CORE));
        if (!clientTooOld && !coreTooOld) {
            return Option.none();
        }
        return Option.of("the default HTTP transport needs Apache HttpClient " + dotted(MINIMUM_CLIENT)
                + " or later (httpclient5 " + dotted(MINIMUM_CLIENT) + "+ with httpcore5 " + dotted(MINIMUM_CORE)
                + "+), but the class path has " + found.describe() + ". " + advice(providerId));
    }

    private static String advice(String providerId) {
        return "Make the build resolve httpclient5 " + dotted(MINIMUM_CLIENT) + " or later with its own httpcore5"
                + " (under Spring Boot's dependency management set the properties httpclient5.version and"
                + " httpcore5.version), or use the JDK's HTTP client instead: set "
                + ConfigKey.HTTP_CLIENT.propertyName(providerId) + "=jdk (or "
                + ConfigKey.HTTP_CLIENT.envName(providerId) + "=jdk)";
    }

    /** The versions this class's class loader sees. */
    static Found onClassPath() {
        Found known = found;
        if (known == null) {
            ClassLoader loader = ApacheClientVersions.class.getClassLoader();
            known = new Found(
                    release(loader, CLIENT_RESOURCE),
                    release(loader, CORE_RESOURCE),
                    loader.getResource("org/apache/hc/client5/http/impl/classic/HttpClients.class") == null);
            found = known;
        }
        return known;
    }

    private static Option<String> release(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return Option.none();
            }
            Properties properties = new Properties();
            properties.load(in);
            return Option.of(properties.getProperty("info.release"))
                    .map(String::trim)
                    .filter(v -> !v.isEmpty());
        } catch (IOException | IllegalArgumentException e) {
            return Option.none();
        }
    }

    /**
     * Whether {@code version} ({@code 5.3.1}, {@code 5.6-alpha1}) is of a line before {@code minimum}; a version
     * whose major and minor numbers cannot be read is not called older.
     */
    static boolean olderThan(String version, int[] minimum) {
        String[] parts = version.split("[.\\-]", 3);
        if (parts.length < 2) {
            return false;
        }
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = Integer.parseInt(parts[1]);
            return major < minimum[0] || (major == minimum[0] && minor < minimum[1]);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String dotted(int[] line) {
        return line[0] + "." + line[1];
    }
}
