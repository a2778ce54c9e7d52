package io.elements4j.sandbox.core;

import io.elements4j.ports.callback.LoopbackUrls;
import io.elements4j.ports.time.Scheduler;
import io.elements4j.sandbox.CallbackFaults;
import io.elements4j.sandbox.SentCallback;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A simulator's outgoing callbacks: POSTs the vendor's body to a task's callback URL when the task gets there, signed
 * as the vendor signs, retried on the vendor's schedule when the receiver does not answer 2xx, with the faults of
 * {@link CallbackFaults}. It calls loopback hosts only — a sandbox never calls out of the machine — and records every
 * attempt ({@link SentCallback}). Each attempt runs on the scheduler's thread, so on a virtual scheduler a callback
 * arrives, in full, at the virtual time it is due.
 */
public final class CallbackSender {

    /** How long after a callback its duplicate comes. */
    static final Duration DUPLICATE_AFTER = Duration.ofMillis(500);
    /** How long after a terminal callback a stale earlier one comes. */
    static final Duration STALE_AFTER = Duration.ofMillis(300);

    private final Clock clock;
    private final Seq<Duration> retries;
    private final Function<String, Map<String, String>> signer;
    private final java.util.List<SentCallback> sent = new CopyOnWriteArrayList<>();
    private volatile Supplier<Scheduler> scheduler;
    private volatile CallbackFaults faults = CallbackFaults.none();
    private SplittableRandom random = new SplittableRandom(0);
    private volatile HttpClient client;
    private volatile int dropped;
    private volatile int delayed;

    /**
     * A sender for one simulator.
     *
     * @param clock     the simulator's clock (send times, signature timestamps)
     * @param scheduler where attempts are scheduled (asked at each send, so a test can swap it)
     * @param retries   the waits before each retry of an attempt not answered 2xx
     * @param signer    the signature headers for a body; none for a vendor that does not sign
     */
    public CallbackSender(
            Clock clock,
            Supplier<Scheduler> scheduler,
            Seq<Duration> retries,
            Function<String, Map<String, String>> signer) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.retries = Objects.requireNonNull(retries, "retries");
        this.signer = Objects.requireNonNull(signer, "signer");
    }

    /**
     * One callback the simulator would send, as it is when it falls due.
     *
     * @param terminal whether it reports a terminal state
     * @param stale    for a terminal one, the earlier body a reordering fault sends after it
     */
    public record Step(String body, boolean terminal, Option<String> stale) {}

    /**
     * Arms the faults of later callbacks.
     *
     * @param value the faults; {@link CallbackFaults#none()} for none
     */
    public synchronized void faults(CallbackFaults value) {
        this.faults = Objects.requireNonNull(value, "faults");
        this.random = new SplittableRandom(value.seed());
    }

    /**
     * Sends a callback now (on the calling thread), with its faults, and schedules its retries, duplicate and
     * stale follower.
     *
     * @param url    the callback URL
     * @param taskId the task it is about
     * @param step   what to send
     */
    public void deliver(String url, String taskId, Step step) {
        CallbackFaults.Fate fate;
        synchronized (this) {
            fate = faults.draw(random);
        }
        if (fate.dropped()) {
            dropped++;
            return;
        }
        Runnable send = () -> {
            attempt(url, taskId, step.body(), step.terminal(), 0, fate.tampered());
            if (fate.duplicated()) {
                scheduler
                        .get()
                        .schedule(DUPLICATE_AFTER, () -> attempt(url, taskId, step.body(), step.terminal(), 0, false));
            }
            if (fate.reordered() && step.terminal() && step.stale().isDefined()) {
                scheduler
                        .get()
                        .schedule(
                                STALE_AFTER,
                                () -> attempt(url, taskId, step.stale().get(), false, 0, false));
            }
        };
        if (fate.delayed()) {
            delayed++;
            scheduler.get().schedule(CallbackFaults.DELAY, send);
        } else {
            send.run();
        }
    }

    /**
     * How many callbacks a fault delayed.
     *
     * @return the callbacks sent {@link CallbackFaults#DELAY} late
     */
    public int delayed() {
        return delayed;
    }

    /**
     * Every attempt made since the last {@link #clear()}.
     *
     * @return the attempts, in order
     */
    public Seq<SentCallback> sent() {
        return List.ofAll(sent);
    }

    /**
     * How many callbacks a fault dropped.
     *
     * @return the callbacks never sent
     */
    public int dropped() {
        return dropped;
    }

    /** Forgets the attempts and the faults. */
    public synchronized void clear() {
        sent.clear();
        dropped = 0;
        delayed = 0;
        faults = CallbackFaults.none();
        random = new SplittableRandom(0);
    }

    private void attempt(String url, String taskId, String body, boolean terminal, int attempt, boolean tamper) {
        Option<URI> target = loopback(url);
        if (target.isEmpty()) {
            return;
        }
        Map<String, String> headers =
                LinkedHashMap.of("Content-Type", "application/json").merge(signer.apply(body));
        String sentBody = tamper ? tampered(body) : body;
        Instant sentAt = clock.instant();
        int status = post(target.get(), headers, sentBody);
        sent.add(new SentCallback(url, taskId, headers, sentBody, status, terminal, tamper, sentAt));
        boolean delivered = status >= 200 && status < 300;
        if (!delivered && attempt < retries.size()) {
            scheduler
                    .get()
                    .schedule(retries.get(attempt), () -> attempt(url, taskId, body, terminal, attempt + 1, false));
        }
    }

    private int post(URI target, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            return client().send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(10))
                            .build();
                }
                c = client;
            }
        }
        return c;
    }

    /** The URL when its host is this machine; a sandbox never calls anywhere else. */
    static Option<URI> loopback(String url) {
        return LoopbackUrls.isLoopback(url) ? Option.some(URI.create(url)) : Option.none();
    }

    /** The body with one character changed, after it was signed. */
    private static String tampered(String body) {
        int at = body.indexOf("\"", body.length() / 2);
        if (at < 0) {
            return body + " ";
        }
        return body.substring(0, at) + "\"x" + body.substring(at + 1);
    }
}
