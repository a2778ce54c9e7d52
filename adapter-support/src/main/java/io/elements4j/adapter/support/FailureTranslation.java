package io.elements4j.adapter.support;

import feign.FeignException;
import feign.codec.DecodeException;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.UnsupportedSchemeException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.RequestNotExecutedException;

/**
 * Says what an exception from a Feign call means on the wire. Feign wraps what the transport throws (an I/O
 * failure becomes a {@code RetryableException}, a decoder's exception a {@code DecodeException}), so this walks the
 * cause chain. Whether the request could have reached the vendor decides between
 * {@link HttpFailure.Kind#CONNECT_FAILED} and {@link HttpFailure.Kind#IO_AFTER_SEND}; anything else is a bug and
 * is not translated.
 */
final class FailureTranslation {

    private FailureTranslation() {}

    /** The failure {@code thrown} stands for, or none when it is not a failure of the call on the wire. */
    static Option<HttpFailure> translate(Throwable thrown) {
        Option<HttpFailureException> carried = find(thrown, HttpFailureException.class);
        if (carried.isDefined()) {
            return carried.map(HttpFailureException::failure);
        }
        if (!(thrown instanceof FeignException feign)) {
            return Option.none();
        }
        int status = Math.max(0, feign.status());
        Headers headers = Headers.of(feign.responseHeaders());
        if (thrown instanceof DecodeException) {
            return Option.of(HttpFailure.malformedBody(status, headers, feign.contentUTF8(), describe(thrown)));
        }
        Option<IOException> io = find(thrown, IOException.class);
        if (io.isDefined()) {
            return Option.of(
                    sentBeforeFailing(io.get())
                            ? HttpFailure.ioAfterSend(status, describe(io.get()))
                            : HttpFailure.connectFailed(describe(io.get())));
        }
        if (status > 0) {
            return Option.of(new HttpFailure(
                    HttpFailure.Kind.RESPONSE, status, headers, feign.contentUTF8(), Option.none(), Option.none()));
        }
        return Option.none();
    }

    /**
     * Whether the request may have reached the vendor before the I/O failed. Only failures to connect (or to get a
     * pooled connection, or a refusal to start) prove it did not; everything else (reset, read timeout, a closed
     * stream, no response) counts as sent.
     */
    private static boolean sentBeforeFailing(IOException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException
                    || t instanceof HttpConnectTimeoutException
                    || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException
                    || t instanceof PortUnreachableException
                    || t instanceof SSLHandshakeException
                    || t instanceof ConnectTimeoutException
                    || t instanceof ConnectionRequestTimeoutException
                    || t instanceof RequestNotExecutedException
                    || t instanceof UnsupportedSchemeException) {
                return false;
            }
        }
        return true;
    }

    /**
     * "ConnectException: Connection refused": the outermost exception below Feign's wrappers, with the first
     * message found down the chain (the JDK often throws a bare {@code ConnectException} around the real cause).
     */
    static String describe(Throwable thrown) {
        Throwable named = null;
        Throwable root = thrown;
        String message = null;
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            root = t;
            if (t instanceof FeignException) {
                continue;
            }
            if (named == null) {
                named = t;
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage().strip().replaceAll("\\s+", " ");
                break;
            }
        }
        named = named == null ? thrown : named;
        if (message == null && root != named) {
            // e.g. a bare ConnectException around an UnresolvedAddressException: the cause is the explanation
            message = root.getClass().getSimpleName();
        }
        String name = named.getClass().getSimpleName();
        return message == null ? name : name + ": " + message;
    }

    private static <X extends Throwable> Option<X> find(Throwable thrown, Class<X> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Option.of(type.cast(t));
            }
        }
        return Option.none();
    }
}
