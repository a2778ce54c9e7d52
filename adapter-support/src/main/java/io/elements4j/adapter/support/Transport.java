package io.elements4j.adapter.support;

import feign.Client;
import feign.Request;
import feign.Response;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * What sends a {@link VendorHttp}'s requests: a Feign {@link Client} that reads every response body whole, and owns
 * connections to release. Chosen per provider with the {@code http-client} configuration key.
 */
interface Transport extends Client, AutoCloseable {

    /** Headers the transports set themselves (and refuse, or would send twice, from callers). */
    Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade", "transfer-encoding");

    /** Closes pooled connections; calls after this fail. Idempotent. */
    @Override
    void close();

    /** What every request says it is sent by. */
    String USER_AGENT = "elements4j/" + LibraryVersion.get();

    /**
     * Sends {@code request} with {@code sent} added to its headers as it goes on the wire (see {@link
     * #writeHeaders}).
     */
    Response execute(Request request, Request.Options options, SentHeaders sent) throws IOException;

    /** Sends {@code request} with the headers Feign built and the standard ones. */
    @Override
    default Response execute(Request request, Request.Options options) throws IOException {
        return execute(request, options, SentHeaders.NONE);
    }

    /**
     * Writes the request's headers onto the one going over the wire: every header Feign built but those the transport
     * sets itself ({@link #restricted}) and those {@code sent} replaces; then {@code sent} (the credentials, a
     * signer's headers), but for those the transport sets itself; then the ones every request carries unless its
     * method declares them itself, added here rather than in Feign's templates (which copy and expand every header
     * they hold on every call): our {@link #USER_AGENT}, JSON accepted, and JSON sent with a body.
     *
     * @param request what Feign built
     * @param sent    headers added as the request is sent, each in place of Feign's of the same name
     * @param header  adds one header to the request on the wire
     */
    static void writeHeaders(Request request, SentHeaders sent, BiConsumer<String, String> header) {
        boolean userAgent = false;
        boolean accept = false;
        boolean contentType = false;
        for (Map.Entry<String, Collection<String>> entry : request.headers().entrySet()) {
            String name = entry.getKey();
            if (restricted(name) || sent.has(name)) {
                continue;
            }
            userAgent |= name.equalsIgnoreCase("User-Agent");
            accept |= name.equalsIgnoreCase("Accept");
            contentType |= name.equalsIgnoreCase("Content-Type");
            for (String value : entry.getValue()) {
                header.accept(name, value);
            }
        }
        sent.forEach((name, value) -> {
            if (!restricted(name)) {
                header.accept(name, value);
            }
        });
        if (!userAgent && !sent.has("User-Agent")) {
            header.accept("User-Agent", USER_AGENT);
        }
        if (!accept && !sent.has("Accept")) {
            header.accept("Accept", "application/json");
        }
        if (request.body() != null && !contentType && !sent.has("Content-Type")) {
            header.accept("Content-Type", "application/json");
        }
    }

    /** Whether the transport sets {@code header} itself, so a caller's value must not be passed on. */
    static boolean restricted(String header) {
        // asked for every header of every request: compared as they are, without a lower-cased copy of each
        for (String name : RESTRICTED) {
            if (name.equalsIgnoreCase(header)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The transport {@code config} asks for: {@code apache} (the default) or {@code jdk}.
     *
     * @throws ProviderConfigurationException naming the key and the values it takes, for anything else; for
     *                                        {@code apache}, naming the versions found when the class path's Apache
     *                                        HttpClient is one the transport does not work with
     *                                        ({@link ApacheClientVersions})
     */
    static Transport of(ProviderConfig config) {
        String choice = config.get(ConfigKey.HTTP_CLIENT.name())
                .getOrElse(ApacheTransport.NAME)
                .trim()
                .toLowerCase(Locale.ROOT);
        switch (choice) {
            case ApacheTransport.NAME:
                ApacheClientVersions.require(config.providerId());
                try {
                    return new ApacheTransport(config.connectTimeout());
                } catch (LinkageError e) {
                    throw ApacheClientVersions.unusable(config.providerId(), e);
                }
            case JdkTransport.NAME:
                return JdkTransport.create(config.connectTimeout());
            default:
                throw new ProviderConfigurationException(
                        config.providerId(),
                        "configuration key "
                                + ConfigKey.HTTP_CLIENT.name() + " must be " + ApacheTransport.NAME + " or "
                                + JdkTransport.NAME + "; got '" + config.masked(choice) + "'");
        }
    }

    /** The body as the vendor meant it: we never ask for compression, but a server may send it anyway. */
    static byte[] decoded(Collection<String> contentEncodings, byte[] body) throws IOException {
        for (String encoding : contentEncodings) {
            String e = encoding.trim().toLowerCase(Locale.ROOT);
            if (e.equals("gzip") || e.equals("x-gzip")) {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                    return in.readAllBytes();
                }
            }
            if (e.equals("deflate")) {
                try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(body))) {
                    return in.readAllBytes();
                }
            }
        }
        return body;
    }
}
