package io.elements4j.adapter.support;

import com.fasterxml.jackson.databind.JsonNode;
import feign.codec.Decoder;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.function.Predicate;

/**
 * The benchmarks' one door into adapter-support's package-private decoder, so the decode benchmarks time the very
 * code an adapter's Feign client runs on a 2xx body. Lives in the benchmarks module (a split package, fine on the
 * class path); nothing in adapter-support refers to it.
 */
public final class BenchmarkAccess {

    private BenchmarkAccess() {}

    /** The decoder {@link VendorHttp#client} installs without an error-envelope check. */
    public static Decoder vendorDecoder() {
        return new VendorDecoder(Json.mapper(), Option.none(), Clock.systemUTC());
    }

    /**
     * The decoder {@link VendorHttp#client} installs after
     * {@link VendorHttp.Builder#errorEnvelopeIn2xx(Predicate, Predicate) errorEnvelopeIn2xx(isError, mayBeError)}.
     */
    public static Decoder vendorDecoder(Predicate<JsonNode> isError, Predicate<Object> mayBeError) {
        return new VendorDecoder(
                Json.mapper(), Option.some(new ErrorEnvelope(isError, Option.some(mayBeError))), Clock.systemUTC());
    }
}
