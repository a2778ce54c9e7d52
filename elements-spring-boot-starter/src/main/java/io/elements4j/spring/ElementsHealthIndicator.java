package io.elements4j.spring;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.client.Elements;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether the vendor is reachable and accepts the credentials, from one cheap read (a one-element page of the
 * listing, else the tag or voice catalogue), reused for a while so a busy health endpoint does not call the vendor
 * on every probe. Up when the read succeeds (or is rate-limited: the vendor answered and knew the caller); down when
 * the credentials are refused or the vendor cannot be reached. Details never hold a secret.
 */
public class ElementsHealthIndicator implements HealthIndicator {

    private final Elements elements;
    private final Duration ttl;
    private final Clock clock;
    private Instant checkedAt;
    private Health last;

    /**
     * An indicator for one facade.
     *
     * @param elements the facade to check
     * @param ttl      how long an answer is reused
     * @param clock    what "now" is
     */
    public ElementsHealthIndicator(Elements elements, Duration ttl, Clock clock) {
        this.elements = Objects.requireNonNull(elements, "elements");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized Health health() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(checkedAt.plus(ttl))) {
            last = probe();
            checkedAt = now;
        }
        return last;
    }

    private Health probe() {
        String provider = elements.provider().id();
        Either<ElementsError, ?> answer;
        if (elements.provider().supports(Capability.LIST)) {
            answer = elements.list(ElementFilter.all(), PageRequest.first(1));
        } else if (elements.provider().supports(Capability.TAG_CATALOGUE)) {
            answer = elements.tags();
        } else if (elements.provider().supports(Capability.VOICE_CATALOGUE)) {
            answer = elements.voices();
        } else {
            return Health.unknown().withDetail("provider", provider)
                    .withDetail("reason", "the provider offers no read to check with").build();
        }
        if (answer.isRight()) {
            return Health.up().withDetail("provider", provider).build();
        }
        ElementsError error = answer.getLeft();
        Health.Builder health = error instanceof ElementsError.RateLimited ? Health.up()
                : Health.down().withDetail("reason", error instanceof ElementsError.Unauthorized
                        || error instanceof ElementsError.Forbidden ? "the vendor refused the credentials"
                        : "the vendor could not be reached or failed");
        health.withDetail("provider", provider).withDetail("error", error.getClass().getSimpleName())
                .withDetail("message", error.message());
        error.requestId().forEach(id -> health.withDetail("requestId", id));
        return health.build();
    }
}
