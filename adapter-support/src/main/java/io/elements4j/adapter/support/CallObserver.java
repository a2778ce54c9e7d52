package io.elements4j.adapter.support;

import io.elements4j.domain.error.ElementsError;
import io.elements4j.ports.observe.CallEnded;
import io.elements4j.ports.observe.CallRetried;
import io.elements4j.ports.observe.CallStarted;
import io.elements4j.ports.observe.ElementsListener;
import io.elements4j.ports.observe.RawResponse;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Tells the configured {@link ElementsListener} about one call: started, each retry, ended. It sees the last
 * response the transport received (so a success's status and request id are known too) and builds the
 * {@link RawResponse} debug view from it, secret headers masked and the body redacted.
 */
final class CallObserver {

    private static final java.util.List<String> REQUEST_ID_HEADERS = java.util.List.of("x-request-id", "request-id",
            "x-amzn-requestid", "x-fal-request-id", "x-trace-id");

    private final ElementsListener listener;
    private final String provider;
    private final String operation;
    private final Clock clock;
    private final Redaction redaction;
    private final Instant start;
    private volatile feign.Response lastResponse;

    CallObserver(ElementsListener listener, String provider, String operation, Clock clock, Redaction redaction) {
        this.listener = listener;
        this.provider = provider;
        this.operation = operation;
        this.clock = clock;
        this.redaction = redaction;
        this.start = clock.instant();
    }

    void started() {
        listener.callStarted(new CallStarted(provider, operation));
    }

    /** The transport received this response (of any status). */
    void received(feign.Response response) {
        lastResponse = response;
    }

    void retried(int attempt, ClassifiedFailure failed, Duration delay) {
        ElementsError error = failed.error();
        listener.callRetried(new CallRetried(provider, operation, attempt, failed.failure().status(),
                error.vendorCode(), error.requestId().orElse(() -> requestId(failed.failure().headers())),
                error.getClass().getSimpleName(), delay,
                (error instanceof ElementsError.RateLimited limited ? limited.retryAfter() : Option.<Duration>none())
                        .orElse(failed.failure().retryAfter()),
                error instanceof ElementsError.RateLimited limited ? limited.limit() : Option.none()));
    }

    <T> void ended(CallOutcome<T> outcome, Option<ClassifiedFailure> lastFailure) {
        Duration took = Duration.between(start, clock.instant());
        if (outcome.result().isRight()) {
            Option<RawResponse> raw = listener.wantsBodies() ? Option.of(lastResponse).map(this::view) : Option.none();
            int status = Option.of(lastResponse).map(feign.Response::status).getOrElse(0);
            Option<String> requestId = Option.of(lastResponse).flatMap(r -> requestId(Headers.of(r.headers())));
            listener.callEnded(new CallEnded(provider, operation, outcome.attempts(), CallEnded.SUCCESS, status,
                    Option.none(), requestId, took, raw));
            return;
        }
        ElementsError error = outcome.result().getLeft();
        Option<HttpFailure> failure = lastFailure.map(ClassifiedFailure::failure);
        int status = failure.map(HttpFailure::status).getOrElse(0);
        Option<RawResponse> raw = failure.filter(HttpFailure::hasResponse).map(this::view);
        listener.callEnded(new CallEnded(provider, operation, outcome.attempts(), error.getClass().getSimpleName(),
                status, error.vendorCode(), error.requestId().orElse(() -> failure.flatMap(f -> requestId(f.headers()))),
                took, raw));
    }

    private RawResponse view(HttpFailure failure) {
        LinkedHashMap<String, List<String>> headers = LinkedHashMap.empty();
        for (String name : failure.headers().names()) {
            headers = headers.put(name.toLowerCase(Locale.ROOT),
                    failure.headers().all(name).map(v -> Redaction.headerValue(name, v)).toList());
        }
        return new RawResponse(failure.status(), headers, redaction.text(failure.body()), false);
    }

    private RawResponse view(feign.Response response) {
        LinkedHashMap<String, List<String>> headers = LinkedHashMap.empty();
        for (Map.Entry<String, Collection<String>> header : response.headers().entrySet()) {
            headers = headers.put(header.getKey().toLowerCase(Locale.ROOT),
                    List.ofAll(header.getValue()).map(v -> Redaction.headerValue(header.getKey(), v)));
        }
        return new RawResponse(response.status(), headers, redaction.text(body(response)), false);
    }

    private static String body(feign.Response response) {
        if (response.body() == null || !response.body().isRepeatable()) {
            return "";
        }
        try (InputStream in = response.body().asInputStream()) {
            return new String(in.readNBytes(RawResponse.MAX_BODY_CHARS * 4), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static Option<String> requestId(Headers headers) {
        return List.ofAll(REQUEST_ID_HEADERS).flatMap(headers::first).headOption();
    }
}
