package io.elements4j.adapter.support;

import io.vavr.collection.Map;

/**
 * Signs each request as it will be sent — method, path with query (the base URL's path included) and body — and
 * answers the headers that carry the signature. Set one with {@link VendorHttp.Builder#signer}; it runs on every
 * attempt, retries included, after the interceptors and right before the transport, so a timestamp in a signature
 * is the time of that attempt.
 *
 * <pre>{@code
 * VendorHttp.builder(VENDOR, config, DEFAULT_BASE_URL)
 *         .signer(request -> {
 *             String timestamp = Long.toString(clock.instant().getEpochSecond());
 *             String signed = request.method() + "\n" + request.pathWithQuery() + "\n" + timestamp + "\n"
 *                     + Signatures.hex(Signatures.sha256(request.body()));
 *             return LinkedHashMap.of("X-Timestamp", timestamp,
 *                     "X-Signature", Signatures.hex(Signatures.hmacSha256(secret, signed)));
 *         })
 *         .build();
 * }</pre>
 *
 * <p>The signature headers are added to the request only: they never reach a log line. A signer must not throw for
 * a request it cannot sign; it signs what it is given.
 */
@FunctionalInterface
public interface RequestSigner {

    /**
     * The headers to add to {@code request}; each replaces a header of the same name.
     *
     * @param request the request as it will be sent
     * @return header names and values, in the order to send them
     */
    Map<String, String> sign(OutgoingRequest request);
}
