package io.elements4j.adapter.support;

import io.vavr.control.Option;
import io.vavr.control.Try;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Reads how long a vendor asked us to wait: {@code Retry-After} as delta-seconds or an HTTP-date (RFC 9110), or
 * the non-standard {@code retry-after-ms} some gateways send. Anything unreadable counts as not asked.
 */
final class RetryAfter {

    private RetryAfter() {}

    static Option<Duration> from(Headers headers, Clock clock) {
        Option<Duration> millis =
                headers.first("retry-after-ms").flatMap(v -> seconds(v).map(d -> Duration.ofNanos(d.toNanos() / 1000)));
        return millis.orElse(() -> headers.first("Retry-After").flatMap(v -> parse(v, clock)));
    }

    static Option<Duration> parse(String value, Clock clock) {
        String v = value.trim();
        if (v.isEmpty()) {
            return Option.none();
        }
        if (Character.isDigit(v.charAt(0))) {
            return seconds(v);
        }
        return Try.of(() -> ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant())
                .toOption()
                .map(at -> Duration.between(clock.instant(), at))
                .map(d -> d.isNegative() ? Duration.ZERO : d);
    }

    /** Whole or decimal seconds; some vendors send {@code 1.5} although the RFC says integers. */
    private static Option<Duration> seconds(String value) {
        String v = value.trim();
        if (!v.matches("\\d{1,12}(\\.\\d{1,9})?")) {
            return Option.none();
        }
        BigDecimal seconds = new BigDecimal(v);
        return Option.of(Duration.ofSeconds(
                seconds.longValue(),
                seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue()));
    }
}
