package io.elements4j.examples.acme.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import feign.Param;
import feign.RequestLine;
import java.time.Instant;
import java.util.List;

/** Acme Elements' HTTP API as Feign calls it, and its records (the shared mapper skips unknown fields). */
public interface AcmeApi {

    /** 201 with the character when Acme makes it at once; 202 with it {@code processing} when Acme queues it. */
    @RequestLine("POST /v2/characters")
    Character create(NewCharacter request);

    /** The character as it stands. */
    @RequestLine("GET /v2/characters/{id}")
    Character character(@Param("id") String id);

    /** One page of the account's characters, newest first, from {@code offset}. */
    @RequestLine("GET /v2/characters?offset={offset}&limit={limit}")
    Characters characters(@Param("offset") long offset, @Param("limit") int limit);

    /** 204 when deleted; the body is ignored. */
    @RequestLine("DELETE /v2/characters/{id}")
    String delete(@Param("id") String id);

    /** The body of a create; {@code tags} are the element catalogue's ids ({@code o_102}). */
    record NewCharacter(
            String name,
            String description,
            @JsonProperty("image_url") String imageUrl,
            @JsonProperty("extra_image_urls") List<String> extraImageUrls,
            List<String> tags) {}

    /** A character: {@code status} is {@code processing}, {@code ready} or {@code failed} (with {@code error}). */
    record Character(
            String id,
            String name,
            String description,
            @JsonProperty("image_url") String imageUrl,
            List<String> tags,
            String status,
            String error,
            @JsonProperty("created_at") Instant createdAt) {}

    /** One page of the listing, and how many characters the whole listing holds. */
    record Characters(List<Character> items, Long total) {}
}
