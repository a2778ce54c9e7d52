package io.elements4j.adapter.support;

import io.elements4j.domain.error.ElementsError;
import io.elements4j.ports.observe.CallEnded;
import io.elements4j.ports.observe.CallRetried;
import io.elements4j.ports.observe.CallStarted;
import io.elements4j.ports.observe.ElementsListener;
import io.elements4j.ports.observe.RawResponse;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Either;
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
 *
 * <p>A view costs a copy of the body and a pass of every redaction pattern over it, so it is made only for a listener
 * that is shown it: a failure's always (the facade keeps the last one), from the body already redacted when the
 * failure was classified; a success's only when a listener {@link ElementsListener#wantsBodiesOfSuccesses() wants
 * bodies of successes}, once for all of them. A success nobody reads the body of copies nothing.
 */
final class CallObserver {

    private static final java.util.List<String> REQUEST_ID_HEADERS =
            java.util.List.of("x-request-id", "request-id", "x-amzn-requestid", "x-fal-request-id", "x-trace-id");

    private final ElementsListener listener;
    private final String provider;
    private final String operation;
    private final Clock clock;
    private final Redaction redaction;
    private final Instant start;
    private volatile feign.Response lastResponse;
    /** What the last attempt failed with, already redacted; null after an attempt that succeeded. */
    private ClassifiedFailure lastFailure;

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

    /** An attempt ended: its failure is the one to show if the call ends with it. */
    <T> Either<ClassifiedFailure, T> attempted(Either<ClassifiedFailure, T> attempt) {
        lastFailure = attempt.isLeft() ? attempt.getLeft() : null;
        return attempt;
    }

    void retried(int attempt, ClassifiedFailure failed, Duration delay) {
        ElementsError error = failed.error();
        listener.callRetried(new CallRetried(
                provider,
                operation,
                attempt,
                failed.failure().status(),
                error.vendorCode(),
                error.requestId().orElse(() -> requestId(failed.failure().headers())),
                error.getClass().getSimpleName(),
                delay,
                (error instanceof ElementsError.RateLimited limited ? limited.retryAfter() : Option.<Duration>none())
                        .orElse(failed.failure().retryAfter()),
                error instanceof ElementsError.RateLimited limited ? limited.limit() : Option.none()));
    }

    <T> void ended(CallOutcome<T> outcome) {
        Duration took = Duration.between(start, clock.instant());
        if (outcome.result().isRight()) {
            feign.Response response = lastResponse;
            if (response == null) {
                listener.callEnded(new CallEnded(
                        provider,
                        operation,
                        outcome.attempts(),
                        CallEnded.SUCCESS,
                        0,
                        Option.none(),
                        Option.none(),
                        took,
                        Option.none()));
                return;
            }
            Option<RawResponse> raw = listener.wantsBodies() && listener.wantsBodiesOfSuccesses()
                    ? Option.some(view(response))
                    : Option.none();
            listener.callEnded(new CallEnded(
                    provider,
                    operation,
                    outcome.attempts(),
                    CallEnded.SUCCESS,
                    response.status(),
                    Option.none(),
                    requestId(response.headers()),
                    took,
                    raw));
            return;
        }
        ElementsError error = outcome.result().getLeft();
        Option<HttpFailure> failure = Option.of(lastFailure).map(ClassifiedFailure::failure);
        int status = failure.map(HttpFailure::status).getOrElse(0);
        Option<RawResponse> raw = failure.filter(HttpFailure::hasResponse).map(this::view);
        listener.callEnded(new CallEnded(
                provider,
                operation,
                outcome.attempts(),
                error.getClass().getSimpleName(),
                status,
                error.vendorCode(),
                error.requestId().orElse(() -> failure.flatMap(f -> requestId(f.headers()))),
                took,
                raw));
    }

    /** The failure's body was redacted when the failure was classified: shown as it is, not scanned again. */
    private RawResponse view(HttpFailure failure) {
        LinkedHashMap<String, List<String>> headers = LinkedHashMap.empty();
        for (String name : failure.headers().names()) {
            headers = headers.put(
                    name.toLowerCase(Locale.ROOT),
                    failure.headers()
                            .all(name)
                            .map(v -> Redaction.headerValue(name, v))
                            .toList());
        }
        return new RawResponse(failure.status(), headers, failure.body(), false);
    }

    private RawResponse view(feign.Response response) {
        LinkedHashMap<String, List<String>> headers = LinkedHashMap.empty();
        for (Map.Entry<String, Collection<String>> header : response.headers().entrySet()) {
            headers = headers.put(
                    header.getKey().toLowerCase(Locale.ROOT),
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

    /** The same lookup on Feign's headers, which are already keyed without regard to case: no copy of them. */
    private static Option<String> requestId(Map<String, Collection<String>> headers) {
        for (String name : REQUEST_ID_HEADERS) {
            Collection<String> values = headers.get(name);
            if (values != null) {
                for (String value : values) {
                    if (value != null) {
                        return Option.some(value);
                    }
                }
            }
        }
        return Option.none();
    }
}
