package io.elements4j.spring;

import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.error.ElementsException;
import io.elements4j.json.DomainJson;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * {@link ElementsError} as an RFC 9457 {@code application/problem+json} answer. As a controller advice (on with
 * {@code elements.web.problem-details=true}, or {@code @Import} it) it answers every {@link ElementsException} a
 * controller lets through, e.g. from {@code result.getOrElseThrow(ElementsException::new)}; {@link #of} and
 * {@link #response} serve a controller that {@code fold}s. The status says whose problem it is:
 *
 * <ul>
 *   <li>422 the request breaks the vendor's rules ({@code InvalidRequest}, with {@code violations}), its content
 *       was refused ({@code PolicyRejected}) or the vendor failed the task ({@code TaskFailed});</li>
 *   <li>404 {@code NotFound}, 409 {@code Conflict}, 501 {@code Unsupported} (this vendor cannot do it);</li>
 *   <li>429 {@code RateLimited}, with {@code Retry-After} when the vendor gave one; 503 {@code InsufficientCredits};</li>
 *   <li>502 the vendor failed or refused this app's credentials ({@code ProviderFailure}, {@code Unauthorized},
 *       {@code Forbidden}: the caller cannot fix those);</li>
 *   <li>504 no definite answer in time ({@code Timeout}, {@code TaskStateUnknown}, {@code CreationUnknown}).</li>
 * </ul>
 *
 * The {@code detail} is the error's message; the properties are the error's fields as {@code DomainJson} writes
 * them ({@code error} for its kind, {@code vendorCode}, {@code requestId}, {@code retryable}, and the fields of its kind). An
 * error never holds a credential, so neither does the answer.
 */
@RestControllerAdvice
public class ElementsProblems {

    private static final Map<Class<?>, HttpStatus> STATUS = Map.ofEntries(
            Map.entry(ElementsError.InvalidRequest.class, HttpStatus.UNPROCESSABLE_CONTENT),
            Map.entry(ElementsError.PolicyRejected.class, HttpStatus.UNPROCESSABLE_CONTENT),
            Map.entry(ElementsError.TaskFailed.class, HttpStatus.UNPROCESSABLE_CONTENT),
            Map.entry(ElementsError.NotFound.class, HttpStatus.NOT_FOUND),
            Map.entry(ElementsError.Conflict.class, HttpStatus.CONFLICT),
            Map.entry(ElementsError.Unsupported.class, HttpStatus.NOT_IMPLEMENTED),
            Map.entry(ElementsError.RateLimited.class, HttpStatus.TOO_MANY_REQUESTS),
            Map.entry(ElementsError.InsufficientCredits.class, HttpStatus.SERVICE_UNAVAILABLE),
            Map.entry(ElementsError.Unauthorized.class, HttpStatus.BAD_GATEWAY),
            Map.entry(ElementsError.Forbidden.class, HttpStatus.BAD_GATEWAY),
            Map.entry(ElementsError.ProviderFailure.class, HttpStatus.BAD_GATEWAY),
            Map.entry(ElementsError.Timeout.class, HttpStatus.GATEWAY_TIMEOUT),
            Map.entry(ElementsError.TaskStateUnknown.class, HttpStatus.GATEWAY_TIMEOUT),
            Map.entry(ElementsError.CreationUnknown.class, HttpStatus.GATEWAY_TIMEOUT));

    /** Created by Spring, or by {@code @Import}. */
    public ElementsProblems() {}

    /**
     * The answer for an exception a controller let through.
     *
     * @param exception the exception carrying the error
     * @return the problem answer
     */
    @ExceptionHandler(ElementsException.class)
    public ResponseEntity<ProblemDetail> handle(ElementsException exception) {
        return response(exception.error());
    }

    /**
     * The problem answer for an error, with {@code Retry-After} for a rate limit that says when.
     *
     * @return the answer
     */
    public static ResponseEntity<ProblemDetail> response(ElementsError error) {
        HttpHeaders headers = new HttpHeaders();
        if (error instanceof ElementsError.RateLimited limited) {
            limited.retryAfter()
                    .forEach(wait -> headers.set(
                            HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000))));
        }
        ProblemDetail problem = of(error);
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }

    /**
     * The problem detail for an error.
     *
     * @return status, title, detail and the error's fields as properties
     */
    @SuppressWarnings("unchecked")
    public static ProblemDetail of(ElementsError error) {
        HttpStatus status = status(error);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, error.message());
        problem.setTitle(title(error));
        // RFC 9457 reserves "type" for a URI: the error's kind goes in "error".
        ((Map<String, Object>) DomainJson.tree(error)).forEach((name, value) -> {
            if (!name.equals("message")) {
                problem.setProperty(name.equals("type") ? "error" : name, value);
            }
        });
        return problem;
    }

    /**
     * The HTTP status an error is answered with.
     */
    public static HttpStatus status(ElementsError error) {
        return STATUS.getOrDefault(error.getClass(), HttpStatus.BAD_GATEWAY);
    }

    private static String title(ElementsError error) {
        String words = error.getClass()
                .getSimpleName()
                .replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
