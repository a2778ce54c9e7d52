package io.elements4j.sandbox;

import io.vavr.collection.Map;
import java.time.Instant;
import java.util.Objects;

/**
 * One callback attempt a simulator made: where, what, and how the receiver answered.
 *
 * @param url     the callback URL
 * @param taskId  the task it was about
 * @param headers the headers sent (a signed vendor's signature headers among them)
 * @param body    the body sent
 * @param status  the receiver's HTTP status; 0 when the connection failed
 * @param terminal whether it reported a terminal state
 * @param tampered whether the simulator altered it on purpose ({@link CallbackFaults})
 * @param at      when it was sent (before the receiver answered), on the simulator's clock
 */
public record SentCallback(
        String url,
        String taskId,
        Map<String, String> headers,
        String body,
        int status,
        boolean terminal,
        boolean tampered,
        Instant at) {

    /**
     * Checks that nothing is null.
     *
     * @param terminal whether terminal
     * @param tampered whether tampered
     * @param at when
     */
    public SentCallback {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(at, "at");
    }

    /**
     * Whether the receiver took it.
     *
     * @return true for a 2xx answer
     */
    public boolean delivered() {
        return status >= 200 && status < 300;
    }
}
