package io.elements4j.spring;

import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.client.Elements;
import io.elements4j.ports.callback.CallbackRefusal;
import io.elements4j.ports.callback.IncomingCallback;
import io.vavr.control.Either;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The endpoint vendors call back: {@code POST ${elements.callbacks.path}} (default {@code /elements/callbacks}),
 * served when {@code elements.callbacks.enabled=true}. Each request goes to {@link Elements#receiveCallback}, which
 * verifies it where the vendor signs (set {@code elements.config.callback-secret}), reads it and ends the waits for
 * its task. The answers are those of the embedded receiver: 204 accepted, 401 signature refused, 400 not the
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
     * @param maxBodyBytes the largest body taken
     */
    public ElementsCallbackController(Elements elements, int maxBodyBytes) {
        this.elements = Objects.requireNonNull(elements, "elements");
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * Takes one callback.
     *
     * @param headers the request's headers
     * @param body    the raw body, exactly as sent
     * @return 204 when the callback was accepted, else the status and the reason in plain text
     */
    @PostMapping("${elements.callbacks.path:/elements/callbacks}")
    public ResponseEntity<String> receive(@RequestHeader HttpHeaders headers,
                                          @RequestBody(required = false) byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        if (raw.length > maxBodyBytes) {
            return plain(HttpStatus.CONTENT_TOO_LARGE, "the body is larger than " + maxBodyBytes + " bytes");
        }
        java.util.Map<String, java.util.List<String>> names = new java.util.LinkedHashMap<>();
        headers.forEach(names::put);
        Either<ElementsError, CreationTask> task = elements.receiveCallback(IncomingCallback.of(names, raw));
        if (task.isRight()) {
            return ResponseEntity.noContent().build();
        }
        return plain(HttpStatus.valueOf(CallbackRefusal.httpStatus(task.getLeft())), task.getLeft().message());
    }

    private static ResponseEntity<String> plain(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(message);
    }
}
