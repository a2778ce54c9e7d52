package io.elements4j.examples.acme.internal;

import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;

/** Acme Elements' HTTP API, as Feign calls it. */
public interface AcmeApi {

    /** Starts making a character: 202 with the job; a repeat with the same key answers the same job. */
    @RequestLine("POST /v2/characters")
    @Headers({"Content-Type: application/json", "Idempotency-Key: {key}"})
    AcmeJob create(@Param("key") String key, CharacterRequest request);

    /** The job, as it stands, by its id or by the idempotency key it was created with. */
    @RequestLine("GET /v2/jobs/{id}")
    AcmeJob job(@Param("id") String id);

    /** One page of characters: {@code cursor} (absent on the first page) and {@code limit}. */
    @RequestLine("GET /v2/characters")
    CharacterPage characters(@QueryMap Map<String, Object> query);

    /** 204 when deleted; the body is ignored. */
    @RequestLine("DELETE /v2/characters/{id}")
    String delete(@Param("id") String id);
}
