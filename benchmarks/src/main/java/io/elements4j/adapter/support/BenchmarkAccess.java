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

    private BenchmarkAccess() {
    }

    /** The decoder {@link VendorHttp#client} installs, with the shared mapper. */
    public static Decoder vendorDecoder(Option<Predicate<JsonNode>> errorEnvelopeIn2xx) {
        return new VendorDecoder(Json.mapper(), errorEnvelopeIn2xx, Clock.systemUTC());
    }
}
