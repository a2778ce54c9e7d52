package io.elements4j.spring;

import io.elements4j.client.Elements;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.ports.callback.CallbackVerification;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Whether the vendor is reachable and accepts the credentials, from one cheap read (a one-element page of the
 * listing, else the tag or voice catalogue), reused for a while so a busy health endpoint does not call the vendor
 * on every probe, and given at most a set time (2 s by default). Up when the read succeeds (or is rate-limited: the
 * vendor answered and knew the caller). When the credentials are refused, the vendor cannot be reached or does not
 * answer in time, the status is {@link #VENDOR_DOWN} — which Spring Boot's overall status leaves out, so a vendor's
 * outage does not turn the whole app's health DOWN; the starter serves it in the {@code elements-vendor} health group,
 * answered 503 there — or, with {@code elements.health.affects-app=true}, plain {@code DOWN}, for an app that means
 * to put it in its liveness or readiness. Details never hold a secret; for a provider that takes callbacks they say
 * how callbacks are judged ({@code callbacks}), so running unverified shows.
 */
public class ElementsHealthIndicator implements HealthIndicator {

    /** The status of a vendor that is down, when that should not take the app down: {@code VENDOR_DOWN}. */
    public static final Status VENDOR_DOWN = new Status("VENDOR_DOWN", "the vendor cannot be used now");

    private final Elements elements;
    private final Duration ttl;
    private final Clock clock;
    private final Duration timeout;
    private final Status down;
    private Instant checkedAt;
    private Health last;

    /**
     * An indicator for one facade, whose vendor outages do not take the app down, answering within 2 seconds.
     *
     * @param elements the facade to check
     * @param ttl      how long an answer is reused
     * @param clock    what "now" is
     */
    public ElementsHealthIndicator(Elements elements, Duration ttl, Clock clock) {
        this(elements, ttl, clock, Duration.ofSeconds(2), false);
    }

    /**
     * An indicator for one facade.
     *
     * @param elements   the facade to check
     * @param ttl        how long an answer is reused
     * @param clock      what "now" is
     * @param timeout    the longest one check may take; a vendor slower than that counts as down
     * @param affectsApp true to report a vendor outage as {@code DOWN}, false for {@link #VENDOR_DOWN}
     */
    public ElementsHealthIndicator(Elements elements, Duration ttl, Clock clock, Duration timeout, boolean affectsApp) {
        this.elements = Objects.requireNonNull(elements, "elements");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.down = affectsApp ? Status.DOWN : VENDOR_DOWN;
    }

    @Override
    public synchronized Health health() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(checkedAt.plus(ttl))) {
            last = withCallbackVerification(probe());
            checkedAt = now;
        }
        return last;
    }

    /**
     * The check's answer, with how callbacks are judged where the provider takes them ({@code callbacks}): a signing
     * vendor's callbacks taken unverified by {@code accept-unsigned-callbacks=true} are stated here, whatever the
     * status.
     */
    private Health withCallbackVerification(Health health) {
        CallbackVerification verification = elements.callbackVerification();
        if (verification == CallbackVerification.NO_CALLBACKS) {
            return health;
        }
        return Health.status(health.getStatus())
                .withDetails(health.getDetails())
                .withDetail("callbacks", verification.describe())
                .build();
    }

    private Health probe() {
        String provider = elements.provider().id();
        CompletableFuture<? extends Either<ElementsError, ?>> asked;
        if (elements.provider().supports(Capability.LIST)) {
            asked = elements.async().list(ElementFilter.all(), PageRequest.first(1));
        } else if (elements.provider().supports(Capability.TAG_CATALOGUE)) {
            asked = elements.async().tags();
        } else if (elements.provider().supports(Capability.VOICE_CATALOGUE)) {
            asked = elements.async().voices();
        } else {
            return Health.unknown()
                    .withDetail("provider", provider)
                    .withDetail("reason", "the provider offers no read to check with")
                    .build();
        }
        Either<ElementsError, ?> answer;
        try {
            answer = asked.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            asked.cancel(true);
            return Health.status(down)
                    .withDetail("provider", provider)
                    .withDetail("reason", "the vendor did not answer within " + timeout)
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            asked.cancel(true);
            return Health.unknown()
                    .withDetail("provider", provider)
                    .withDetail("reason", "interrupted")
                    .build();
        } catch (ExecutionException e) {
            return Health.status(down)
                    .withDetail("provider", provider)
                    .withDetail(
                            "reason",
                            "the check failed: " + e.getCause().getClass().getSimpleName())
                    .build();
        }
        if (answer.isRight()) {
            return Health.up().withDetail("provider", provider).build();
        }
        ElementsError error = answer.getLeft();
        Health.Builder health = error instanceof ElementsError.RateLimited
                ? Health.up()
                : Health.status(down)
                        .withDetail(
                                "reason",
                                error instanceof ElementsError.Unauthorized || error instanceof ElementsError.Forbidden
                                        ? "the vendor refused the credentials"
                                        : "the vendor could not be reached or failed");
        health.withDetail("provider", provider)
                .withDetail("error", error.getClass().getSimpleName())
                .withDetail("message", error.message());
        error.requestId().forEach(id -> health.withDetail("requestId", id));
        return health.build();
    }
}
