package io.elements4j.adapter.support;

import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.error.ElementsError.Conflict;
import io.elements4j.domain.error.ElementsError.Forbidden;
import io.elements4j.domain.error.ElementsError.InsufficientCredits;
import io.elements4j.domain.error.ElementsError.InvalidRequest;
import io.elements4j.domain.error.ElementsError.NotFound;
import io.elements4j.domain.error.ElementsError.PolicyRejected;
import io.elements4j.domain.error.ElementsError.ProviderFailure;
import io.elements4j.domain.error.ElementsError.RateLimited;
import io.elements4j.domain.error.ElementsError.Unauthorized;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * The mapping every vendor shares, and the building blocks vendor classifiers use for the codes they map
 * themselves. Messages name the vendor, the HTTP status, the vendor's code and message and its request id — never
 * a request header or a secret.
 *
 * <p>By status: 400/413/422 → {@link InvalidRequest}; 401 → {@link Unauthorized}; 402 →
 * {@link InsufficientCredits}; 403 → {@link Forbidden}; 404/410 → {@link NotFound}; 409 → {@link Conflict};
 * 429 → {@link RateLimited} with the vendor's {@code Retry-After}; 408 and 503 → a retryable
 * {@link ProviderFailure} that was not accepted; other 5xx → a retryable {@link ProviderFailure}, ambiguous for a
 * create (the vendor may have acted on it). Without a usable response: no connection → retryable, never ambiguous;
 * a connection broken after sending → retryable, ambiguous for a create; a 2xx body that could not be read →
 * retryable for a read or delete, ambiguous (and not retried) for a create.
 */
public final class DefaultErrorClassification {

    private static final int MAX_SNIPPET_CHARS = 200;

    private final String vendor;

    private DefaultErrorClassification(String vendor) {
        this.vendor = Objects.requireNonNull(vendor, "vendor");
    }

    /** @param vendor the name messages use, e.g. {@code Kling} or {@code useapi.net} */
    public static DefaultErrorClassification forVendor(String vendor) {
        return new DefaultErrorClassification(vendor);
    }

    /** The whole common mapping: by kind, then by status. */
    public ElementsError classify(HttpFailure failure, CallKind call, VendorError said) {
        return switch (failure.kind()) {
            case CONNECT_FAILED -> unreachable(failure);
            case IO_AFTER_SEND -> brokenAfterSend(failure, call);
            case MALFORMED_BODY -> unreadable(failure, call);
            case RESPONSE -> byStatus(failure, call, said);
        };
    }

    /** A response, by its HTTP status. */
    public ElementsError byStatus(HttpFailure failure, CallKind call, VendorError said) {
        int status = failure.status();
        return switch (status) {
            case 400, 413, 422 -> invalidRequest(failure, said);
            case 401 -> unauthorized(failure, said);
            case 402 -> insufficientCredits(failure, said);
            case 403 -> forbidden(failure, said);
            case 404, 410 -> notFound(failure, said);
            case 409 -> conflict(failure, said);
            case 429 -> rateLimited(failure, said);
            case 408, 503 -> unavailable(failure, said);
            case 501, 505 -> failure(failure, said, "cannot handle this request", false, false);
            default -> {
                if (status >= 500) {
                    yield serverFailure(failure, call, said);
                } else if (status >= 300 && status < 400) {
                    yield redirected(failure, said);
                } else if (status >= 200 && status < 300) {
                    yield failure(failure, said, "answered with an error", false, false);
                } else {
                    yield failure(failure, said, "refused the request", false, false);
                }
            }
        };
    }

    public InvalidRequest invalidRequest(HttpFailure failure, VendorError said) {
        return new InvalidRequest(
                describe("rejected the request as invalid", failure, said),
                List.empty(),
                said.code(),
                said.requestId());
    }

    public Unauthorized unauthorized(HttpFailure failure, VendorError said) {
        return new Unauthorized(
                describe("did not accept the credentials", failure, said), said.code(), said.requestId());
    }

    public Forbidden forbidden(HttpFailure failure, VendorError said) {
        return new Forbidden(
                describe("does not allow this with these credentials", failure, said), said.code(), said.requestId());
    }

    public InsufficientCredits insufficientCredits(HttpFailure failure, VendorError said) {
        return new InsufficientCredits(
                describe("reports too little balance or credit for this", failure, said),
                said.code(),
                said.requestId());
    }

    public NotFound notFound(HttpFailure failure, VendorError said) {
        return new NotFound(describe("found no such resource", failure, said), said.code(), said.requestId());
    }

    public Conflict conflict(HttpFailure failure, VendorError said) {
        return new Conflict(
                describe("reports a conflict with existing state", failure, said), said.code(), said.requestId());
    }

    public PolicyRejected policyRejected(HttpFailure failure, VendorError said) {
        return new PolicyRejected(
                describe("refused the request under its content or platform policy", failure, said),
                said.code(),
                said.requestId());
    }

    /** Too many requests or tasks; waits for the vendor's {@code Retry-After} when it sent one. */
    public RateLimited rateLimited(HttpFailure failure, VendorError said) {
        String wait =
                failure.retryAfter().map(d -> "; it asked to wait " + human(d)).getOrElse("");
        return new RateLimited(
                describe("is limiting requests", failure, said) + wait,
                failure.retryAfter(),
                said.code(),
                said.requestId());
    }

    /** Down for now, and turned the request away before acting on it (503, maintenance): retryable, never ambiguous. */
    public ProviderFailure unavailable(HttpFailure failure, VendorError said) {
        return failure(failure, said, "is temporarily unavailable", true, false);
    }

    /** The vendor failed (5xx): retryable, and for a create the vendor may have acted on it anyway. */
    public ProviderFailure serverFailure(HttpFailure failure, CallKind call, VendorError said) {
        return failure(failure, said, "failed to handle the request", true, call == CallKind.CREATE);
    }

    /** The request never reached the vendor: retryable, never ambiguous. */
    public ProviderFailure unreachable(HttpFailure failure) {
        return ProviderFailure.retryable(
                vendor + " could not be reached" + detail(failure), failure.status(), Option.none(), Option.none());
    }

    /** The connection broke after the request was sent: retryable, and ambiguous for a create. */
    public ProviderFailure brokenAfterSend(HttpFailure failure, CallKind call) {
        boolean ambiguous = call == CallKind.CREATE;
        return new ProviderFailure(
                "the connection to " + vendor + " failed after the request was sent" + detail(failure)
                        + (ambiguous ? AMBIGUOUS_NOTE : ""),
                failure.status(),
                Option.none(),
                Option.none(),
                true,
                ambiguous);
    }

    /**
     * A 2xx whose body could not be read (malformed, cut short, missing fields, a value this library does not know):
     * for a read or a delete, retryable like a 5xx; for a create, not retried and ambiguous — the vendor has
     * probably acted on it.
     */
    public ProviderFailure unreadable(HttpFailure failure, CallKind call) {
        boolean ambiguous = call == CallKind.CREATE;
        VendorError said = VendorError.none().orRequestIdFrom(failure);
        return new ProviderFailure(
                "the response from " + vendor + " could not be read (" + failure.describeStatus() + ")"
                        + detail(failure) + requestId(said) + (ambiguous ? AMBIGUOUS_NOTE : ""),
                failure.status(),
                Option.none(),
                said.requestId(),
                call.idempotent(),
                ambiguous);
    }

    private static final String AMBIGUOUS_NOTE =
            "; the request may have been accepted, so look for its result before sending it again";

    private ProviderFailure redirected(HttpFailure failure, VendorError said) {
        String where = failure.header("Location").map(l -> " to " + l).getOrElse("");
        return failure(failure, said, "answered with a redirect" + where + "; check the base URL", false, false);
    }

    private ProviderFailure failure(
            HttpFailure failure, VendorError said, String what, boolean retryable, boolean ambiguous) {
        return new ProviderFailure(
                describe(what, failure, said) + (ambiguous ? AMBIGUOUS_NOTE : ""),
                failure.status(),
                said.code(),
                said.requestId(),
                retryable,
                ambiguous);
    }

    /** "Kling rejected the request as invalid (HTTP 400, code 1201): name too long [request id abc]" */
    private String describe(String what, HttpFailure failure, VendorError said) {
        StringBuilder sb =
                new StringBuilder(vendor).append(' ').append(what).append(" (").append(failure.describeStatus());
        said.code().forEach(c -> sb.append(", code ").append(c));
        sb.append(')');
        said.message()
                .orElse(() -> snippet(failure))
                .forEach(m -> sb.append(": ").append(m));
        return sb.append(requestId(said)).toString();
    }

    private static String requestId(VendorError said) {
        return said.requestId().map(id -> " [request id " + id + "]").getOrElse("");
    }

    private static String detail(HttpFailure failure) {
        return failure.detail().map(d -> ": " + d).getOrElse("");
    }

    /** The start of a body that had no message we could read (an HTML error page, plain text). */
    private static Option<String> snippet(HttpFailure failure) {
        String text = failure.body().strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return Option.none();
        }
        return Option.of(
                "body: " + (text.length() > MAX_SNIPPET_CHARS ? text.substring(0, MAX_SNIPPET_CHARS) + "…" : text));
    }

    private static String human(Duration d) {
        return d.toMillis() % 1000 == 0
                ? d.toSeconds() + " s"
                : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
