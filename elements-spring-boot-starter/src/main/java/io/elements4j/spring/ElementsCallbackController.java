package io.elements4j.spring;

import io.elements4j.client.Elements;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.ports.callback.CallbackRefusal;
import io.elements4j.ports.callback.IncomingCallback;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The endpoint vendors call back: {@code POST ${elements.callbacks.path}} (default {@code /elements/callbacks}),
 * served when {@code elements.callbacks.enabled=true}. Each request goes to {@link Elements#receiveCallback} with the
 * path and query it arrived at (which name its draft); the facade verifies it where the vendor signs (set
 * {@code elements.config.callback-secret}), reads it and ends the waits for its task or its draft. The answers are those of the embedded receiver: 204 accepted, 401 signature refused, 400 not the
 * vendor's body, 413 too large, 404 for a vendor that does not call back — the vendor retries what is not 2xx.
 */
@RestController
public class ElementsCallbackController {

    private final Elements elements;
    private final int maxBodyBytes;

    /**
     * An endpoint for one facade.
     *
     * @param elements     the facade the callbacks are for
     * @param maxBodyBytes the largest body taken, at least 1
     */
    public ElementsCallbackController(Elements elements, int maxBodyBytes) {
        this.elements = Objects.requireNonNull(elements, "elements");
        if (maxBodyBytes < 1 || maxBodyBytes >= Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                    "elements.callbacks.max-body-bytes must be from 1 to below 2 GiB: " + maxBodyBytes);
        }
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * Takes one callback: its declared length is checked before its body is read, and the body is read no further
     * than one byte past the limit, so an oversized one is answered 413 without being held whole.
     *
     * @param request the request as it arrived
     * @return 204 when the callback was accepted, else the status and the reason in plain text
     * @throws IOException when the body cannot be read
     */
    @PostMapping("${elements.callbacks.path:/elements/callbacks}")
    public ResponseEntity<String> receive(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        Option<byte[]> body = declared > maxBodyBytes
                ? Option.none()
                : IncomingCallback.readBody(request.getInputStream(), declared, maxBodyBytes);
        if (body.isEmpty()) {
            return plain(HttpStatus.CONTENT_TOO_LARGE, "the body is larger than " + maxBodyBytes + " bytes");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        String query = request.getQueryString();
        Either<ElementsError, CreationTask> task = elements.receiveCallback(
                IncomingCallback.of(request.getRequestURI() + (query == null ? "" : "?" + query), headers, body.get()));
        if (task.isRight()) {
            return ResponseEntity.noContent().build();
        }
        return plain(
                HttpStatus.valueOf(CallbackRefusal.httpStatus(task.getLeft())),
                task.getLeft().message());
    }

    private static ResponseEntity<String> plain(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(message);
    }
}
