package io.elements4j.adapter.support;

import feign.Request;
import feign.Response;
import feign.slf4j.Slf4jLogger;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;

/**
 * Feign's SLF4J logger (at DEBUG), made safe to switch on: sensitive header values ({@code Authorization}, anything
 * named like a key, token, secret or signature) are logged as {@value Redaction#MASK}, so a log still shows the
 * header was sent, and every line — URLs, bodies, I/O errors — passes through a {@link Redaction} that masks the
 * client's secrets wherever they appear.
 */
public final class RedactingSlf4jLogger extends Slf4jLogger {

    private final Logger logger;
    private final Redaction redaction;
    private final Seq<String> sentOnTheWay;

    public RedactingSlf4jLogger(Logger logger, Redaction redaction) {
        this(logger, redaction, io.vavr.collection.List.empty());
    }

    /**
     * @param sentOnTheWay headers the transport adds as each request is sent (a {@link VendorHttp}'s credentials),
     *                     which Feign's request does not hold: each request line lists them too, masked
     */
    public RedactingSlf4jLogger(Logger logger, Redaction redaction, Seq<String> sentOnTheWay) {
        super(Objects.requireNonNull(logger, "logger"));
        this.logger = logger;
        this.redaction = Objects.requireNonNull(redaction, "redaction");
        this.sentOnTheWay = Objects.requireNonNull(sentOnTheWay, "sentOnTheWay");
    }

    /** Whether a request's lines would be logged now (DEBUG on): the calls Feign's own handler must make. */
    boolean logs() {
        return logger.isDebugEnabled();
    }

    // Feign calls the two methods below on every request at any level but NONE; the masked copies they log are
    // made only when DEBUG is on, so a quiet logger costs a request nothing.

    @Override
    protected void logRequest(String configKey, Level logLevel, Request request) {
        if (!logger.isDebugEnabled()) {
            return;
        }
        super.logRequest(
                configKey,
                logLevel,
                Request.create(
                        request.httpMethod(),
                        request.url(),
                        withSentOnTheWay(masked(request.headers())),
                        request.body(),
                        request.charset(),
                        request.requestTemplate()));
    }

    @Override
    protected Response logAndRebufferResponse(String configKey, Level logLevel, Response response, long elapsedTime)
            throws IOException {
        if (!logger.isDebugEnabled()) {
            return response;
        }
        Response logged = super.logAndRebufferResponse(
                configKey,
                logLevel,
                response.toBuilder().headers(masked(response.headers())).build(),
                elapsedTime);
        // The masked copy was only for the log: the caller gets the real headers back.
        return logged.toBuilder().headers(response.headers()).build();
    }

    @Override
    protected void log(String configKey, String format, Object... args) {
        if (logger.isDebugEnabled()) {
            super.log(configKey, "%s", redaction.text(String.format(format, args)));
        }
    }

    /** The headers the transport will add, in place of any of the same name, each shown as {@value Redaction#MASK}. */
    private Map<String, Collection<String>> withSentOnTheWay(Map<String, Collection<String>> headers) {
        for (String name : sentOnTheWay) {
            headers.keySet().removeIf(name::equalsIgnoreCase);
            headers.put(name, java.util.List.of(Redaction.MASK));
        }
        return headers;
    }

    private static Map<String, Collection<String>> masked(Map<String, Collection<String>> headers) {
        Map<String, Collection<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            Collection<String> shown = new ArrayList<>(values.size());
            values.forEach(v -> shown.add(Redaction.headerValue(name, v)));
            copy.put(name, shown);
        });
        return copy;
    }
}
